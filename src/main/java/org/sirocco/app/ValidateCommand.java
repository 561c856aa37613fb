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
        Checker checker = new Checker();
        int status = 0;
        for (String f : files) {
            Checked checked = checker.check(f);
            if (checked.problems().isEmpty()) {
                out.printf("%s: valid, %d events%n", f, checked.result().dataset().store().size());
            } else {
                checked.print(out);
                out.printf("%s: %d problem(s); %d of %d events invalid%n", f, checked.problems().size(),
                        checked.result().rejectedEvents(), checked.result().eventsInFile());
                status = 1;
            }
        }
        return status;
    }

    /** A file read as the app reads it, and every problem it has, its places' geography included. */
    record Checked(LoadResult result, List<Problem> problems) {
        void print(PrintStream out) {
            problems.forEach(out::println);
        }
    }

    /** Reads files against the bundled actors and base map, loaded once for all the files. */
    static final class Checker {
        private final DatasetReader reader;
        private final GeographyCheck geography;

        Checker() {
            ActorCatalog actors = Startup.loadActors();
            reader = new DatasetReader(actors.names());
            geography = new GeographyCheck(new CountryLocator(Startup.loadBasemap(Startup.BASEMAP_10M)));
        }

        Checked check(String file) {
            LoadResult result = reader.read(Path.of(file));
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.addAll(geography.check(file, result.dataset().store()));
            return new Checked(result, problems);
        }
    }
}
