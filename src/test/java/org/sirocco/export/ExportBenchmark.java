package org.sirocco.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.Dataset;
import org.sirocco.map.MapView;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Median;

/**
 * How long a briefing officer waits for an export of the bundled data: {@code export.slide_ms_median_1080p} and
 * {@code export.slide_ms_median_4k} draw one scene's picture and encode it as PNG (the part on the application
 * thread); {@code export.pptx_ms_sample} draws and writes the six-scene sample briefing as PowerPoint.
 */
public final class ExportBenchmark {

    private static final int RUNS = 7;

    private ExportBenchmark() {
    }

    /** Must be called off the FX thread, with the toolkit started; {@code template} is a map with its layers. */
    public static Map<String, Double> run(Dataset dataset, Supplier<MapView> template, Path sample, Path dir)
            throws IOException {
        List<BriefingScene> scenes = BriefingFile.load(sample).scenes();
        SceneRenderer renderer = FxThread.call(() -> new SceneRenderer(dataset, template.get(),
                ResourceBundle.getBundle("i18n.messages"),
                List.of(ExportBenchmark.class.getResource("/styles/sirocco.css").toExternalForm())));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("export.slide_ms_median_1080p", medianSlide(renderer, scenes.get(2), 1920, 1080));
        figures.put("export.slide_ms_median_4k", medianSlide(renderer, scenes.get(2), 3840, 2160));
        long begin = System.nanoTime();
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");
        BriefingExport.Job job = new BriefingExport.Job(renderer, "sample", scenes, ExportOptions.DEFAULT,
                BriefingExport.Format.PPTX, messages, BriefingExport.locale(messages));
        Deck deck = FxThread.call(() -> {
            try {
                return job.drawAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path out = dir.resolve("sample.pptx");
        BriefingExport.write(BriefingExport.Format.PPTX, out, deck);
        figures.put("export.pptx_ms_sample", (System.nanoTime() - begin) / 1e6);
        Files.deleteIfExists(out);
        return figures;
    }

    private static double medianSlide(SceneRenderer renderer, BriefingScene scene, int width, int height) {
        double[] millis = new double[RUNS];
        FxThread.call(() -> slide(renderer, scene, width, height)); // warm-up
        for (int i = 0; i < RUNS; i++) {
            long begin = System.nanoTime();
            FxThread.call(() -> slide(renderer, scene, width, height));
            millis[i] = (System.nanoTime() - begin) / 1e6;
        }
        return Median.of(millis);
    }

    private static SceneRenderer.Picture slide(SceneRenderer renderer, BriefingScene scene, int width, int height) {
        try {
            return renderer.picture(scene, width, height, SceneRenderer.scaleFor(width, height), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
