package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.edit.ChangeEvent;
import org.sirocco.edit.Curation;
import org.sirocco.edit.DeleteEvents;
import org.sirocco.edit.ui.CompareWindow;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a curator does in the main window: delete, undo and redo, with every view following at once. */
@ExtendWith(ApplicationExtension.class)
class CurationWorkflowTest {

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

    private Curation curation() {
        return window.curationActions().curation();
    }

    private void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> rows(FxRobot robot) {
        return robot.lookup("#event-table .table-row-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).toList();
    }

    private String idOfRow(Node row) {
        return state().store().event((Integer) ((javafx.scene.control.TableRow<?>) row).getItem()).id();
    }

    @Test
    void deletingTwoEventsChosenInTheListThenUndoingAndRedoingKeepsTheViewAsItWas(FxRobot robot) {
        fx(() -> {
            state().setFilter(new EventFilter(Set.of(Category.ATTACK), Set.of("TN")));
            state().setTimeWindow(TUNISIA_2015);
        });
        int total = state().store().size();
        int shown = state().getVisible().count();
        List<Node> rows = rows(robot);
        String first = idOfRow(rows.get(0));
        String second = idOfRow(rows.get(1));
        robot.clickOn(rows.get(0));
        robot.press(KeyCode.CONTROL).clickOn(rows.get(1)).release(KeyCode.CONTROL);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(total - 2, state().store().size());
        assertEquals(-1, state().store().indexOf(first));
        assertEquals(-1, state().store().indexOf(second));
        assertEquals(shown - 2, state().getVisible().count(), "the map and the list show two events fewer");
        assertEquals(TUNISIA_2015, state().getTimeWindow(), "the time window stays");
        assertEquals(Set.of("TN"), state().getFilter().countries(), "the filters stay");
        assertEquals("delete of 2 events", curation().undoTextProperty().get());
        assertTrue(curation().isModified());
        assertTrue(window.title().get().startsWith(state().getDataset().name() + " *"), window.title().get());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(total, state().store().size());
        assertEquals(shown, state().getVisible().count());
        assertFalse(curation().isModified(), "undoing every change is the file as it was");
        assertEquals("delete of 2 events", curation().redoTextProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(total - 2, state().store().size(), "Ctrl+Y redoes");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(total - 2, state().store().size(), "Ctrl+Shift+Z redoes");
    }

    @Test
    void theBundledDatasetIsSavedAsACopyInTheDataFolderWhichReopensAsItWasLeft(FxRobot robot, @TempDir Path folder)
            throws Exception {
        window.curationActions().setDataFolder(folder);
        List<Node> rows = rows(robot);
        String first = idOfRow(rows.get(0));
        String second = idOfRow(rows.get(1));
        robot.clickOn(rows.get(0));
        robot.press(KeyCode.SHIFT).clickOn(rows.get(1)).release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        int left = state().store().size();

        AtomicReference<Boolean> saved = new AtomicReference<>();
        Platform.runLater(() -> saved.set(window.curationActions().save()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#save-copy-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#save-copy-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.getButtonTypes().stream().map(t -> (Button) dialog.lookupButton(t))
                .filter(b -> b.getText().equals("Save a copy")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.get() != null);
        assertTrue(saved.get());
        Path copy = folder.resolve("events.json");
        assertTrue(Files.isRegularFile(copy));
        assertEquals(copy, curation().getFile(), "the copy is the dataset's file from now on");
        assertFalse(curation().isModified());

        fx(() -> window.openBundled());
        assertEquals(left + 2, state().store().size(), "the bundled dataset is as it came");
        fx(() -> window.open(copy));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state().store().size() == left);
        assertEquals(-1, state().store().indexOf(first));
        assertEquals(-1, state().store().indexOf(second));
        assertEquals(copy, curation().getFile());

        // A second save keeps the first one beside it.
        fx(() -> state().setSelectedEvent(0));
        robot.clickOn(rows(robot).get(0));
        robot.type(KeyCode.DELETE);
        fx(() -> window.curationActions().save());
        assertEquals(left, new DatasetReader(Set.of()).read(folder.resolve("events.json.bak")).dataset().store()
                .size());
        assertEquals(left - 1, new DatasetReader(Set.of()).read(copy).dataset().store().size());
    }

    @Test
    void comparingWithTheFileAsItWasListsTheDeletedAndTheChangedEventsAndAClickSelectsOne(FxRobot robot,
            @TempDir Path folder) throws Exception {
        Path before = folder.resolve("before.json");
        fx(() -> window.curationActions().save(before));
        int bardo = state().store().indexOf("tn-2015-03-bardo-museum-attack");
        Event sousse = state().store().event(state().store().indexOf("tn-2015-06-sousse-hotel-attack"));
        fx(() -> {
            curation().apply(new DeleteEvents(List.of(state().store().event(bardo))));
            curation().apply(new ChangeEvent(sousse, TestEvents.withKilled(sousse, Count.range(38, 40))));
            state().setSelectedEvent(-1);
        });

        AtomicReference<CompareWindow> compare = new AtomicReference<>();
        fx(() -> compare.set(window.curationActions().compareWith(before)));
        ListView<?> list = robot.lookup("#compare-list").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());
        assertTrue(robot.lookup("#compare-header").queryAs(Label.class).getText()
                .contains("0 added, 1 removed, 1 changed"));
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sousse.id(), state().store().event(state().getSelectedEvent()).id(),
                "a click selects the event in the main window");
        GridPane fields = robot.lookup("#compare-fields").queryAs(GridPane.class);
        List<String> texts = fields.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("Field", "Before", "Now", "killed", sousse.killed().toString(), "38\u201340"), texts);
        fx(() -> compare.get().stage().close());
    }
}
