package org.sirocco.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sirocco.settings.io.SettingsFile;

/**
 * The settings of this run, observable, and written back to the settings file in the background after each change
 * (the newest value wins; {@link #close()} waits for the last write). Changed on the JavaFX application thread.
 */
public final class UserSettings implements AutoCloseable {

    public static final String FILE_NAME = "settings.json";
    private static final System.Logger LOG = System.getLogger(UserSettings.class.getName());

    private final Path file;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final String problem;
    private final Path setAside;
    private final ExecutorService writer;
    /** The newest settings, for the writer thread; it skips a value it has already written. */
    private volatile Settings latest;
    private Settings written;

    private UserSettings(Path file, SettingsFile.Loaded loaded) {
        this.file = file;
        this.settings.set(loaded.settings());
        this.problem = loaded.problem();
        this.setAside = loaded.setAside();
        this.writer = file == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "settings-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Settings that start as the defaults and are never written: for tests and command-line tools. */
    public static UserSettings inMemory() {
        return new UserSettings(null, new SettingsFile.Loaded(Settings.DEFAULTS, null, null));
    }

    /** The settings kept in {@code folder}'s settings file. */
    public static UserSettings in(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return new UserSettings(file, SettingsFile.load(file));
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings get() {
        return settings.get();
    }

    /** Changes the settings and has them written. */
    public void update(UnaryOperator<Settings> change) {
        Settings now = change.apply(settings.get());
        if (now.equals(settings.get())) {
            return;
        }
        settings.set(now);
        if (writer != null) {
            latest = now;
            writer.execute(this::writeLatest);
        }
    }

    /** On the writer thread: several quick changes make one write of the last of them. */
    private void writeLatest() {
        Settings s = latest;
        if (s == written) {
            return;
        }
        try {
            SettingsFile.save(file, s);
            written = s;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the settings could not be written to " + file, e);
        }
    }

    /** Why the settings file could not be used at start (it was set aside), or null. */
    public String problem() {
        return problem;
    }

    /** Where the unreadable settings file was moved, or null. */
    public Path setAside() {
        return setAside;
    }

    /** Waits (briefly) for the last write. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
