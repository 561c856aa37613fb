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
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.GeoProjection;
import org.sirocco.i18n.Language;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting with the mouse, as in slide tools: click for the next scene, right-click for the previous one. */
@ExtendWith(ApplicationExtension.class)
class PresentationViewTest {

    private static final String LONG_TITLE = "September 2021: Algeria closes its airspace to all Moroccan civil and"
            + " military aircraft, a month after severing diplomatic relations";
    private static final String LONG_NOTE = "Algiers cited \u201cprovocations and hostile practices\u201d; the"
            + " Maghreb\u2013Europe gas pipeline through Morocco was not renewed at the end of October, and the land"
            + " border, closed since 1994, stayed closed.";

    private PresentationView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Dataset dataset = Startup.load(null).data().dataset();
        MapView template = new MapView(new ViewState(dataset), GeoProjection.region(), Language.ENGLISH.messages());
        List<BriefingScene> scenes = List.of(
                new BriefingScene("All events", null, EventFilter.NONE, null, List.of(), ""),
                new BriefingScene("January 2013", TimeWindow.ofDays(LocalDate.of(2013, 1, 1),
                        LocalDate.of(2013, 2, 28)), EventFilter.NONE, null, List.of(), "Serval"),
                new BriefingScene("2015", TimeWindow.ofDays(LocalDate.of(2015, 1, 1),
                        LocalDate.of(2015, 12, 31)), EventFilter.NONE, null, List.of(), ""),
                new BriefingScene(LONG_TITLE, TimeWindow.ofDays(LocalDate.of(2021, 8, 24),
                        LocalDate.of(2021, 11, 30)), EventFilter.NONE, null, List.of(), LONG_NOTE));
        view = new PresentationView(dataset, template, scenes, ResourceBundle.getBundle("i18n.messages"));
        Scene scene = new Scene(view, 1000, 680);
        // The window's stylesheets, and the projector theme with its large type, as PresentationWindow gives them.
        scene.getStylesheets().addAll(getClass().getResource("/styles/sirocco.css").toExternalForm(),
                getClass().getResource("/styles/projector.css").toExternalForm());
        stage.setScene(scene);
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
    void aLongTitleAndNoteWrapInsteadOfBeingCutAtEverySizeFromASmallLaptopUp(FxRobot robot) {
        // A window of its own, as a presentation has: resizing the tests' shared window would resize it for the
        // tests that come after.
        Stage own = FxThread.call(() -> {
            List<String> stylesheets = List.copyOf(stage.getScene().getStylesheets());
            stage.getScene().setRoot(new Region());
            Stage window = new Stage();
            window.setScene(new Scene(view));
            window.getScene().getStylesheets().addAll(stylesheets);
            window.show();
            view.go(3);
            return window;
        });
        try {
            assertTitleNoteAndDatesWrap(own);
        } finally {
            robot.interact(own::close);
        }
    }

    private void assertTitleNoteAndDatesWrap(Stage own) {
        FxRobot robot = new FxRobot();
        for (double[] size : new double[][] {{1280, 720}, {1600, 1000}, {1920, 1080}}) {
            robot.interact(() -> {
                own.setWidth(size[0]);
                own.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#presentation-title", "#presentation-window", "#presentation-note")) {
                Label label = (Label) view.lookup(id);
                Text shown = (Text) label.lookup(".text");
                assertEquals(label.getText(), shown.getText(), id + " is shown whole at " + size[0] + "\u00d7"
                        + size[1]);
                assertTrue(label.getLayoutBounds().getHeight() >= shown.getLayoutBounds().getHeight() - 0.5,
                        id + " has the height of its lines");
            }
            Label title = (Label) view.lookup("#presentation-title");
            assertEquals(34, title.getFont().getSize(), "the projector theme's title");
            assertTrue(title.getHeight() > 1.8 * title.getFont().getSize(),
                    "the title takes two lines at " + size[0] + ": " + title.getHeight());
            assertTrue(view.map().getHeight() > size[1] / 3, "the map keeps most of the screen: "
                    + view.map().getHeight());
        }
    }

    @Test
    void aHintTellsHowToMoveBetweenScenes() {
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = (Label) view.lookup("#presentation-hint");
        assertTrue(hint.isVisible() && hint.getText().contains("Click") && hint.getText().contains("Esc"),
                hint.getText());
    }
}
