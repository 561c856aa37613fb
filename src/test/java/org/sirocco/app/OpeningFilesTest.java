package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening other events files: broken ones show their problems and open anyway, huge ones stay usable. */
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
