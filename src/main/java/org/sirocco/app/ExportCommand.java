package org.sirocco.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.io.Problem;
import org.sirocco.export.BriefingExport;
import org.sirocco.i18n.Language;
import org.sirocco.export.Deck;
import org.sirocco.export.ExportOptions;
import org.sirocco.export.SceneRenderer;
import org.sirocco.geo.GeoProjection;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;

/**
 * {@code export --briefing FILE [--dataset FILE] [--size WxH] [--scenes 1,3-4] [--no-title-slide] [--no-sources]
 * [--no-notes] [--lang en|fr|ar] [--png OUT] [--pdf OUT] [--pptx OUT]}: draws the scenes of a briefing (all, or those
 * listed) and writes them as PNG pictures (a folder, or one file for a one-scene export), a PDF and a PowerPoint
 * file, with the same choices as the export dialog, in the language asked (English unless told), and no display: JavaFX runs on Monocle's headless platform with software
 * rendering. Exit status 0 when everything was written, 1 when the briefing could not be read or a file not
 * written, 2 on wrong usage.
 */
final class ExportCommand {

    static final String USAGE = "usage: export --briefing FILE.json [--dataset EVENTS.json] [--size 1920x1080]"
            + " [--scenes 1,3-4] [--no-title-slide] [--no-sources] [--no-notes] [--lang en|fr|ar]"
            + " [--png OUT] [--pdf OUT.pdf] [--pptx OUT.pptx]";
    private static final List<String> VALUED = List.of("--briefing", "--dataset", "--size", "--scenes", "--lang",
            "--png", "--pdf", "--pptx");
    private static final List<String> FLAGS = List.of("--no-title-slide", "--no-sources", "--no-notes");

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean flag = FLAGS.contains(args[i]);
            if (!flag && (!VALUED.contains(args[i]) || i + 1 >= args.length)) {
                err.println("export: unexpected argument \"" + args[i] + "\"");
                err.println(USAGE);
                return 2;
            }
            if (options.put(args[i].substring(2), flag ? "" : args[++i]) != null) {
                err.println("export: " + args[i - (flag ? 0 : 1)] + " is given twice");
                return 2;
            }
        }
        Map<BriefingExport.Format, Path> outputs = new LinkedHashMap<>();
        for (BriefingExport.Format f : BriefingExport.Format.values()) {
            String value = options.get(f.name().toLowerCase(Locale.ROOT));
            if (value != null) {
                outputs.put(f, Path.of(value));
            }
        }
        Language language = language(options.getOrDefault("lang", Language.ENGLISH.tag()));
        if (language == null) {
            err.println("export: --lang must be one of " + LANGUAGES);
            return 2;
        }
        int[] size = ExportOptions.parseSize(options.getOrDefault("size", "1920x1080"));
        if (!options.containsKey("briefing") || outputs.isEmpty() || size == null) {
            err.println(size == null ? "export: --size must be WIDTHxHEIGHT, e.g. 3840x2160" : USAGE);
            return 2;
        }

        Path briefingFile = Path.of(options.get("briefing"));
        BriefingFile.Loaded briefing;
        try {
            briefing = BriefingFile.load(briefingFile);
        } catch (IOException e) {
            err.println("export: " + e.getMessage());
            return 1;
        }
        briefing.problems().forEach(p -> err.println("warning: " + p));
        if (briefing.scenes().isEmpty()) {
            err.println("export: " + briefingFile + ": the briefing has no scenes");
            return 1;
        }
        List<Integer> scenes;
        try {
            scenes = options.containsKey("scenes")
                    ? ExportOptions.parseScenes(options.get("scenes"), briefing.scenes().size()) : List.of();
        } catch (IllegalArgumentException e) {
            err.println("export: --scenes: " + e.getMessage());
            return 2;
        }
        ExportOptions chosen = ExportOptions.DEFAULT.withSize(size[0], size[1]).withScenes(scenes)
                .withIncluded(!options.containsKey("no-title-slide"), !options.containsKey("no-sources"),
                        !options.containsKey("no-notes"));
        int count = chosen.chosen(briefing.scenes().size()).size();
        Path png = outputs.get(BriefingExport.Format.PNG);
        if (png != null && count > 1 && png.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            err.println("export: --png " + png + ": " + count + " scenes are exported; give a folder for their"
                    + " pictures");
            return 2;
        }
        Startup startup = Startup.load(options.containsKey("dataset") ? Path.of(options.get("dataset")) : null);
        for (Problem p : startup.data().problems()) {
            err.println("warning: " + p);
        }
        startup.startupProblems().forEach(p -> err.println("warning: " + p));
        if (startup.data().dataset().store().isEmpty()) {
            err.println("export: no events could be read" + (options.containsKey("dataset")
                    ? " from " + options.get("dataset") : "") + "; nothing exported");
            return 1;
        }
        for (BriefingScene scene : briefing.scenes()) {
            long missing = scene.highlighted().stream().filter(id -> startup.data().dataset().store().indexOf(id) < 0)
                    .count();
            if (missing > 0) {
                err.println("warning: scene \"" + scene.name() + "\": " + missing
                        + " highlighted event(s) not in the dataset");
            }
        }

        String title = briefing.title().isBlank() ? briefingFile.getFileName().toString() : briefing.title();
        Map<BriefingExport.Format, Deck> decks;
        try {
            decks = drawHeadless(startup, title, briefing.scenes(), chosen, outputs.keySet(), language.messages());
        } catch (ExecutionException | InterruptedException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("export: could not draw the scenes: " + cause);
            return 1;
        }
        int status = 0;
        for (Map.Entry<BriefingExport.Format, Path> o : outputs.entrySet()) {
            try {
                for (Path written : BriefingExport.write(o.getKey(), o.getValue(), decks.get(o.getKey()))) {
                    out.println("wrote " + written);
                }
            } catch (IOException | RuntimeException e) {
                err.println("export: could not write " + o.getValue() + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    /**
     * Starts JavaFX with no display and draws each format's slides on its thread: pictures have a caption and the
     * shape asked, pages a picture shaped to the room under their title; PDF and PowerPoint share theirs.
     */
    private static Map<BriefingExport.Format, Deck> drawHeadless(Startup startup, String title,
            List<BriefingScene> scenes, ExportOptions options, Set<BriefingExport.Format> formats,
            ResourceBundle messages) throws ExecutionException, InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        boolean started = startToolkit();
        FutureTask<Map<BriefingExport.Format, Deck>> draw = new FutureTask<>(() -> {
            ViewState state = new ViewState(startup.data().dataset());
            MapView template = new MapView(state, GeoProjection.region(), messages);
            template.setBasemap(startup.basemap());
            template.setDetailedBasemap(Startup.detailedBasemap());
            template.setCities(startup.cities());
            template.setHomeBounds(MainWindow.homeBounds(template.getProjection()));
            SceneRenderer renderer = new SceneRenderer(startup.data().dataset(), template, messages,
                    List.of(MainWindow.STYLESHEET.toExternalForm()));
            Map<BriefingExport.Format, Deck> decks = new EnumMap<>(BriefingExport.Format.class);
            for (BriefingExport.Format format : formats) {
                Deck shared = format == BriefingExport.Format.PNG ? null
                        : decks.get(format == BriefingExport.Format.PDF ? BriefingExport.Format.PPTX
                                : BriefingExport.Format.PDF);
                if (shared != null) {
                    decks.put(format, shared);
                    continue;
                }
                decks.put(format, new BriefingExport.Job(renderer, title, scenes, options, format, messages,
                        Language.of(messages).locale()).drawAll());
            }
            return decks;
        });
        try {
            Platform.runLater(draw);
            return draw.get();
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    /** The languages {@code --lang} takes, by tag. */
    static final String LANGUAGES = String.join(", ", Arrays.stream(Language.values()).map(Language::tag)
            .toList());

    /** The language of a {@code --lang} tag (en, fr or ar); null for any other. */
    static Language language(String tag) {
        for (Language l : Language.values()) {
            if (l.tag().equals(tag)) {
                return l;
            }
        }
        return null;
    }

    /** Starts JavaFX; false when it already runs in this JVM (the app, or a test), which then keeps running. */
    private static boolean startToolkit() {
        try {
            Platform.startup(() -> { });
            return true;
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
