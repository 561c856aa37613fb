package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.keys.Shortcut;
import org.sirocco.keys.ShortcutsView;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window from the keyboard alone: from the search box to an event, from pane to pane, and the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        scene = new Scene(window.root(), 1600, 1000);
        stage.setScene(scene);
        stage.show();
    }

    private ViewState state() {
        return window.viewState();
    }

    private TableView<Integer> table() {
        return window.list().table();
    }

    /** Whether the keyboard focus is on {@code pane} or inside it. */
    private boolean focusIn(Node pane) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    @Test
    void downFromTheSearchBoxGoesToTheFirstEventAndEnterShowsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#search").write("Oujda").type(KeyCode.DOWN);
        // The search index of the dataset is built in the background on the first search.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().isFocused());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Oujda", state().getFilter().query(), "Down searches at once, without waiting for a pause");
        assertTrue(table().isFocused(), "the focus is in the list");
        assertEquals(0, table().getFocusModel().getFocusedIndex(), "on its first row");
        assertEquals(-1, state().getSelectedEvent(), "which is not shown before Enter");
        int first = table().getItems().get(0);
        assertTrue(state().getVisible().contains(first) && state().getVisible().count() < 10,
                "the list shows the events found: " + state().getVisible().count());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, state().getSelectedEvent(), "Enter selects the event everywhere");
        assertEquals(state().store().event(first).title(),
                org.sirocco.testing.Snapshots.text(robot.lookup("#detail-title").query()));
    }

    @Test
    void f6AndShiftF6MoveBetweenTheMainPanesInACycle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(window.map());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusIn(window.map()));

        List<Node> visited = new ArrayList<>();
        List<Node> panes = List.of(window.timeline(), window.list(), window.detail(), window.filters(), window.map());
        for (int k = 0; k < panes.size(); k++) {
            robot.type(KeyCode.F6);
            WaitForAsyncUtils.waitForFxEvents();
            visited.add(panes.stream().filter(this::focusIn).findFirst().orElse(null));
        }
        assertEquals(panes, visited, "map, timeline, list, detail, filters, and round to the map");
        robot.type(KeyCode.F6).type(KeyCode.F6).type(KeyCode.F6).type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search").queryAs(TextField.class).isFocused(),
                "in the filter panel, the focus lands in the search box");

        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusIn(window.detail()), "Shift+F6 goes back");

        // A hidden filter panel is left out of the cycle.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.filters().isVisible() && window.filters().getScene() != null,
                "Ctrl+Shift+F hides the filter panel");
        robot.clickOn(window.detail());
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusIn(window.map()), "from the detail straight to the map");
    }

    @Test
    void theShortcutsWindowListsEveryAcceleratorAndTheViewsKeys(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(window.map());
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        ShortcutsView view = robot.lookup("#shortcuts").queryAs(ShortcutsView.class);
        assertTrue(view.getScene().getWindow().isShowing());
        List<Shortcut> all = view.shown();
        assertTrue(all.contains(new Shortcut("Ctrl+F", "Find\u2026", "Edit menu")), all.toString());
        assertTrue(all.contains(new Shortcut("F6", "Next pane", "View menu")), all.toString());
        assertTrue(all.stream().anyMatch(s -> s.keys().contains("Page Down") && s.where().equals("Presentation")),
                "and the keys a view handles itself");
        assertTrue(all.stream().anyMatch(s -> s.keys().equals("Ctrl+/")), "itself too");

        robot.clickOn("#shortcuts-find").write("f6");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("F6", "Shift+F6"), view.shown().stream().map(Shortcut::keys).toList(),
                "the find field narrows the list");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.getScene().getWindow().isShowing(), "Esc closes it");
        assertSame(scene, window.root().getScene());
    }
}
