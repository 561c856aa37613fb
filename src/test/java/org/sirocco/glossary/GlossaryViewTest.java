package org.sirocco.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Start
    void start(Stage stage) {
        ViewState state = new ViewState(new Dataset("test", "", EventStore.of(List.of()), false));
        glossary = new GlossaryView(state, ResourceBundle.getBundle("i18n.messages"));
        glossary.catalogProperty().set(new ActorCatalog(List.of(
                new Actor(LONG, LONG, "group", "A group."),
                new Actor("AQIM", "Al-Qaeda in the Islamic Maghreb", "group", "Another group."))));
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
