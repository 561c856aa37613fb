package org.sirocco.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Language;
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
                event("d1", "2016-05-01", Category.DISMANTLING, "MA", 33.57, -7.59),
                killing("k2", 2), killing("k9", 9), killing("k10", 10), killing("k40", Count.range(30, 45)),
                killing("k600", 600)));
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

    private static Event killing(String id, int killed) {
        return killing(id, Count.exact(killed));
    }

    private static Event killing(String id, Count killed) {
        Event e = event(id, "2017-01-01", Category.ATTACK, "ML", 16.27, -0.04);
        return new Event(e.id(), e.start(), e.end(), e.precision(), e.hasEndDate(), e.category(), e.subtype(),
                e.title(), e.summary(), e.places(), e.perpetrators(), e.states(), e.agencies(), killed, e.injured(),
                e.arrested(), e.sources(), e.confidence(), e.notes());
    }

    /** The death toll section, opened. */
    private void openTollSection(FxRobot robot) {
        TitledPane pane = robot.lookup("#filter-killed").queryAs(TitledPane.class);
        WaitForAsyncUtils.asyncFx(() -> {
            pane.setExpanded(true);
            panel.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Set<String> visibleIds() {
        Set<String> ids = new TreeSet<>();
        state.getVisible().forEach(i -> ids.add(state.store().event(i).id()));
        return ids;
    }

    @Test
    void typingALeastTollKeepsOnlyEventsWithThatManyDeaths(FxRobot robot) {
        openTollSection(robot);
        robot.clickOn("#facet-killed-min").write("10");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(10, state.getFilter().killedMin());
        assertNull(state.getFilter().killedMax());
        assertEquals(Set.of("k10", "k40", "k600"), visibleIds(), "a range of 30-45 reaches 10");
        assertEquals("At least 10 killed", robot.lookup("#facet-killed-label").queryLabeled().getText());

        robot.clickOn("#facet-killed-max").write("40");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("k10", "k40"), visibleIds());

        robot.clickOn("#facet-killed-max").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, state.getFilter().killedMax(), "a greatest toll below the least is not set");
        assertTrue(robot.lookup("#facet-killed-max").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid")), "and the field says it is wrong");

        robot.eraseText(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.getFilter().killedMax(), "a blank field is no bound");
        WaitForAsyncUtils.asyncFx(() -> state.setFilter(state.getFilter().withKilled(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#facet-killed-min").queryAs(TextField.class).getText(),
                "a filter removed elsewhere empties the field");
    }

    @Test
    void aFrenchTollFieldShowsAndReadsFrenchNumbers(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> {
            panel = new FilterPanel(state, Language.FRENCH.messages());
            robot.window(0).getScene().setRoot(panel);
        });
        WaitForAsyncUtils.waitForFxEvents();
        openTollSection(robot);
        robot.clickOn("#facet-killed-min").write("1 000");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1000, state.getFilter().killedMin(), "a space between the thousands, as people type it");

        WaitForAsyncUtils.asyncFx(() -> state.setFilter(state.getFilter().withKilled(1234, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1\u202f234", robot.lookup("#facet-killed-min").queryAs(TextField.class).getText(),
                "grouped with the narrow no-break space French writes");
        assertEquals(1234, state.getFilter().killedMin(), "and read back as it is shown");
    }

    @Test
    void arrowKeysStepTheTollThroughRoundNumbers(FxRobot robot) {
        openTollSection(robot);
        robot.clickOn("#facet-killed-min");
        List<Integer> steps = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            robot.type(KeyCode.UP);
            WaitForAsyncUtils.waitForFxEvents();
            steps.add(state.getFilter().killedMin());
        }
        assertEquals(List.of(1, 2, 3, 5, 10), steps);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, state.getFilter().killedMin());
        robot.type(KeyCode.DOWN, 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.getFilter().killedMin(), "below 1 is any toll again");

        robot.clickOn("#facet-killed-max").type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(500, state.getFilter().killedMax(), "down from no bound, the round toll below the largest (600)");

        // The slider's keys step the same way, not by a tenth of its logarithmic scale.
        WaitForAsyncUtils.asyncFx(() -> state.setFilter(state.getFilter().withKilled(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        Node lowThumb = robot.lookup("#facet-killed .low-thumb").query();
        robot.clickOn(lowThumb).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Integer least = state.getFilter().killedMin();
        assertTrue(least != null && least <= 2, "one key from any toll: " + least);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(KilledScale.stepUp(least), state.getFilter().killedMin());
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
