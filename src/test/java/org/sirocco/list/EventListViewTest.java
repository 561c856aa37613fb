package org.sirocco.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.Dataset;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.state.ViewState;
import org.sirocco.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event list on its own, as narrow as in the main window: how it shows the matches of a search. */
@ExtendWith(ApplicationExtension.class)
class EventListViewTest {

    private static final String BARDO = "Gunmen attack tourists at the Bardo National Museum in Tunis";
    private static final String REOPENS = "Bardo museum reopens to visitors under heavy police and army guard";
    private static final String NDJAMENA = "Twin suicide bombings on the police headquarters and academy";
    private ViewState state;
    private EventListView list;

    @Start
    void start(Stage stage) {
        EventStore store = EventStore.of(List.of(
                event("tn-1", "2015-03-18", BARDO, new Place("Bardo", "TN", 36.81, 10.13, PlacePrecision.SITE)),
                event("tn-2", "2015-05-17", REOPENS, new Place("Bardo", "TN", 36.81, 10.13, PlacePrecision.SITE)),
                event("td-1", "2015-06-15", NDJAMENA,
                        new Place("N'Djamena", "TD", 12.11, 15.04, PlacePrecision.TOWN),
                        new Place("N'Djamena police school", "TD", 12.12, 15.05, PlacePrecision.SITE))));
        state = new ViewState(new Dataset("test", "", store, false));
        list = new EventListView(state, ResourceBundle.getBundle("i18n.messages"));
        Scene scene = new Scene(list, 520, 300);
        scene.getStylesheets().add(getClass().getResource("/styles/sirocco.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Event event(String id, String date, String title, Place... places) {
        LocalDate day = LocalDate.parse(date);
        return new Event(id, day, day, DatePrecision.DAY, false, Category.ATTACK, Category.ATTACK.subtypes().get(0),
                title, "Summary of " + id + ".", List.of(places), List.of(), List.of(), List.of(), Count.UNKNOWN,
                Count.UNKNOWN, Count.UNKNOWN, List.of(new Source("A source", "A publisher", null,
                        "https://example.org/" + id)), Confidence.HIGH, null);
    }

    private void search(String query) {
        WaitForAsyncUtils.asyncFx(() -> state.setFilter(EventFilter.NONE.withQuery(query)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell of {@code column} in the row of the event {@code id}. */
    private TableCell<?, ?> cell(FxRobot robot, String column, String id) {
        int event = state.store().indexOf(id);
        return robot.lookup("#event-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn().getId().equals(column) && !c.isEmpty()
                        && Integer.valueOf(event).equals(c.getItem()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + column + " cell for " + id));
    }

    private static TextFlow flow(TableCell<?, ?> cell) {
        return cell.lookupAll("*").stream().filter(TextFlow.class::isInstance).map(TextFlow.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted text in " + cell.getText()));
    }

    private static String shown(TableCell<?, ?> cell) {
        return Snapshots.text(flow(cell));
    }

    /** Whether every highlighted run lies inside the cell, inside its padding. */
    private static void assertMatchesInside(TableCell<?, ?> cell, String expected) {
        List<Text> matches = cell.lookupAll(".match").stream().map(Text.class::cast).toList();
        assertFalse(matches.isEmpty(), "a match is highlighted in " + shown(cell));
        assertEquals(expected, matches.get(0).getText());
        double right = sceneBounds(cell).getMaxX() - cell.snappedRightInset();
        for (Text m : matches) {
            assertTrue(sceneBounds(m).getMaxX() <= right + 0.5,
                    "\"" + m.getText() + "\" ends at " + sceneBounds(m).getMaxX() + ", the cell at " + right);
        }
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void highlightedTitlesShowTheirBeginningAndEndWithAnEllipsis(FxRobot robot) {
        search("bardo");

        TableCell<?, ?> reopens = cell(robot, "list-title", "tn-2");
        String ellipsis = reopens.getEllipsisString();
        assertTrue(shown(reopens).startsWith("Bardo museum") && shown(reopens).endsWith(ellipsis),
                "cut like a plain cell: " + shown(reopens));
        assertMatchesInside(reopens, "Bardo");

        TableCell<?, ?> attack = cell(robot, "list-title", "tn-1");
        String part = shown(attack);
        assertTrue(part.startsWith("Gunmen attack") && part.endsWith(ellipsis) && !part.contains("Bardo"),
                "from its beginning, the match past the end not pulled into view: " + part);
        for (Node m : attack.lookupAll(".match")) {
            assertTrue("Bardo".startsWith(((Text) m).getText()), "as much of the match as fits: " + part);
        }
        assertEquals(BARDO, attack.getTooltip().getText(), "the full title is in the tooltip");
        assertTrue(flow(attack).prefWidth(-1) <= attack.getWidth() - attack.snappedLeftInset()
                - attack.snappedRightInset() + 0.5, "the part fits the column");
    }

    @Test
    void enterShowsTheEventTheFocusIsOn(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> list.focusFirstRow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.table().isFocused());
        assertEquals(0, list.table().getFocusModel().getFocusedIndex(), "on the first row");
        assertEquals(-1, state.getSelectedEvent(), "nothing selected yet");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(list.table().getItems().get(0), state.getSelectedEvent());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(list.table().getItems().get(1), state.getSelectedEvent(), "and the arrows walk on from it");
    }

    @Test
    void aMatchInThePlaceIsHighlightedThere(FxRobot robot) {
        search("ndjamena");

        TableCell<?, ?> place = cell(robot, "list-place", "td-1");
        assertTrue(shown(place).startsWith("N'Djamena"), shown(place));
        assertMatchesInside(place, "N'Djamena");
        assertEquals("N'Djamena, TD +1", place.getTooltip().getText());

        search("");
        assertEquals("N'Djamena, TD +1", cell(robot, "list-place", "td-1").getText(),
                "without a search the place is plain text again");
    }
}
