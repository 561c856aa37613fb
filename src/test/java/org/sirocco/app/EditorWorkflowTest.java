package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.edit.EventDraft;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A curator writes events in the editor: from a point of the map, corrected, refused while wrong, warned. */
@ExtendWith(ApplicationExtension.class)
class EditorWorkflowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1600, 1000));
        stage.show();
    }

    private ViewState state() {
        return window.viewState();
    }

    private void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node editorNode(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).query();
    }

    private static void write(FxRobot robot, String id, String text) throws Exception {
        robot.clickOn(editorNode(robot, id));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static String error(FxRobot robot, String id) {
        Label l = robot.lookup("#editor-error-" + id).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void anEventAddedFromTheMapIsCorrectedIntoARangeAndUndoneAndRedone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // Right click over Gao, Mali.
        double[] xy = window.map().getProjection().project(-0.0447, 16.2717);
        Point2D gao = window.map().localToScreen(window.map().snappedLeftInset()
                + window.map().getViewport().toScreenX(xy[0], window.map().contentWidth()),
                window.map().snappedTopInset() + window.map().getViewport().toScreenY(xy[1],
                        window.map().contentHeight()));
        robot.moveTo(gao).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".context-menu").tryQuery().isPresent());
        robot.clickOn("New event here\u2026");

        TextField country = (TextField) editorNode(robot, "editor-place-country-0");
        assertEquals("ML", country.getText(), "the country under the point");
        String placeName = ((TextField) robot.lookup("#editor-place-name-0").query()).getText();
        assertEquals("Gao", placeName, "the nearest town of the gazetteer");
        assertFalse(((TextField) robot.lookup("#editor-place-lat-0").query()).getText().isBlank());

        write(robot, "editor-title", "Rocket fire on Gao airport");
        write(robot, "editor-summary", "Rockets hit the airport area. No one was hurt.");
        fx(() -> robot.lookup("#editor-subtype").queryAs(ChoiceBox.class).setValue("rocket_attack"));
        write(robot, "editor-date", "2024-02-03");
        write(robot, "editor-source-title-0", "Rockets on Gao");
        write(robot, "editor-source-publisher-0", "AFP");
        write(robot, "editor-source-url-0", "https://example.org/gao-rockets");
        Button save = robot.lookup("#editor-save").queryAs(Button.class);
        assertFalse(save.isDisabled(), () -> robot.lookup("#editor-errors").queryAs(Label.class).getText());
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();

        String id = "ml-2024-02-rocket-fire-on-gao-airport";
        int index = state().store().indexOf(id);
        assertTrue(index >= 0, "the event is in the dataset under the schema's id");
        assertEquals(index, state().getSelectedEvent(), "and selected, so the detail panel shows it");
        Event added = state().store().event(index);
        assertNotNull(added.added());
        assertTrue(state().getVisible().contains(index), "the map and the list show it");

        robot.clickOn(robot.lookup("#detail-edit").queryAs(Button.class));
        fx(() -> robot.lookup("#editor-killed-kind").queryAs(ChoiceBox.class)
                .setValue(EventDraft.CountDraft.Kind.RANGE));
        write(robot, "editor-killed-low", "2");
        write(robot, "editor-killed-high", "4");
        robot.clickOn("#editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        Event ranged = state().store().event(state().store().indexOf(id));
        assertEquals(Count.range(2, 4), ranged.killed());
        assertEquals(added.added(), ranged.added(), "when it was added stays");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Count.UNKNOWN, state().store().event(state().store().indexOf(id)).killed());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, state().store().indexOf(id), "undoing the addition removes it");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Count.range(2, 4), state().store().event(state().store().indexOf(id)).killed());
    }

    @Test
    void theEditorRefusesABadDateALatitudeOf95AndNoSourceEachAtItsField(FxRobot robot) throws Exception {
        fx(() -> state().setSelectedEvent(state().store().indexOf("tn-2015-06-sousse-hotel-attack")));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        write(robot, "editor-date", "2015-06-31");
        write(robot, "editor-place-lat-0", "95");
        robot.clickOn(robot.lookup("#editor-source-remove-0").queryAs(Button.class));
        while (robot.lookup("#editor-source-remove-0").tryQuery().isPresent()) {
            robot.clickOn(robot.lookup("#editor-source-remove-0").queryAs(Button.class));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("\"2015-06-31\": not a real calendar date", error(robot, "date"));
        assertEquals("95.0 is not a latitude (-90.0 to 90.0)", error(robot, "places-0-lat"));
        assertEquals("at least one source is required", error(robot, "sources"));
        assertTrue(robot.lookup("#editor-save").queryAs(Button.class).isDisabled(), "saving is refused");

        write(robot, "editor-date", "2015-06-26");
        assertEquals("", error(robot, "date"), "the message goes as soon as the date is right");
        robot.clickOn("#editor-cancel");
    }

    @Test
    void aDuplicateIsSavedWithAWarningThatLinksToTheOtherEvent(FxRobot robot) throws Exception {
        int sousse = state().store().indexOf("tn-2015-06-sousse-hotel-attack");
        fx(() -> state().setSelectedEvent(sousse));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        editorNode(robot, "editor-warnings");
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink show = robot.lookup(".editor-warning-link").queryAs(Hyperlink.class);
        Label warning = robot.lookup(".editor-warning").queryAs(Label.class);
        assertTrue(warning.getText().startsWith("Likely the same event as"), warning.getText());
        assertFalse(robot.lookup("#editor-save").queryAs(Button.class).isDisabled(), "a warning allows saving");
        fx(() -> state().setSelectedEvent(-1));
        robot.clickOn(show);
        assertEquals(sousse, state().getSelectedEvent(), "the link goes to the other event");
        robot.clickOn("#editor-cancel");
    }
}
