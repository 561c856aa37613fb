package org.sirocco.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;

/**
 * {@code validate FILE...}: checks events files as the app reads them and prints every problem as
 * {@code file:line: event <id>: <field>: what is wrong}. Exit status 0 when all files are valid, 1 when a file
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
        int status = 0;
        for (String f : files) {
            LoadResult result = reader.read(Path.of(f));
            for (Problem p : result.problems()) {
                out.println(p);
            }
            if (result.isClean()) {
                out.printf("%s: valid, %d events%n", f, result.dataset().store().size());
            } else {
                out.printf("%s: %d problem(s); %d of %d events invalid%n", f, result.problems().size(),
                        result.rejectedEvents(), result.eventsInFile());
                status = 1;
            }
        }
        return status;
    }
}
