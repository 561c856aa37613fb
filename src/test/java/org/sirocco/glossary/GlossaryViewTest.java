package org.sirocco.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.Place;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The glossary as a reader sees it: whole names in a narrow list, and no name said twice. */
@ExtendWith(ApplicationExtension.class)
class GlossaryViewTest {

    private static final String LONG = "Ansar al-Sharia in the Islamic Maghreb";
    private GlossaryView glossary;
    private ViewState state;

    @Start
    void start(Stage stage) {
        Place gao = TestEvents.place("Gao", "ML", 16.27, -0.04);
        state = new ViewState(new Dataset("test", "", EventStore.of(List.of(
                event("is-1", "2015-05-01", Category.ATTACK, List.of("IS"), List.of(), gao),
                event("is-2", "2019-11-01", Category.ATTACK, List.of("IS"), List.of(), gao),
                event("is-3", "2020-01-09", Category.FORMATION, List.of("IS", "ISGS"), List.of(), gao),
                event("aqim-1", "2016-01-15", Category.ATTACK, List.of("AQIM"), List.of(), gao))), false));
        glossary = new GlossaryView(state, ResourceBundle.getBundle("i18n.messages"));
        glossary.catalogProperty().set(new ActorCatalog(List.of(
                new Actor(LONG, LONG, "group", "A group."),
                new Actor("AQIM", "Al-Qaeda in the Islamic Maghreb", "group", "Another group."),
                new Actor("ISGS", "Islamic State in the Greater Sahara", "group", "A branch."),
                new Actor("Crisis Group", "International Crisis Group", "group", "Not ISIS."),
                new Actor("IS Sahel", "Islamic State Sahel Province", "group", "Another branch."),
                new Actor("IS", "Islamic State (Daesh, ISIS, ISIL)", "group", "The organisation."))));
        stage.setScene(new Scene(glossary, 560, 400));
        stage.show();
    }

    @Test
    void aLongNameWrapsInTheListInsteadOfBeingCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds list = robot.lookup("#glossary-list").query().localToScene(
                robot.lookup("#glossary-list").query().getLayoutBounds());
        Label longName = robot.lookup(".glossary-cell-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(LONG)).findFirst().orElseThrow();
        Bounds name = longName.localToScene(longName.getLayoutBounds());
        assertTrue(name.getMaxX() <= list.getMaxX(), "inside the list: " + name + " in " + list);
        Text text = (Text) longName.lookup(".text");
        assertEquals(LONG, text.getText(), "whole, not cut short");
    }

    private List<String> listed(FxRobot robot) {
        return robot.lookup("#glossary-list").queryListView().getItems().stream().map(a -> ((Actor) a).name())
                .toList();
    }

    @Test
    void exactNamesAndAbbreviationsComeFirst(FxRobot robot) {
        robot.clickOn("#glossary-find").write("is");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("IS", "IS Sahel", "ISGS", "Ansar al-Sharia in the Islamic Maghreb", "AQIM",
                "Crisis Group"), listed(robot), "the name, names that begin so, then the rest alphabetically");
        assertEquals("IS", robot.lookup("#glossary-name").queryLabeled().getText(), "the best match is shown");

        robot.write("is");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("IS", "Crisis Group"), listed(robot),
                "ISIS, one of the names of IS, first; \"crisis\" is no match");
    }

    @Test
    void theCountSaidIsTheCountShowItsEventsShows(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> {
            state.setFilter(EventFilter.NONE.withCategories(Set.of(Category.ATTACK)));
            state.setTimeWindow(TimeWindow.ofDays(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31)));
            glossary.show("IS");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup("#glossary-count").queryLabeled().getText();
        assertTrue(said.startsWith("3 "), said);

        robot.clickOn("#glossary-show-events");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, state.getVisible().count(), "every event the count counted, whatever the filters were");
        assertEquals(EventFilter.NONE.withActors(Set.of("IS")), state.getFilter());
    }

    @Test
    void theFullNameIsGivenOnlyWhenItSaysMoreThanTheName(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> glossary.show("AQIM"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Al-Qaeda in the Islamic Maghreb", robot.lookup("#glossary-full-name").queryLabeled().getText());
        WaitForAsyncUtils.asyncFx(() -> glossary.show(LONG));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#glossary-full-name").tryQuery().isEmpty(), "not the same name twice");
    }
}
