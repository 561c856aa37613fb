package org.sirocco.app;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.TestEvents;
import org.sirocco.edit.ChangeEvent;
import org.sirocco.edit.Curation;
import org.sirocco.edit.DeleteEvents;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Headless;

/**
 * Run by {@link RecoveryTest} in a JVM of its own: the main window on the bundled dataset, keeping its recovery
 * journal in the folder given, makes two edits and prints {@code EDITED}, then waits to be killed.
 */
public final class EditingChild {

    static final String DELETED = "tn-2015-03-bardo-museum-attack";
    static final String CHANGED = "tn-2015-06-sousse-hotel-attack";

    private EditingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataFolder = Path.of(args[0]);
        Headless.startToolkit();
        Startup startup = Startup.load(null);
        FxThread.call(() -> {
            MainWindow window = new MainWindow(startup);
            window.curationActions().setDataFolder(dataFolder);
            Stage stage = new Stage();
            stage.setScene(new Scene(window.root(), 1280, 800));
            stage.show();
            window.keepJournal();
            Curation curation = window.curationActions().curation();
            Event deleted = window.viewState().store().event(window.viewState().store().indexOf(DELETED));
            curation.apply(new DeleteEvents(List.of(deleted)));
            Event changed = window.viewState().store().event(window.viewState().store().indexOf(CHANGED));
            curation.apply(new ChangeEvent(changed, TestEvents.withKilled(changed, Count.range(38, 39))));
            return null;
        });
        System.out.println("EDITED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
