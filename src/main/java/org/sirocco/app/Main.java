package org.sirocco.app;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point. With no argument, opens the viewer on the bundled dataset; with a file, on that file;
 * {@code validate FILE...} checks events files and {@code generate --events N --out FILE} writes a synthetic one and
 * {@code export --briefing FILE --pptx OUT} turns a briefing into pictures and documents, without opening a window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(ExportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Path dataset = args.length > 0 ? Path.of(args[0]) : null;
        SiroccoApp.preload(Startup.begin(dataset));
        Application.launch(SiroccoApp.class, args);
    }
}
