package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.EventFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panels in the window the app opens on a 1280×720 laptop screen (94% of it). */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1280 * 0.94, 720 * 0.94));
        stage.show();
    }

    /** Whether {@code labeled} shows its whole text, inside {@code area}. */
    private static void assertWhole(Labeled labeled, Node area) {
        Text shown = (Text) labeled.lookup(".text");
        assertEquals(labeled.getText(), shown.getText(), "not cut");
        Bounds text = shown.localToScene(shown.getLayoutBounds());
        Bounds in = area.localToScene(area.getLayoutBounds());
        assertTrue(text.getMaxX() <= in.getMaxX() + 0.5 && text.getMaxY() <= in.getMaxY() + 0.5,
                labeled.getText() + " ends at " + text + ", its list at " + in);
        assertTrue(text.getMaxY() <= labeled.localToScene(labeled.getLayoutBounds()).getMaxY() + 0.5,
                labeled.getText() + " is not cut at the bottom");
    }

    @Test
    void categoryAndFilterNamesShowWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNamesWhole(robot);
    }

    @Test
    void namesStayWholeWhenASearchChangesTheirCounts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> window.viewState().setFilter(EventFilter.NONE.withQuery("isis")));
        WaitForAsyncUtils.waitForFxEvents();
        assertNamesWhole(robot);
    }

    private void assertNamesWhole(FxRobot robot) {
        Node categories = robot.lookup("#facet-category").query();
        List<Label> names = robot.lookup("#facet-category .facet-label").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()).toList();
        assertEquals(7, names.size(), "every category shows, without scrolling");
        assertTrue(names.stream().anyMatch(l -> l.getText().equals("Cell dismantling / arrests")));
        for (Label name : names) {
            assertWhole(name, categories);
        }
        // The country list scrolls: its rows in view.
        Node countries = robot.lookup("#facet-country").query();
        double bottom = countries.localToScene(countries.getLayoutBounds()).getMaxY();
        for (Label name : robot.lookup("#facet-country .facet-label").queryAllAs(Label.class)) {
            if (name.isVisible() && name.getText() != null && !name.getText().isEmpty()
                    && name.localToScene(name.getLayoutBounds()).getMaxY() <= bottom) {
                assertWhole(name, countries);
            }
        }
        for (TitledPane section : robot.lookup("#filters .titled-pane").queryAllAs(TitledPane.class)) {
            Text title = (Text) section.lookup(".title .text");
            assertEquals(section.getText(), title.getText(), "section titles are not cut");
        }
    }

    @Test
    void theListHasTheDetailsRoomWhileNothingIsSelected(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double listAlone = window.list().getHeight();
        Label hint = robot.lookup("#detail-hint").queryAs(Label.class);
        assertTrue(window.detail().getHeight() < 80, "the detail is a thin hint: " + window.detail().getHeight());
        assertEquals(hint.getText(), ((Text) hint.lookup(".text")).getText(), "shown whole");

        WaitForAsyncUtils.asyncFx(() -> window.viewState().setSelectedEvent(window.list().table().getItems().get(3)));
        WaitForAsyncUtils.waitForFxEvents();
        double listBesideDetail = window.list().getHeight();
        assertTrue(listAlone > listBesideDetail + 150, "alone " + listAlone + ", beside the detail "
                + listBesideDetail);
        assertTrue(window.detail().getHeight() > 250, "the detail has its share back: " + window.detail().getHeight());

        WaitForAsyncUtils.asyncFx(() -> window.viewState().setSelectedEvent(-1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(listAlone, window.list().getHeight(), 1, "and gives it back when the selection is cleared");
        assertFalse(window.detail().getHeight() > 80);
    }
}

