package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.Category;
import org.sirocco.export.BriefingExport;
import org.sirocco.settings.Settings;
import org.sirocco.settings.UserSettings;
import org.sirocco.export.ExportOptions;
import org.sirocco.symbols.CategorySymbols;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures and documents from the window's export and from the command line, checked by reopening them. */
@ExtendWith(ApplicationExtension.class)
class ExportTest {

    private static final Path SAMPLE = Path.of("docs/examples/sample.briefing.json");
    private static final ExportOptions SMALL = ExportOptions.DEFAULT.withSize(1280, 720);

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.show();
    }

    /** Waits for the pictures to be drawn (one per pulse) and the files written; throws if the export failed. */
    private void awaitExport(Task<List<Path>> before) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> actions().lastWrite() != before);
        actions().lastWrite().get(60, TimeUnit.SECONDS);
    }

    private BriefingActions actions() {
        return window.briefingActions();
    }

    @Test
    void theCurrentViewExportsAsAPictureOfTheSizeAskedWithMarkersOnIt() throws Exception {
        for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}}) {
            Path png = dir.resolve("view-" + size[0] + ".png");
            Task<List<Path>> before = actions().lastWrite();
            WaitForAsyncUtils.asyncFx(() -> actions().exportView("Overview", size[0], size[1], png));
            awaitExport(before);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(size[0], image.getWidth());
            assertEquals(size[1], image.getHeight());
            assertTrue(distinctColours(image) > 200, "a map, not a blank picture");
            assertTrue(pixelsNear(image, CategorySymbols.defaultColor(Category.ATTACK)) > 50 * size[0] / 1920,
                    "attack markers are drawn");
        }
    }

    @Test
    void aBriefingExportsAsOnePdfPageAndOneSlidePerSceneWithTheirTitles() throws Exception {
        BriefingFile.Loaded sample = BriefingFile.load(SAMPLE);
        List<String> titles = sample.scenes().stream().map(BriefingScene::name).toList();
        WaitForAsyncUtils.asyncFx(() -> window.briefing().replaceAll(sample.title(), sample.scenes(), SAMPLE));
        WaitForAsyncUtils.waitForFxEvents();
        Path pdf = dir.resolve("brief.pdf");
        Path pptx = dir.resolve("brief.pptx");
        Task<List<Path>> before = actions().lastWrite();
        WaitForAsyncUtils.asyncFx(() -> actions().exportBriefing(BriefingExport.Format.PDF, pdf, SMALL));
        awaitExport(before);
        Task<List<Path>> pdfWrite = actions().lastWrite();
        WaitForAsyncUtils.asyncFx(() -> actions().exportBriefing(BriefingExport.Format.PPTX, pptx, SMALL));
        awaitExport(pdfWrite);

        assertPdf(pdf, titles);
        assertPptx(pptx, titles);
    }

    @Test
    void quittingWhileScenesAreDrawnAsksFirstAndCancelLetsTheExportFinish(FxRobot robot) throws Exception {
        BriefingFile.Loaded sample = BriefingFile.load(SAMPLE);
        WaitForAsyncUtils.asyncFx(() -> window.briefing().replaceAll(sample.title(), sample.scenes(), SAMPLE));
        WaitForAsyncUtils.waitForFxEvents();
        Path pdf = dir.resolve("interrupted.pdf");
        Task<List<Path>> before = actions().lastWrite();
        AtomicReference<Boolean> mayClose = new AtomicReference<>();
        Platform.runLater(() -> {
            actions().exportBriefing(BriefingExport.Format.PDF, pdf, SMALL);
            mayClose.set(window.confirmClose());
        });
        DialogPane ask = dialog(robot, "#export-running-dialog");
        assertTrue(ask.getContentText().contains("interrupted.pdf"), ask.getContentText());
        robot.clickOn((Button) ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> mayClose.get() != null);
        assertFalse(mayClose.get(), "Cancel keeps the window open");
        awaitExport(before);
        assertTrue(Files.size(pdf) > 0, "the export went on");

        mayClose.set(null);
        Platform.runLater(() -> mayClose.set(window.confirmClose()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> mayClose.get() != null);
        assertTrue(mayClose.get(), "with nothing being drawn and nothing unsaved, no question");

        mayClose.set(null);
        Task<List<Path>> first = actions().lastWrite();
        Platform.runLater(() -> {
            actions().exportBriefing(BriefingExport.Format.PDF, dir.resolve("again.pdf"), SMALL);
            mayClose.set(window.confirmClose());
        });
        DialogPane again = dialog(robot, "#export-running-dialog");
        robot.clickOn(again.getButtonTypes().stream().map(t -> (Button) again.lookupButton(t))
                .filter(b -> b.getText().equals("Quit anyway")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> mayClose.get() != null);
        assertTrue(mayClose.get(), "Quit anyway lets the window close");
        awaitExport(first);
    }

    /** The dialog once its window shows, so that a robot can click in it. */
    private static DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                .map(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    @Test
    void theExportDialogChoosesTheSizeScenesAndContentsStartsBesideTheBriefingAndRemembersTheAnswers(FxRobot robot)
            throws Exception {
        BriefingFile.Loaded sample = BriefingFile.load(SAMPLE);
        WaitForAsyncUtils.asyncFx(() -> window.briefing().replaceAll(sample.title(), sample.scenes(), SAMPLE));
        WaitForAsyncUtils.waitForFxEvents();
        Task<List<Path>> before = actions().lastWrite();
        Platform.runLater(() -> actions().exportBriefing(BriefingExport.Format.PPTX));
        dialog(robot, "#export-dialog");
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        assertEquals(SAMPLE.toAbsolutePath().resolveSibling("sample.pptx").toString(), file.getText(),
                "the briefing's folder and name");

        robot.clickOn("#export-size").clickOn("1280\u00d7720");
        robot.clickOn("#export-scenes-none");
        Button ok = robot.lookup("#export-ok").queryAs(Button.class);
        assertTrue(ok.isDisabled(), "nothing to export without a scene");
        List<CheckBox> scenes = sceneBoxes(robot);
        robot.clickOn(scenes.get(0)).clickOn(scenes.get(2));
        assertFalse(ok.isDisabled());
        robot.clickOn("#export-notes");
        Path pptx = dir.resolve("chosen.pptx");
        robot.interact(() -> file.setText(dir.resolve("chosen").toString()));
        robot.clickOn("#export-ok");
        awaitExport(before);

        assertEquals(List.of(pptx), actions().lastWrite().get(), "the extension is added");
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            List<XSLFSlide> slides = show.getSlides();
            assertEquals(List.of(sample.title(), sample.scenes().get(0).name(), sample.scenes().get(2).name()),
                    slides.subList(0, 3).stream().map(XSLFSlide::getTitle).toList());
            assertTrue(slides.get(slides.size() - 1).getTitle().startsWith("Sources"));
            slides.forEach(s -> assertNull(s.getNotes(), "no speaker notes"));
            XSLFPictureShape picture = (XSLFPictureShape) slides.get(1).getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).findFirst().orElseThrow();
            assertEquals(1280, ImageIO.read(new java.io.ByteArrayInputStream(picture.getPictureData().getData()))
                    .getWidth());
        }

        // Unsaved, the next export starts where the last one went, named after the briefing's title.
        WaitForAsyncUtils.asyncFx(() -> window.briefing().replaceAll(sample.title(), sample.scenes(), null));
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> actions().exportBriefing(BriefingExport.Format.PDF));
        DialogPane again = dialog(robot, "#export-dialog");
        assertEquals(dir.resolve("maghreb-and-sahel-a-short-briefing.pdf").toString(),
                robot.lookup("#export-file").queryAs(TextField.class).getText());
        assertEquals("1280\u00d7720", robot.lookup("#export-size").queryAs(ChoiceBox.class).getValue());
        assertEquals(List.of(true, false, true, false, false, false),
                sceneBoxes(robot).stream().map(CheckBox::isSelected).toList());
        assertTrue(robot.lookup("#export-notes").tryQuery().isEmpty(), "a PDF has no speaker notes");
        robot.clickOn((Button) again.lookupButton(ButtonType.CANCEL));
    }

    @Test
    void theExportAnswersAreRememberedFromOneRunToTheNext(FxRobot robot) throws Exception {
        Path config = dir.resolve("config");
        UserSettings lastRun = UserSettings.in(config);
        lastRun.update(s -> s.withExport(new Settings.ExportAnswers(3840, 2160, false, true, true,
                dir.toAbsolutePath())));
        lastRun.close();
        var scenes = BriefingFile.load(SAMPLE).scenes();
        WaitForAsyncUtils.asyncFx(() -> {
            window.setSettings(UserSettings.in(config));
            window.briefing().replaceAll("Kept", scenes, null);
        }).get();
        Platform.runLater(() -> actions().exportBriefing(BriefingExport.Format.PPTX));
        DialogPane dialog = dialog(robot, "#export-dialog");
        assertEquals("3840\u00d7" + 2160, robot.lookup("#export-size").queryAs(ChoiceBox.class).getValue());
        assertFalse(robot.lookup("#export-title-slide").queryAs(CheckBox.class).isSelected());
        assertEquals(dir.resolve("kept.pptx").toString(), robot.lookup("#export-file").queryAs(TextField.class)
                .getText(), "in the folder last exported to");
        robot.clickOn((Button) dialog.lookupButton(ButtonType.CANCEL));
    }

    private static List<CheckBox> sceneBoxes(FxRobot robot) {
        ListView<?> list = robot.lookup("#export-scenes").queryAs(ListView.class);
        return robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(box -> ((javafx.scene.control.ListCell<?>) box.getParent()).getItem() != null)
                .sorted(java.util.Comparator.comparingInt(box -> (Integer) ((javafx.scene.control.ListCell<?>)
                        box.getParent()).getItem()))
                .toList();
    }

    @Test
    void theCommandLineExportTakesTheSameChoices() throws Exception {
        Path pptx = dir.resolve("chosen.pptx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--scenes", "2,9",
            "--pptx", pptx.toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"9\" is not a scene number or range from 1 to 6"));

        int status = ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--size", "1280x720",
            "--scenes", "1,3-4", "--no-title-slide", "--no-sources", "--no-notes", "--pptx", pptx.toString()}, o, e);

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<BriefingScene> scenes = BriefingFile.load(SAMPLE).scenes();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertEquals(List.of(scenes.get(0).name(), scenes.get(2).name(), scenes.get(3).name()),
                    show.getSlides().stream().map(XSLFSlide::getTitle).toList());
            show.getSlides().forEach(s -> assertNull(s.getNotes()));
        }
    }

    @Test
    void aPictureNamedWithoutItsExtensionGetsIt() throws Exception {
        Task<List<Path>> before = actions().lastWrite();
        WaitForAsyncUtils.asyncFx(() -> actions().exportView("Overview", 1280, 720, dir.resolve("overview")));
        awaitExport(before);
        assertEquals(List.of(dir.resolve("overview.png")), actions().lastWrite().get());
        assertEquals(1280, ImageIO.read(dir.resolve("overview.png").toFile()).getWidth());
    }

    @Test
    void theCommandLineExportRunsInAJvmWithNoDisplay() throws Exception {
        Path pdf = dir.resolve("headless.pdf");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sirocco.app.Main", "export",
                "--briefing", SAMPLE.toString(), "--size", "1280x720", "--pdf", pdf.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path log = dir.resolve("export.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the export did not finish in 120 s: " + Files.readString(log));
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains("Log4j"), "no logging noise: " + output);
        assertPdf(pdf, BriefingFile.load(SAMPLE).scenes().stream().map(BriefingScene::name).toList());
    }

    @Test
    void theCommandLineExportWritesEveryFormatWithNoWindow() throws Exception {
        Path pngs = dir.resolve("pictures");
        Path pdf = dir.resolve("sample.pdf");
        Path pptx = dir.resolve("sample.pptx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--size", "1280x720",
            "--png", pngs.toString(), "--pdf", pdf.toString(), "--pptx", pptx.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> titles = BriefingFile.load(SAMPLE).scenes().stream().map(BriefingScene::name).toList();
        try (var files = Files.list(pngs)) {
            List<Path> pictures = files.sorted().toList();
            assertEquals(titles.size(), pictures.size());
            assertTrue(pictures.get(1).getFileName().toString().startsWith("02-january-2013-serval"));
            BufferedImage first = ImageIO.read(pictures.get(0).toFile());
            assertEquals(1280, first.getWidth());
            assertEquals(720, first.getHeight());
        }
        assertPdf(pdf, titles);
        assertPptx(pptx, titles);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + pdf));
    }

    @Test
    void theCommandLineRefusesWrongUsageAndNamesABrokenBriefing() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString()}, o, e), "no output");
        assertEquals(2, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--pdf", "x.pdf",
            "--lang", "de"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--lang must be one of en, fr, ar"));
        assertEquals(2, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--pdf", "x.pdf",
            "--size", "huge"}, o, e));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"scenes\": [}");
        assertEquals(1, ExportCommand.run(new String[] {"--briefing", broken.toString(), "--pdf",
            dir.resolve("x.pdf").toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.json:1: not valid JSON"));
        assertTrue(Files.notExists(dir.resolve("x.pdf")));

        assertEquals(2, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--png",
            dir.resolve("one.png").toString()}, o, e), "six scenes need a folder, not one picture");
        assertEquals(2, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--pdf", "a.pdf",
            "--pdf", "b.pdf"}, o, e));
        assertEquals(1, ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--dataset",
            dir.resolve("missing.json").toString(), "--pdf", dir.resolve("x.pdf").toString()}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no events could be read from"));
        assertTrue(Files.notExists(dir.resolve("x.pdf")));
    }

    /** A title page, then one page per scene with its title and credits, then the sources pages. */
    private static void assertPdf(Path pdf, List<String> titles) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > titles.size() + 1, "title, scenes and sources pages");
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String content = text.getText(doc);
                if (page == 1) {
                    assertTrue(content.contains("Maghreb and Sahel: a short briefing"), content);
                } else if (page <= titles.size() + 1) {
                    assertTrue(content.startsWith(titles.get(page - 2)), () -> "page text: " + content);
                    assertTrue(content.contains("Natural Earth"), "every scene's page credits the map");
                } else {
                    assertTrue(content.startsWith("Sources"), content);
                }
            }
        }
    }

    private static void assertPptx(Path pptx, List<String> titles) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            List<XSLFSlide> slides = show.getSlides();
            assertTrue(slides.size() > titles.size() + 1, "title, scenes and sources slides");
            assertEquals("Maghreb and Sahel: a short briefing", slides.get(0).getTitle());
            for (int i = 0; i < titles.size(); i++) {
                assertEquals(titles.get(i), slides.get(i + 1).getTitle());
                assertEquals(1, slides.get(i + 1).getShapes().stream()
                        .filter(s -> s instanceof XSLFPictureShape).count());
            }
            assertTrue(slides.get(slides.size() - 1).getTitle().startsWith("Sources"));
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int pixelsNear(BufferedImage image, Color c) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double dr = ((rgb >> 16) & 255) / 255.0 - c.getRed();
                double dg = ((rgb >> 8) & 255) / 255.0 - c.getGreen();
                double db = (rgb & 255) / 255.0 - c.getBlue();
                if (dr * dr + dg * dg + db * db < 0.004) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theExportCommandWritesTheTitleSlideInTheLanguageAsked(@TempDir Path dir) throws IOException {
        Path pptx = dir.resolve("briefing-fr.pptx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.run(new String[] {"--briefing", SAMPLE.toString(), "--size", "1280x720",
            "--scenes", "1", "--lang", "fr", "--pptx", pptx.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            String cover = show.getSlides().get(0).getShapes().stream()
                    .filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                    .map(s -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) s).getText())
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(cover.contains("\u00c9v\u00e9nements"), cover); // "Événements : …", the French line
            String month = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("MMMM",
                    java.util.Locale.FRENCH));
            assertTrue(cover.contains(month), "today's date in French: " + cover);
        }
    }
}
