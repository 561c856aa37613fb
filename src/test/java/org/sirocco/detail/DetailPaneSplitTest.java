package org.sirocco.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
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
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A split shows the group it left on a line of its own, apart from the new group, linked to the glossary. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneSplitTest {

    private ViewState state;
    private final List<String> shownActors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LocalDate day = LocalDate.of(2012, 12, 3);
        Event split = new Event("ml-2012-12-split", day, day, DatePrecision.MONTH, false, Category.FORMATION,
                "split", "Belmokhtar breaks with AQIM", "He formed his own brigade.",
                List.of(new Place("Gao", "ML", 16.27, -0.04, PlacePrecision.TOWN)), List.of("Al-Mulathameen"),
                List.of("AQIM"), List.of(), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("Belmokhtar quits AQIM", "AFP", "2012-12-03", "https://example.org/split")),
                Confidence.MEDIUM, null);
        state = new ViewState(new Dataset("test", "", EventStore.of(List.of(split)), false));
        DetailPane pane = new DetailPane(state, ResourceBundle.getBundle("i18n.messages"));
        pane.actorsProperty().set(new ActorCatalog(List.of(
                new Actor("AQIM", "Al-Qaeda in the Islamic Maghreb", "group", "Al-Qaeda's North African branch."),
                new Actor("Al-Mulathameen", "The Masked Ones", "group", "Belmokhtar's brigade."))));
        pane.setOnShowActor(shownActors::add);
        stage.setScene(new Scene(pane, 420, 700));
        stage.show();
    }

    @Test
    void theGroupASplitLeftIsAGlossaryLinkOnTheSplitFromLine(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Al-Mulathameen", actorOnLine(robot, "Perpetrators").getText());
        Hyperlink left = actorOnLine(robot, "Split from");
        assertEquals("AQIM", left.getText());
        robot.clickOn(left);
        assertEquals(List.of("AQIM"), shownActors);
    }

    /** The one actor link on the facts line labelled {@code label}. */
    private static Hyperlink actorOnLine(FxRobot robot, String label) {
        Label name = robot.lookup(".detail-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(label)).findFirst().orElseThrow();
        Integer row = GridPane.getRowIndex(name);
        List<Hyperlink> links = robot.lookup(".detail-actor").queryAllAs(Hyperlink.class).stream()
                .filter(h -> row.equals(GridPane.getRowIndex(cellOf(h)))).toList();
        assertEquals(1, links.size(), () -> "links on the " + label + " line: " + links);
        return links.get(0);
    }

    private static Node cellOf(Node node) {
        Node n = node;
        while (!(n.getParent() instanceof GridPane)) {
            n = n.getParent();
        }
        return n;
    }
}
