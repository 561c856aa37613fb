package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Count;
import org.sirocco.edit.io.RecoveryJournal;
import org.sirocco.state.ViewState;
import org.sirocco.testing.ChildJvm;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edits survive a crash: the journal of a killed app is offered back at the next start, and nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @Test
    void editsOfAKilledAppAreRestoredAtTheNextStart(FxRobot robot, @TempDir Path dataFolder) throws Exception {
        Path journal = RecoveryJournal.in(dataFolder);
        try (ChildJvm child = ChildJvm.start(EditingChild.class, dataFolder.toString())) {
            child.awaitLine("EDITED", 180);
            // The journal follows the edits within seconds; how soon is not what this test is about.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(journal)
                    && Files.readString(journal).contains(EditingChild.DELETED));
            child.kill();
        }

        window.curationActions().setDataFolder(dataFolder);
        Platform.runLater(window::offerRecovery);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recover-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#recover-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.getButtonTypes().stream().map(t -> (Button) dialog.lookupButton(t))
                .filter(b -> b.getText().equals("Restore")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        ViewState state = window.viewState();
        assertEquals(-1, state.store().indexOf(EditingChild.DELETED), "the deleted event stays deleted");
        int changed = state.store().indexOf(EditingChild.CHANGED);
        assertEquals(Count.range(38, 39), state.store().event(changed).killed(), "the changed toll is back");
        assertTrue(window.curationActions().curation().isModified(), "restored changes still need saving");
        assertEquals("restore of 2 unsaved changes", window.curationActions().curation().undoTextProperty().get());

        WaitForAsyncUtils.asyncFx(() -> window.curationActions().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.store().indexOf(EditingChild.DELETED) >= 0, "the restore is one step that can be undone");
        assertFalse(window.curationActions().curation().isModified());
    }
}
