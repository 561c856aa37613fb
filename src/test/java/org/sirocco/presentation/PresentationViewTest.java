package org.sirocco.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.GeoProjection;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting with the mouse, as in slide tools: click for the next scene, right-click for the previous one. */
@ExtendWith(ApplicationExtension.class)
class PresentationViewTest {

    private PresentationView view;

    @Start
    void start(Stage stage) {
        Dataset dataset = Startup.load(null).data().dataset();
        MapView template = new MapView(new ViewState(dataset), GeoProjection.region());
        List<BriefingScene> scenes = List.of(
                new BriefingScene("All events", null, EventFilter.NONE, null, List.of(), ""),
                new BriefingScene("January 2013", TimeWindow.ofDays(LocalDate.of(2013, 1, 1),
                        LocalDate.of(2013, 2, 28)), EventFilter.NONE, null, List.of(), "Serval"),
                new BriefingScene("2015", TimeWindow.ofDays(LocalDate.of(2015, 1, 1),
                        LocalDate.of(2015, 12, 31)), EventFilter.NONE, null, List.of(), ""));
        view = new PresentationView(dataset, template, scenes, ResourceBundle.getBundle("i18n.messages"));
        stage.setScene(new Scene(view, 1000, 680));
        view.go(0);
        stage.show();
    }

    private String title() {
        return ((Label) view.lookup("#presentation-title")).getText();
    }

    private void click(FxRobot robot, Node node, double x, double y, MouseButton button) {
        robot.moveTo(node.localToScreen(x, y)).clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickOnTheCaptionGoesToTheNextSceneAndARightClickToThePreviousOne(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node caption = view.lookup("#presentation-note").getParent();
        click(robot, caption, 200, 10, MouseButton.PRIMARY);
        assertEquals(1, view.getIndex());
        assertEquals("January 2013", title());
        click(robot, view.lookup("#presentation-note"), 20, 5, MouseButton.SECONDARY);
        assertEquals(0, view.getIndex(), "a right click goes back");
        assertEquals("All events", title());
    }

    @Test
    void theTimelineKeepsItsClicks(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, view.timeline(), 20, 40, MouseButton.PRIMARY); // the first lane's name
        assertFalse(view.timeline().getCollapsedLanes().isEmpty(), "the lane collapsed");
        assertEquals(0, view.getIndex(), "the click was the timeline's");
    }

    @Test
    void aHintTellsHowToMoveBetweenScenes() {
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = (Label) view.lookup("#presentation-hint");
        assertTrue(hint.isVisible() && hint.getText().contains("Click") && hint.getText().contains("Esc"),
                hint.getText());
    }
}
