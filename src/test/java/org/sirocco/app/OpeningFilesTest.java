package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.synthetic.SyntheticEvents;
import org.sirocco.i18n.Language;
import org.sirocco.settings.RecentFile;
import org.sirocco.settings.UserSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening other files: broken ones show their problems and open anyway under a banner, files that are not datasets
 * leave the dataset shown as it was, huge ones stay usable, and the files opened are offered again.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningFilesTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1200, 780));
        stage.show();
    }

    private void openAndWait(Path file, int expectedEvents) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewState().store().size() == expectedEvents
                && window.viewState().getDataset().origin().equals(file.toString()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFileWithProblemsListsThemAndOpensWithItsValidEvents(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        String good = """
                {"id": "ma-2016-09-oujda", "date": "2016-09-07", "datePrecision": "day", "category": "dismantling",
                 "subtype": "cell_dismantled", "title": "Cell dismantled", "summary": "A cell was dismantled.",
                 "places": [{"name": "Oujda", "country": "MA", "lat": 34.68, "lon": -1.91, "precision": "town"}],
                 "perpetrators": [], "states": ["MA"], "agencies": [], "killed": null, "injured": null,
                 "arrested": 3, "sources": [{"title": "t", "publisher": "p", "date": null,
                 "url": "https://example.org/a"}], "confidence": "high"}""";
        String bad = good.replace("ma-2016-09-oujda", "ma-2016-09-bad").replace("\"lat\": 34.68", "\"lat\": 340.68");
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"Mixed\", \"events\": [\n" + good + ",\n" + bad
                + "\n]}\n");
        WaitForAsyncUtils.asyncFx(() -> window.map().zoom(8));
        WaitForAsyncUtils.waitForFxEvents();
        double zoomedIn = window.map().getViewport().metresPerPixel();
        openAndWait(file, 1);
        assertTrue(window.map().getViewport().metresPerPixel() > 4 * zoomedIn, "the new data is shown from the "
                + "overview, not from where the last dataset was looked at");
        TextArea problems = robot.lookup("#problems-text").queryAs(TextArea.class);
        int line = 1 + (int) Files.readString(file).lines().takeWhile(l -> !l.contains("340.68")).count();
        assertTrue(problems.getText().startsWith(file + ":" + line + ": event ma-2016-09-bad: places[0].lat: 340.68 "
                + "is not a latitude"), problems.getText());
        assertEquals("1 of 1 events shown", robot.lookup("#status-count").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#status-synthetic").queryAs(Label.class).isVisible(), "real data is not flagged");
    }

    /** The text of the dialog that shows up next, which is then closed. */
    private static String nextDialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getHeaderText() + "\n" + (pane.getContent() instanceof TextArea area ? area.getText()
                : pane.getContentText());
        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }

    @Test
    void aCsvFileIsNamedForWhatItIsAndTheDatasetShownStays(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        Path csv = dir.resolve("acled-export.json");
        Files.writeString(csv, "event_id_cnty,event_date,year,event_type\nMLI1,18 February 2016,2016,Battles\n");
        String before = window.viewState().getDataset().name();
        int events = window.viewState().store().size();
        WaitForAsyncUtils.asyncFx(() -> window.open(csv));
        String said = nextDialog(robot);
        assertTrue(said.contains("This looks like a CSV file"), said);
        assertEquals(before, window.viewState().getDataset().name());
        assertEquals(events, window.viewState().store().size());
    }

    @Test
    void aFileOfWhichNoEventCanBeReadLeavesTheDatasetShown(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"name\": \"Broken\", \"events\": [\n  {\"id\": \"a\", ");
        int events = window.viewState().store().size();
        WaitForAsyncUtils.asyncFx(() -> window.open(broken));
        String said = nextDialog(robot);
        assertTrue(said.startsWith("No event of broken.json could be read"), said);
        assertTrue(said.contains("broken.json:2"), "the problems are listed: " + said);
        assertEquals(events, window.viewState().store().size());
        assertFalse(robot.lookup("#dataset-banner").query().isVisible(), "the dataset shown is whole");
    }

    @Test
    void aTruncatedFileOpensUnderABannerThatCountsWhatWasLost(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        String bundled = new String(MainWindow.class.getResourceAsStream("/data/events.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path cut = dir.resolve("half.json");
        Files.writeString(cut, bundled.substring(0, bundled.length() / 2));
        WaitForAsyncUtils.asyncFx(() -> window.open(cut));
        String problems = nextDialog(robot);
        int read = window.viewState().store().size();
        assertTrue(read > 0 && window.viewState().getDataset().origin().equals(cut.toString()));
        assertTrue(problems.contains((read + 1) + " events"), "the event cut in two is counted: " + problems);
        Label banner = robot.lookup("#dataset-banner-text").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertEquals("Partial dataset: the file is cut short after " + (read + 1) + " events, so any that followed "
                + "are missing, and 1 of those found could not be read.", banner.getText());

        robot.clickOn("#dataset-banner-show");
        assertTrue(nextDialog(robot).contains("half.json:"), "the banner lists the problems again");

        openAndWait(writeOneEvent(dir), 1);
        assertFalse(robot.lookup("#dataset-banner").query().isVisible(), "a whole dataset has no banner");
    }

    private static Path writeOneEvent(Path dir) throws IOException {
        Path file = dir.resolve("one.json");
        EventsFileWriter.write(file, "One event", false, false, sink -> new SyntheticEvents(3).generate(1, sink));
        return file;
    }

    @Test
    void openRecentListsTheDatasetsOpenedAndOpensThemAgain(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        UserSettings settings = UserSettings.in(dir.resolve("config"));
        window.setSettings(settings);
        Path first = writeOneEvent(dir);
        Path second = dir.resolve("twenty.json");
        EventsFileWriter.write(second, "Twenty events", false, false,
                sink -> new SyntheticEvents(4).generate(20, sink));
        openAndWait(first, 1);
        openAndWait(second, 20);
        assertEquals(List.of(second, first), settings.get().recent(RecentFile.Kind.DATASET));

        // Into the submenu along its first item, level with "Open recent": a slanting path would cross the File
        // menu's next item, which closes the submenu.
        robot.clickOn("File").clickOn("Open recent").moveTo("twenty.json  \u2014  " + dir)
                .clickOn("one.json  \u2014  " + dir);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewState().store().size() == 1);
        settings.close();
        assertEquals(List.of(first, second), UserSettings.in(dir.resolve("config")).get()
                .recent(RecentFile.Kind.DATASET), "remembered in the settings file, most recent first");
    }

    @Test
    void panelsAndLayersAreRememberedAndWhatWasOpenIsOfferedAtTheNextStart(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path config = dir.resolve("config");
        UserSettings settings = UserSettings.in(config);
        WaitForAsyncUtils.asyncFx(() -> window.setSettings(settings));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View").clickOn("Show graticule");
        Path file = writeOneEvent(dir);
        openAndWait(file, 1);
        WaitForAsyncUtils.asyncFx(window::rememberSession);
        WaitForAsyncUtils.waitForFxEvents();
        settings.close();

        UserSettings next = UserSettings.in(config);
        assertTrue(next.get().view().graticule());
        assertEquals(file, next.get().lastSession().dataset());
        MainWindow again = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(Startup.load(null));
            w.setSettings(next);
            Stage stage = new Stage();
            stage.setScene(new Scene(w.root(), 1000, 700));
            stage.show();
            w.offerLastSession();
            return w;
        }).get();
        assertTrue(again.map().isShowGraticule(), "the layer is shown as it was left");
        Label offer = robot.from(again.root()).lookup("#reopen-text").queryAs(Label.class);
        assertEquals("Last time you had one.json open.", offer.getText());
        robot.clickOn(robot.from(again.root()).lookup("#reopen-open").queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> again.viewState().store().size() == 1);
        assertFalse(robot.from(again.root()).lookup("#reopen-bar").query().isVisible(), "the offer is taken");
        WaitForAsyncUtils.asyncFx(() -> again.root().getScene().getWindow().hide());
    }

    @Test
    void theViewerStartedOnAFileThatIsNotADatasetOpensOnTheBundledOneAndSaysWhy(@TempDir Path dir)
            throws IOException {
        Path kml = dir.resolve("places.kml");
        Files.writeString(kml, "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"></kml>\n");
        Startup started = Startup.begin(kml, Language.ENGLISH.messages()).join();
        assertEquals(Startup.load(null).data().dataset().store().size(), started.data().dataset().store().size());
        assertTrue(started.startupProblems().get(0).startsWith(kml + " could not be opened as a dataset, so the "
                + "bundled dataset is shown. This looks like a KML file"), started.startupProblems()::toString);
        assertTrue(Startup.load(kml).data().nothingRead(), "tools get the file they asked for, with its problems");
    }

    @Test
    void twentyThousandSyntheticEventsOpenFlaggedAndFollowTheBrush(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        Path file = dir.resolve("synthetic.json");
        EventsFileWriter.write(file, SyntheticEvents.datasetName(20_000), true, false,
                sink -> new SyntheticEvents(9).generate(20_000, sink));
        openAndWait(file, 20_000);
        assertTrue(robot.lookup("#status-synthetic").queryAs(Label.class).isVisible(), "flagged as not real");
        int before = window.map().getMarkersDrawn();
        assertTrue(before > 15_000, "the density surface counts the events in view: " + before);

        TimeWindow range = window.timeline().getVisibleRange();
        double w = window.timeline().getWidth();
        double y = window.timeline().getHeight() * 0.3;
        Point2D from = window.timeline().localToScreen(
                (LocalDate.of(2010, 1, 1).toEpochDay() - range.startDay()) / range.length() * w, y);
        Point2D to = window.timeline().localToScreen(
                (LocalDate.of(2012, 1, 1).toEpochDay() - range.startDay()) / range.length() * w, y);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int after = window.map().getMarkersDrawn();
        assertTrue(after > 0 && after < before / 4, "two years of twenty-two: " + after + " of " + before);
        assertEquals(window.viewState().getVisible().count(), after, "every visible event is in view");
    }
}
