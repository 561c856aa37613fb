package org.sirocco.settings;

import java.nio.file.Path;
import java.util.Locale;
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

    private DataFolder() {
    }

    public static Path get() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "Sirocco")
                    : Path.of(home, "AppData", "Local", "Sirocco");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Sirocco", "Data");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG specification says a relative value is to be ignored.
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "sirocco")
                : Path.of(home, ".local", "share", "sirocco");
    }
}
