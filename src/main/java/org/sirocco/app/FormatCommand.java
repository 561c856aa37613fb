package org.sirocco.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.sirocco.data.Dataset;
import org.sirocco.data.io.EventsFileWriter;

/**
 * {@code format FILE...}: rewrites each events file in the canonical form the app saves (docs/dataset-schema.md),
 * whole or not at all, for curators who edit by hand. A file that does not validate is left as it is and its
 * problems are printed as {@code validate} prints them. Exit status 0 when every file was written, 1 when a file
 * has problems or cannot be written, 2 on wrong usage.
 */
final class FormatCommand {

    private FormatCommand() {
    }

    static int run(String[] files, PrintStream out, PrintStream err) {
        if (files.length == 0) {
            err.println("usage: format FILE.json [FILE.json ...]");
            return 2;
        }
        ValidateCommand.Checker checker = new ValidateCommand.Checker();
        int status = 0;
        for (String f : files) {
            ValidateCommand.Checked checked = checker.check(f);
            if (!checked.problems().isEmpty()) {
                checked.print(out);
                out.printf("%s: not formatted, %d problem(s)%n", f, checked.problems().size());
                status = 1;
                continue;
            }
            Dataset dataset = checked.result().dataset();
            try {
                EventsFileWriter.writeCanonical(Path.of(f), dataset.name(), dataset.synthetic(), dataset.actors(),
                        dataset.store().events());
                out.printf("%s: formatted, %d events%n", f, dataset.store().size());
            } catch (IOException e) {
                err.printf("%s: cannot be written: %s%n", f, e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
