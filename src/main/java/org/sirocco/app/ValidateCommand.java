package org.sirocco.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;
import org.sirocco.geo.CountryLocator;

/**
 * {@code validate FILE...}: checks events files as the app reads them, and that every place lies in its country,
 * and prints every problem as {@code file:line: event <id>: <field>: what is wrong}. Exit status 0 when all files are valid, 1 when a file
 * has problems, 2 on wrong usage.
 */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static int run(String[] files, PrintStream out, PrintStream err) {
        if (files.length == 0) {
            err.println("usage: validate FILE.json [FILE.json ...]");
            return 2;
        }
        ActorCatalog actors = Startup.loadActors();
        DatasetReader reader = new DatasetReader(actors.names());
        GeographyCheck geography = new GeographyCheck(new CountryLocator(Startup.loadBasemap(Startup.BASEMAP_10M)));
        int status = 0;
        for (String f : files) {
            LoadResult result = reader.read(Path.of(f));
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.addAll(geography.check(f, result.dataset().store()));
            for (Problem p : problems) {
                out.println(p);
            }
            if (problems.isEmpty()) {
                out.printf("%s: valid, %d events%n", f, result.dataset().store().size());
            } else {
                out.printf("%s: %d problem(s); %d of %d events invalid%n", f, problems.size(),
                        result.rejectedEvents(), result.eventsInFile());
                status = 1;
            }
        }
        return status;
    }
}
