package org.sirocco.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javafx.application.Application;
import org.sirocco.i18n.Language;
import org.sirocco.settings.DataFolder;

/**
 * Entry point. With no argument, opens the viewer on the bundled dataset; with a file, on that file; with
 * {@code --lang en|fr|ar}, in that language for this run (else the one chosen in View › Language, else the system's);
 * {@code validate FILE...} checks events files, {@code format FILE...} rewrites them in canonical form,
 * {@code diff OLD NEW} says what changed, {@code generate --events N --out FILE} writes a synthetic one,
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
        if (args.length > 0 && args[0].equals("format")) {
            System.exit(FormatCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("diff")) {
            System.exit(DiffCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
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
        List<String> viewer = new ArrayList<>(Arrays.asList(args));
        Language language = null;
        int lang = viewer.indexOf("--lang");
        if (lang >= 0) {
            String tag = lang + 1 < viewer.size() ? viewer.get(lang + 1) : "";
            language = Arrays.stream(Language.values()).filter(l -> l.tag().equals(tag)).findFirst().orElse(null);
            if (language == null) {
                System.err.println("--lang takes en, fr or ar, not \"" + tag + "\"");
                System.exit(2);
            }
            viewer.subList(lang, lang + 2).clear();
        }
        // The user's copy of the bundled dataset, once saved, is the one the viewer opens.
        Path userCopy = DataFolder.get().resolve(DataFolder.DATASET);
        Path dataset = !viewer.isEmpty() ? Path.of(viewer.get(0))
                : Files.isRegularFile(userCopy) ? userCopy : null;
        SiroccoApp.preload(SiroccoApp.Launch.of(dataset, language));
        Application.launch(SiroccoApp.class, viewer.toArray(String[]::new));
    }
}
