package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.MapExtent;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.MapViewport;
import org.sirocco.presentation.PresentationView;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Building a briefing as an officer does: scenes from views, names and notes, order, saving, presenting. */
@ExtendWith(ApplicationExtension.class)
class BriefingWorkflowTest {

    private static final TimeWindow TUNISIA_2015 = TimeWindow.ofDays(LocalDate.of(2015, 1, 1),
            LocalDate.of(2015, 12, 31));

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

    private Briefing briefing() {
        return window.briefing();
    }

    private void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openBriefingTab(FxRobot robot) {
        robot.clickOn(robot.lookup("#side-panel .tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void scenesCapturedFromTheViewCanBeNamedReorderedAndShownAgain(FxRobot robot) {
        fx(() -> {
            state().setTimeWindow(TUNISIA_2015);
            state().setFilter(new EventFilter(Set.of(Category.ATTACK), Set.of("TN")));
            window.map().zoom(2);
        });
        MapViewport tunisiaView = window.map().getViewport();
        openBriefingTab(robot);
        robot.clickOn("#scene-add");
        robot.clickOn("#scene-name").eraseText(20).write("Tunisia 2015");
        robot.clickOn("#scene-note").write("Bardo and Sousse");

        fx(() -> {
            window.filters().model().clearAll();
            window.map().fitRegion();
        });
        robot.clickOn("#scene-add");
        robot.clickOn("#scene-name").eraseText(20).write("Everything");

        assertEquals(List.of("Tunisia 2015", "Everything"), names());
        assertEquals("Bardo and Sousse", briefing().getScenes().get(0).note());
        assertTrue(briefing().isModified());

        robot.clickOn(cellText("2. Everything"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertEquals(List.of("Everything", "Tunisia 2015"), names());

        robot.doubleClickOn(cellText("2. Tunisia 2015"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TUNISIA_2015, state().getTimeWindow());
        assertEquals(Set.of("TN"), state().getFilter().countries());
        assertEquals(tunisiaView.metresPerPixel(), window.map().getViewport().metresPerPixel(), 1e-6);
        assertEquals(tunisiaView.centerX(), window.map().getViewport().centerX(), 1);
        assertTrue(window.filters().model().chips().size() >= 2, "the filter panel shows the scene's filters");

        robot.doubleClickOn(cellText("1. Everything"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state().getTimeWindow());
        assertTrue(state().getFilter().isEmpty());
    }

    @Test
    void updateReplacesTheViewButKeepsNameAndNote(FxRobot robot) {
        openBriefingTab(robot);
        robot.clickOn("#scene-add");
        robot.clickOn("#scene-note").write("keep me");
        fx(() -> state().setTimeWindow(TUNISIA_2015));
        robot.clickOn("#scene-update");
        BriefingScene s = briefing().getScenes().get(0);
        assertEquals(TUNISIA_2015, s.window());
        assertEquals("keep me", s.note());
        assertEquals("Scene 1", s.name());
        robot.clickOn("#scene-delete");
        assertTrue(briefing().getScenes().isEmpty());
    }

    @Test
    void aSavedBriefingOpensAgainAndTheTitleShowsUnsavedChanges(FxRobot robot, @TempDir Path dir)
            throws Exception {
        openBriefingTab(robot);
        robot.clickOn("#briefing-title").write("Morning brief");
        robot.clickOn("#scene-add");
        assertTrue(window.title().get().endsWith(" *"), window.title().get());

        Path file = dir.resolve("morning.briefing.json");
        AtomicReference<Boolean> saved = new AtomicReference<>();
        fx(() -> saved.set(window.briefingActions().save(file)));
        assertTrue(saved.get());
        assertFalse(briefing().isModified());
        assertTrue(window.title().get().endsWith("morning.briefing.json"), window.title().get());
        assertEquals("Morning brief", BriefingFile.load(file).title());

        fx(() -> briefing().replaceAll("", List.of(), null));
        fx(() -> window.briefingActions().open(file));
        assertEquals("Morning brief", briefing().getTitle());
        assertEquals(List.of("Scene 1"), names());
        assertFalse(briefing().isModified());
    }

    @Test
    void answeringSaveWritesTheBriefingBeforeClosing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("kept.briefing.json");
        openBriefingTab(robot);
        robot.clickOn("#scene-add");
        fx(() -> window.briefingActions().save(file));
        robot.clickOn("#scene-note").write("late note");
        assertTrue(briefing().isModified());

        AtomicReference<Boolean> goOn = new AtomicReference<>();
        Platform.runLater(() -> goOn.set(window.confirmClose()));
        robot.clickOn(button(waitForDialog(robot), "Save"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> goOn.get() != null);
        assertTrue(goOn.get());
        assertFalse(briefing().isModified());
        assertEquals("late note", BriefingFile.load(file).scenes().get(0).note(), "the note typed last is saved");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsThem(FxRobot robot) throws Exception {
        openBriefingTab(robot);
        robot.clickOn("#scene-add");

        AtomicReference<Boolean> goOn = new AtomicReference<>();
        Platform.runLater(() -> goOn.set(window.confirmClose()));
        DialogPane dialog = waitForDialog(robot);
        assertTrue(((Label) dialog.lookup(".header-panel .label")).getText().contains("Untitled briefing"));
        robot.clickOn(button(dialog, "Cancel"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> goOn.get() != null);
        assertFalse(goOn.get(), "Cancel stays");
        assertTrue(briefing().isModified());

        goOn.set(null);
        Platform.runLater(() -> goOn.set(window.confirmClose()));
        robot.clickOn(button(waitForDialog(robot), "Don't save"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> goOn.get() != null);
        assertTrue(goOn.get(), "Don't save lets the window close");
    }

    @Test
    void presentingStepsThroughScenesWithArrowsAndClickerKeysAndEscLeaves(FxRobot robot) throws Exception {
        BriefingScene all = new BriefingScene("All events", null, EventFilter.NONE, null, List.of(), "");
        BriefingScene tunisia = new BriefingScene("Tunisia, 2015", TUNISIA_2015,
                new EventFilter(Set.of(Category.ATTACK), Set.of("TN")),
                new MapExtent(9.6, 34.3, 700, 820),
                List.of("tn-2015-06-sousse-hotel-attack"), "Bardo, then Sousse");
        fx(() -> briefing().getScenes().setAll(all, tunisia));
        TimeWindow mainWindowBefore = state().getTimeWindow();

        fx(() -> window.present(0));
        PresentationView view = robot.lookup("#presentation").queryAs(PresentationView.class);
        assertNotNull(view, "the presentation is open");
        assertEquals("All events", ((Label) view.lookup("#presentation-title")).getText());
        assertEquals("1 of 2", ((Label) view.lookup("#presentation-counter")).getText());

        robot.type(KeyCode.RIGHT);
        assertEquals(1, view.getIndex());
        assertEquals("Tunisia, 2015", ((Label) view.lookup("#presentation-title")).getText());
        assertEquals("Bardo, then Sousse", ((Label) view.lookup("#presentation-note")).getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> TUNISIA_2015.equals(view.viewState().getTimeWindow()));
        ViewState shown = view.viewState();
        assertEquals(Set.of("TN"), shown.getFilter().countries());
        assertEquals(shown.store().indexOf("tn-2015-06-sousse-hotel-attack"), shown.getSelectedEvent());
        double[] sousse = view.map().getProjection().project(9.6, 34.3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Math.abs(view.map().getViewport().centerX() - sousse[0]) < 1);

        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, view.getIndex(), "a clicker's Page Up goes back");
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, view.getIndex(), "the last scene stays the last");

        Window stage = view.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertEquals(mainWindowBefore, state().getTimeWindow(), "presenting leaves the main window's view alone");
    }

    @Test
    void f5PresentsFromTheFirstSceneAndShiftF5FromTheChosenOne(FxRobot robot) {
        BriefingScene all = new BriefingScene("All events", null, EventFilter.NONE, null, List.of(), "");
        BriefingScene tunisia = new BriefingScene("Tunisia, 2015", TUNISIA_2015, EventFilter.NONE, null, List.of(),
                "");
        BriefingScene late = new BriefingScene("Later", null, EventFilter.NONE, null, List.of(), "");
        fx(() -> briefing().getScenes().setAll(all, tunisia, late));
        openBriefingTab(robot);
        robot.clickOn(cellText("3. Later"));

        robot.type(KeyCode.F5);
        PresentationView first = robot.lookup("#presentation").queryAs(PresentationView.class);
        assertEquals(0, first.getIndex(), "F5 starts at the first scene, whichever is chosen");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty());

        robot.clickOn(cellText("2. Tunisia, 2015"));
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationView chosen = robot.lookup("#presentation").queryAs(PresentationView.class);
        assertEquals(1, chosen.getIndex(), "Shift+F5 starts at the chosen scene");
        assertEquals("Tunisia, 2015", ((Label) chosen.lookup("#presentation-title")).getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> names() {
        return briefing().getScenes().stream().map(BriefingScene::name).toList();
    }

    private static Node cellText(String text) {
        ListView<?> list = (ListView<?>) new FxRobot().lookup("#scene-list").query();
        return new FxRobot().from(list).lookup((Label l) -> text.equals(l.getText())).query();
    }

    private static DialogPane waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        return robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane dialog, String text) {
        return dialog.getButtonTypes().stream().map(t -> (Button) dialog.lookupButton(t))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
