package org.sirocco.edit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sirocco.edit.Curation;
import org.sirocco.edit.UnsavedChanges;

/**
 * Keeps the recovery journal up to date: a second after a change (two at most after any change, however many
 * follow), the unsaved changes are written on a thread of its own; once nothing is unsaved (saved, or undone back
 * to the file), the journal is removed. The changes are worked out on the application thread at each change,
 * which costs a comparison of references per event.
 */
public final class JournalKeeper implements AutoCloseable {

    static final long DELAY_MS = 1_000;
    private static final System.Logger LOG = System.getLogger(JournalKeeper.class.getName());

    private final Path file;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "recovery-journal");
        t.setDaemon(true);
        return t;
    });
    /** The newest changes not written yet; null when the last ones were written. */
    private final AtomicReference<UnsavedChanges> pending = new AtomicReference<>();

    /** Follows {@code curation} from now on, writing to {@code file}. */
    public JournalKeeper(Curation curation, Path file) {
        this.file = file;
        curation.revisionProperty().addListener((obs, old, now) -> changed(curation.unsavedChanges()));
    }

    public Path file() {
        return file;
    }

    private void changed(UnsavedChanges changes) {
        if (pending.getAndSet(changes) == null) {
            writer.schedule(this::writePending, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void writePending() {
        UnsavedChanges changes = pending.getAndSet(null);
        if (changes == null) {
            return;
        }
        try {
            if (changes.isEmpty()) {
                RecoveryJournal.delete(file);
            } else {
                RecoveryJournal.write(file, changes);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the recovery journal could not be written to " + file, e);
        }
    }

    /** Writes what is pending now and stops; a clean close leaves no journal when nothing is unsaved. */
    @Override
    public void close() {
        writer.execute(this::writePending);
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
