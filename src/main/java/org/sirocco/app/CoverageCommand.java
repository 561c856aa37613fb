package org.sirocco.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.sirocco.data.Coverage;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;

/**
 * {@code coverage FILE}: prints how many events the file has in each year (2011 to 2025 at least) for each country
 * of the region, Europe and the rest, by the primary place, so that holes show at a glance. Exit status 0 when the
 * whole file was read, 1 when some events could not be (they are left out of the counts; {@code validate} says why),
 * 2 on wrong usage.
 */
final class CoverageCommand {

    static final int FIRST_YEAR = 2011;
    static final int LAST_YEAR = 2025;

    private CoverageCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: coverage FILE.json");
            return 2;
        }
        LoadResult result = new DatasetReader(Startup.loadActors().names()).read(Path.of(args[0]));
        if (result.eventsInFile() == 0 && !result.problems().isEmpty()) {
            err.println(result.problems().get(0));
            return 1;
        }
        int size = result.dataset().store().size();
        out.printf("%s: %d events by year and country of their first place%n", args[0], size);
        out.print(Coverage.of(result.dataset().store(), FIRST_YEAR, LAST_YEAR).table());
        if (!result.problems().isEmpty()) {
            err.printf("%s: %d of %d events could not be read and are not counted (run validate for why)%n", args[0],
                    result.rejectedEvents(), result.eventsInFile());
            return 1;
        }
        return 0;
    }
}
