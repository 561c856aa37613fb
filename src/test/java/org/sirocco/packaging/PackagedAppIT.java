package org.sirocco.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image runs on a machine with no Java: its launcher finds its own runtime, the command line works through
 * it, and the viewer starts with its class cache, also from a copy of the image moved elsewhere. Every process runs
 * with an empty {@code PATH} and no {@code JAVA_HOME}.
 */
class PackagedAppIT {

    private static final Path IMAGE = Path.of("target", "dist", "Sirocco").toAbsolutePath();
    private static final String HEADLESS = "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw "
            + "-Dprism.text=t2k -Dheadless.geometry=1600x1000-32";

    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private Run launch(Path image, String javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("bin").resolve("Sirocco").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", Files.createDirectories(dir.resolve("empty-path")).toString());
        env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        env.put("JAVA_TOOL_OPTIONS", javaOptions + " -Dsirocco.config.dir=" + dir.resolve("config"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher returns");
        return new Run(p.exitValue(), out);
    }

    @Test
    void validateRunsThroughTheLauncherWithNoJavaOnThePath() throws IOException, InterruptedException {
        Run ok = launch(IMAGE, "", "validate", Path.of("resources/data/events.json").toAbsolutePath().toString());
        assertEquals(0, ok.status(), ok.out());
        assertTrue(ok.out().matches("(?s).*events\\.json: valid, \\d{3,} events.*"), ok.out());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"name\": \"b\", \"events\": [{\"id\": \"x\"}]}");
        Run bad = launch(IMAGE, "", "validate", broken.toString());
        assertEquals(1, bad.status(), bad.out());
        assertTrue(bad.out().contains(broken + ":1: event x: date: missing"), bad.out());
    }

    @Test
    void theHeadlessExportRunsThroughTheLauncherAndWritesEveryFile() throws IOException, InterruptedException {
        Path pdf = dir.resolve("brief.pdf");
        Path pptx = dir.resolve("brief.pptx");
        Path pictures = dir.resolve("pictures");
        Run run = launch(IMAGE, "", "export", "--briefing",
                Path.of("docs/examples/sample.briefing.json").toAbsolutePath().toString(), "--size", "1280x720",
                "--pdf", pdf.toString(), "--pptx", pptx.toString(), "--png", pictures.toString());
        assertEquals(0, run.status(), run.out());
        int scenes = 6;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= scenes, "a page per scene");
        }
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertTrue(show.getSlides().size() >= scenes, "a slide per scene");
        }
        try (Stream<Path> files = Files.list(pictures)) {
            assertEquals(scenes, files.filter(f -> f.toString().endsWith(".png")).count());
        }
    }

    @Test
    void theViewerStartsWithItsClassCacheAlsoFromAMovedCopyOfTheImage() throws IOException, InterruptedException {
        Path cache = IMAGE.resolve("lib/app/sirocco.aot");
        assumeTrue(Files.isRegularFile(cache), "the image was built without a JDK 25: it has no class cache");
        Path moved = dir.resolve("elsewhere").resolve("Sirocco");
        Files.createDirectories(moved.getParent());
        Process copy = new ProcessBuilder("cp", "-a", IMAGE.toString(), moved.toString()).inheritIO().start();
        assertEquals(0, copy.waitFor());
        for (Path image : List.of(IMAGE, moved)) {
            Run run = launch(image, HEADLESS + " -Dsirocco.exitAfterFirstFrame=true -Xlog:aot=info,class+path=info");
            assertEquals(0, run.status(), run.out());
            assertTrue(run.out().contains("FIRST_FRAME "), "the window showed the data: " + run.out());
            assertTrue(run.out().contains("Opened AOT cache " + image.resolve("lib/app/sirocco.aot")), run.out());
            assertTrue(run.out().contains("Archived boot classpath validation: passed")
                    && run.out().contains("Using AOT-linked classes: true"), "the cache is used from " + image);
        }
    }
}
