package org.sirocco.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import javafx.application.Application;

/**
 * Entry point. With no argument, opens the viewer on the bundled dataset; with a file, on that file;
 * {@code validate FILE...} checks events files and {@code generate --events N --out FILE} writes a synthetic one and
 * {@code export --briefing FILE --pptx OUT} turns a briefing into pictures and documents, {@code coverage FILE}
 * counts events by year and country, {@code import} makes a dataset of another format and {@code export-events}
 * writes events for other tools, without opening a window.
 */
public final class Main {

    private Main() {
    }

    /** The version the build wrote into {@code build.properties}, or "development" when it is not there. */
    static String version() {
        Properties build = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            return "development";
        }
        String version = build.getProperty("version", "");
        return version.isBlank() || version.contains("${") ? "development" : version;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("coverage")) {
            System.exit(CoverageCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(ExportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("export-events")) {
            System.exit(ExportEventsCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Path dataset = args.length > 0 ? Path.of(args[0]) : null;
        SiroccoApp.preload(Startup.begin(dataset));
        Application.launch(SiroccoApp.class, args);
    }
}
