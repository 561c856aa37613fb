package org.sirocco.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sirocco.testing.Median;

/**
 * Launch to first frame, in fresh JVMs: the app showing its bundled data ({@code app.first_frame_ms}), the same from
 * the packaged app image's launcher with its class cache ({@code app.packaged_first_frame_ms}, built by the bench
 * profile in {@code target/dist}), an empty JavaFX window ({@code fx.bare_first_frame_ms}) and, for reference, a
 * window of a few standard controls and a canvas ({@code fx.controls_first_frame_ms}), alternated so that all see the
 * same machine state; medians of {@link #RUNS} runs after one warm-up of each (which fills the OS file cache).
 */
final class StartupBenchmark {

    static final int RUNS = 7;

    private StartupBenchmark() {
    }

    /** The app image the bench profile builds (src/packaging/Package.java). */
    static final Path IMAGE = Path.of("target", "dist", "Sirocco");

    static Map<String, Double> run() throws IOException, InterruptedException {
        if (!Files.isExecutable(launcher())) {
            throw new IOException("no app image at " + IMAGE.toAbsolutePath() + ": the bench profile builds it");
        }
        List<String> modes = List.of("app", "packaged", "bare", "controls");
        for (String mode : modes) {
            firstFrameMillis(mode);
        }
        double[][] millis = new double[modes.size()][RUNS];
        for (int i = 0; i < RUNS; i++) {
            for (int m = 0; m < modes.size(); m++) {
                millis[m][i] = firstFrameMillis(modes.get(m));
            }
        }
        return Map.of("app.first_frame_ms", Median.of(millis[0]), "app.packaged_first_frame_ms", Median.of(millis[1]),
                "fx.bare_first_frame_ms", Median.of(millis[2]), "fx.controls_first_frame_ms", Median.of(millis[3]));
    }

    private static Path launcher() {
        return IMAGE.resolve("bin").resolve("Sirocco");
    }

    /** Starts a JVM running the probe in {@code mode} and returns the milliseconds to its first frame. */
    static double firstFrameMillis(String mode) throws IOException, InterruptedException {
        String headless = System.getProperty("sirocco.headless.args", "");
        ProcessBuilder pb;
        if (mode.equals("packaged")) {
            // The launcher takes JVM options only from its configuration; the JVM also reads this variable.
            pb = new ProcessBuilder(launcher().toString());
            pb.environment().put("JAVA_TOOL_OPTIONS", headless + " -Dsirocco.exitAfterFirstFrame=true");
        } else {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.stream(headless.split("\\s+")).filter(s -> !s.isBlank()).toList());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.sirocco.app.FirstFrameProbe",
                    mode));
            pb = new ProcessBuilder(command);
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.currentTimeMillis();
        Process process = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME ")) {
                    long frame = Long.parseLong(line.substring("FIRST_FRAME ".length()).trim());
                    process.waitFor(30, TimeUnit.SECONDS);
                    return frame - start;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IOException("the " + mode + " probe exited without showing a frame");
    }
}
