package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user imports a CSV table: sees it previewed, merges it, skips a likely duplicate and finds the rest on the map. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1200, 780));
        stage.show();
    }

    @Test
    void importACsvSeeThePreviewMergeAndFindTheNewEventsOnTheMap(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        EventStore bundled = window.viewState().store();
        int before = bundled.size();
        Event twin = null;
        for (int i = 0; i < bundled.size() && twin == null; i++) {
            if (bundled.category(i) == Category.ATTACK && bundled.event(i).places().size() == 1) {
                twin = bundled.event(i);
            }
        }
        assertNotNull(twin);
        Path csv = dir.resolve("colleague.csv");
        Files.writeString(csv, "when,lat,lon,headline,category,location\n"
                + "2021-03-14,17.02,21.05,Convoy ambushed in the Tibesti,attack,Tibesti\n"
                + "2021-04-02,20.10,-10.20,Camp raided in the Adrar,attack,Adrar desert\n"
                + twin.start().plusDays(1) + "," + (twin.primaryPlace().lat() + 0.05) + ","
                + twin.primaryPlace().lon() + ",The same attack as told by a colleague,attack,"
                + twin.primaryPlace().name() + "\n");

        WaitForAsyncUtils.asyncFx(() -> window.importFile(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-preview").tryQuery().isPresent()
                && robot.lookup("#import-preview").queryAs(TableView.class).getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        String format = robot.lookup("#import-format").queryAs(Label.class).getText();
        assertTrue(format.contains("CSV table"), format);
        assertTrue(robot.lookup("#import-summary").queryAs(Label.class).getText().contains("give 3 events"));

        Path merged = dir.resolve("merged.json");
        robot.interact(() -> robot.lookup("#import-output").queryAs(TextField.class).setText(merged.toString()));
        robot.clickOn("#import-merge");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-duplicate-list").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<CheckBox> duplicates = robot.lookup("#import-duplicate-list").queryAs(ListView.class);
        assertEquals(1, duplicates.getItems().size(), "the colleague's copy of a known attack");
        assertTrue(duplicates.getItems().get(0).getText().contains(twin.title()));
        robot.clickOn("#import-merge-confirm");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewState().getDataset().origin()
                .equals(merged.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        EventStore store = window.viewState().store();
        assertEquals(before + 2, store.size(), "two new events; the duplicate skipped");
        int tibesti = -1;
        for (int i = 0; i < store.size(); i++) {
            if (store.event(i).title().equals("Convoy ambushed in the Tibesti")) {
                tibesti = i;
            }
        }
        assertTrue(tibesti >= 0);
        assertEquals("TD", store.placeCountry(tibesti, 0), "the country of the point");

        int event = tibesti;
        robot.interact(() -> {
            window.viewState().setSelectedEvent(event);
            window.map().zoomToSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D onMap = window.map().markerPosition(event);
        assertNotNull(onMap, "the new event is on the map");
        robot.moveTo(window.map().localToScreen(onMap));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, window.viewState().getHoveredEvent(), "its marker is where the map draws it");
    }
}
