package org.sirocco.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's data folder for Sirocco, beside the configuration folder as each system has it: where the user's copy
 * of the dataset, the actors added to the catalogue and the recovery journal of unsaved edits are kept.
 * {@code %LOCALAPPDATA%\Sirocco} on Windows, {@code ~/Library/Application Support/Sirocco/Data} on macOS (the same
 * folder holds settings there), {@code $XDG_DATA_HOME/sirocco} (by default {@code ~/.local/share/sirocco})
 * elsewhere. The system property {@value #OVERRIDE} replaces it, which the tests use so that they never write in a
 * real user's folders.
 */
public final class DataFolder {

    public static final String OVERRIDE = "sirocco.data.dir";
    /** The user's copy of the dataset, which the app opens from the first save of the bundled one. */
    public static final String DATASET = "events.json";

    private static final UserFolder FOLDER = new UserFolder("LOCALAPPDATA", new String[] {"AppData", "Local"},
            new String[] {"Data"}, "XDG_DATA_HOME", new String[] {".local", "share"});

    private DataFolder() {
    }

    public static Path get() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        return FOLDER.resolve(override, osName, home, env);
    }
}
