package org.sirocco.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
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
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.sirocco.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The list in French shows each event's French title, and the English one where the dataset gives none. */
@ExtendWith(ApplicationExtension.class)
class EventListLanguageTest {

    @Start
    void start(Stage stage) {
        LocalDate day = LocalDate.of(2012, 4, 1);
        Place timbuktu = new Place("Timbuktu", "ML", 16.77, -3.0, PlacePrecision.TOWN);
        Event seized = new Event("ml-1", day, day, DatePrecision.DAY, false, Category.TERRITORIAL,
                "territory_seized", "Armed groups take Timbuktu", "Summary.", List.of(timbuktu), List.of(),
                List.of(), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("A source", "A publisher", null, "https://example.org/1")), Confidence.HIGH, null)
                .withTitles(Map.of(Language.FRENCH, "Des groupes armés prennent Tombouctou"));
        Event untitled = new Event("ml-2", day.plusDays(1), day.plusDays(1), DatePrecision.DAY, false,
                Category.TERRITORIAL, "territory_seized", "Armed groups hold Gao", "Summary.", List.of(timbuktu),
                List.of(), List.of(), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("A source", "A publisher", null, "https://example.org/2")), Confidence.HIGH, null);
        ViewState state = new ViewState(new Dataset("test", "", EventStore.of(List.of(seized, untitled)), false));
        stage.setScene(new Scene(new EventListView(state, Language.FRENCH.messages()), 900, 300));
        stage.show();
    }

    private static String titleIn(FxRobot robot, int row) {
        TableCell<?, ?> cell = robot.lookup("#event-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn().getId().equals("list-title") && !c.isEmpty()
                        && Integer.valueOf(row).equals(c.getItem()))
                .findFirst().orElseThrow();
        return cell.lookupAll("*").stream().filter(TextFlow.class::isInstance).map(TextFlow.class::cast)
                .findFirst().map(Snapshots::text).orElse(cell.getText());
    }

    @Test
    void theFrenchTitleIsShownInFrench(FxRobot robot) {
        assertEquals("Des groupes armés prennent Tombouctou", titleIn(robot, 0));
        assertEquals("Armed groups hold Gao", titleIn(robot, 1));
    }
}
