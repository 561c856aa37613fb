package org.sirocco.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter panel on its own, in a column as narrow as the main window's: how its chips and heading lay out. */
@ExtendWith(ApplicationExtension.class)
class FilterPanelTest {

    private static final double COLUMN_WIDTH = 250;
    private ViewState state;
    private FilterPanel panel;

    @Start
    void start(Stage stage) {
        EventStore store = EventStore.of(List.of(
                event("a1", "2015-03-18", Category.ATTACK, "TN", 36.81, 10.18),
                event("d1", "2016-05-01", Category.DISMANTLING, "MA", 33.57, -7.59)));
        state = new ViewState(new Dataset("test", "", store, false));
        panel = new FilterPanel(state, ResourceBundle.getBundle("i18n.messages"));
        Scene scene = new Scene(panel, COLUMN_WIDTH, 700);
        scene.getStylesheets().add(getClass().getResource("/styles/sirocco.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongTimeWindowChipWrapsInsideTheColumnAndKeepsItsRemoveButton(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(
                TimeWindow.ofDays(LocalDate.of(2014, 12, 24), LocalDate.of(2016, 12, 26))));
        WaitForAsyncUtils.waitForFxEvents();

        double viewportRight = panel.localToScene(panel.getViewportBounds()).getMaxX();
        Node content = panel.getContent();
        assertTrue(content.getLayoutBounds().getWidth() <= panel.getViewportBounds().getWidth() + 0.5,
                "content " + content.getLayoutBounds().getWidth() + " wide in a viewport of "
                        + panel.getViewportBounds().getWidth());

        Label chip = robot.lookup("#chips .chip .label").queryAs(Label.class);
        String full = "24 December 2014 \u2013 26 December 2016";
        assertEquals(full, chip.getText());
        Text shown = (Text) chip.lookup(".text");
        assertEquals(full, shown.getText(), "the whole window shows, on two lines");
        assertTrue(chip.getHeight() > 1.5 * chip.getFont().getSize() * 1.2, "height " + chip.getHeight());
        assertEquals(full, chip.getTooltip().getText());

        Button remove = robot.lookup("#chips .chip-remove").queryAs(Button.class);
        assertTrue(remove.isVisible());
        assertTrue(sceneBounds(remove).getMaxX() <= viewportRight, "the \u00d7 ends at "
                + sceneBounds(remove).getMaxX() + ", the column at " + viewportRight);

        Hyperlink clearAll = robot.lookup("#clear-filters").queryAs(Hyperlink.class);
        assertEquals(clearAll.getText(), ((Text) clearAll.lookup(".text")).getText(), "\"Clear all\" is not cut");
        assertTrue(sceneBounds(clearAll).getMaxX() <= viewportRight);
        assertTrue(sceneBounds(robot.lookup("#search").queryAs(TextField.class)).getMaxX() <= viewportRight);

        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.getTimeWindow(), "the \u00d7 drops the time window");
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
