package org.sirocco.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.io.Problem;
import org.sirocco.export.BriefingExport;
import org.sirocco.export.SceneRenderer;
import org.sirocco.export.Slide;
import org.sirocco.geo.GeoProjection;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;

/**
 * {@code export --briefing FILE [--dataset FILE] [--size WxH] [--png OUT] [--pdf OUT] [--pptx OUT]}: draws every
 * scene of a briefing and writes it as PNG pictures (a folder, or one file for a one-scene briefing), a PDF and a
 * PowerPoint file, with no display: JavaFX runs on Monocle's headless platform with software rendering. Exit status
 * 0 when everything was written, 1 when the briefing could not be read or a file not written, 2 on wrong usage.
 */
final class ExportCommand {

    static final String USAGE = "usage: export --briefing FILE.json [--dataset EVENTS.json] [--size 1920x1080]"
            + " [--png OUT] [--pdf OUT.pdf] [--pptx OUT.pptx]";

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length
                    || !List.of("--briefing", "--dataset", "--size", "--png", "--pdf", "--pptx").contains(args[i])) {
                err.println("export: unexpected argument \"" + args[i] + "\"");
                err.println(USAGE);
                return 2;
            }
            if (options.put(args[i].substring(2), args[++i]) != null) {
                err.println("export: " + args[i - 1] + " is given twice");
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
        int[] size = parseSize(options.getOrDefault("size", "1920x1080"));
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
        Path png = outputs.get(BriefingExport.Format.PNG);
        if (png != null && briefing.scenes().size() > 1 && png.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".png")) {
            err.println("export: --png " + png + ": the briefing has " + briefing.scenes().size()
                    + " scenes; give a folder for their pictures");
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

        List<Slide> slides;
        try {
            slides = drawHeadless(startup, briefing.scenes(), size);
        } catch (ExecutionException | InterruptedException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("export: could not draw the scenes: " + cause);
            return 1;
        }
        String title = briefing.title().isBlank() ? briefingFile.getFileName().toString() : briefing.title();
        int status = 0;
        for (Map.Entry<BriefingExport.Format, Path> o : outputs.entrySet()) {
            try {
                for (Path written : BriefingExport.write(o.getKey(), o.getValue(), title, slides)) {
                    out.println("wrote " + written);
                }
            } catch (IOException | RuntimeException e) {
                err.println("export: could not write " + o.getValue() + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    /** Starts JavaFX with no display and draws the slides on its thread. */
    private static List<Slide> drawHeadless(Startup startup, List<BriefingScene> scenes,
            int[] size) throws ExecutionException, InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        boolean started = startToolkit();
        FutureTask<List<Slide>> draw = new FutureTask<>(() -> {
            ViewState state = new ViewState(startup.data().dataset());
            MapView template = new MapView(state, GeoProjection.region());
            template.setBasemap(startup.basemap());
            template.setDetailedBasemap(Startup.detailedBasemap());
            template.setCities(startup.cities());
            template.setHomeBounds(MainWindow.homeBounds(template.getProjection()));
            SceneRenderer renderer = new SceneRenderer(startup.data().dataset(), template,
                    ResourceBundle.getBundle("i18n.messages"), List.of(MainWindow.STYLESHEET.toExternalForm()));
            return new ArrayList<>(BriefingExport.slides(renderer, scenes, size[0], size[1]));
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

    /** "3840x2160" (or with ×) as {width, height}; null when it is not a size. */
    static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x\u00d7]");
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            return parts.length == 2 && w >= 320 && h >= 200 && w <= 8192 && h <= 8192 ? new int[] {w, h} : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
