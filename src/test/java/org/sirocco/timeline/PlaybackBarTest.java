package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.state.ViewState;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The playback bar stays readable in the narrow middle column of a 1280-pixel-wide window. */
@ExtendWith(ApplicationExtension.class)
class PlaybackBarTest {

    /** About what the map and timeline column gets in a 1280×800 main window. */
    private static final double NARROW = 560;

    private PlaybackBar bar;

    @Start
    void start(Stage stage) {
        ViewState state = new ViewState(new Dataset("t", "t", EventStore.of(List.of(
                TestEvents.event("a", "2012-03-15", Category.ATTACK, "ML", 16.3, 0.0))), false));
        bar = new PlaybackBar(new Playback(state, new PlaybackTest.ManualClock()),
                ResourceBundle.getBundle("i18n.messages"));
        Pane column = new Pane(bar);
        column.getStylesheets().add(getClass().getResource("/styles/sirocco.css").toExternalForm());
        bar.prefWidthProperty().bind(column.widthProperty());
        bar.relocate(0, 0);
        stage.setScene(new Scene(column, NARROW, 200));
        stage.show();
    }

    @Test
    void inANarrowColumnEveryLabelAndChoiceShowsWholeWithinTheBar() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NARROW, bar.getWidth(), 1);
        List<Node> shown = bar.lookupAll(".label").stream().toList();
        assertEquals(3, shown.size(), "window, step and speed");
        for (Node node : bar.lookupAll(".label, .check-box, .combo-box .list-cell")) {
            Labeled labeled = (Labeled) node;
            Text text = (Text) labeled.lookup(".text");
            assertFalse(labeled.getText() == null || labeled.getText().isEmpty(), "a choice is shown: " + node);
            assertEquals(labeled.getText(), text.getText(), "not cut to an ellipsis");
        }
        for (Node node : bar.lookupAll(".combo-box")) {
            ComboBox<?> box = (ComboBox<?>) node;
            assertTrue(box.getWidth() >= box.prefWidth(-1) - 0.5, "a combo box keeps its width: " + box.getId());
        }
        for (Node node : bar.lookupAll(".label, .check-box, .combo-box, .button")) {
            Bounds b = bar.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= bar.getWidth() && b.getMaxY() <= bar.getHeight(),
                    "inside the bar: " + node + " at " + b);
        }
    }

    @Test
    void everyChoiceCanBeReachedWithTheKeyboard() {
        // Playing has a menu shortcut (Ctrl+P); the choices have none.
        for (Node node : bar.lookupAll(".combo-box, .check-box")) {
            assertTrue(node.isFocusTraversable(), node + " is left out of the Tab order");
        }
    }
}
