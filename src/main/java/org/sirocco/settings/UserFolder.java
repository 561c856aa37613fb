package org.sirocco.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One kind of per-user folder as each system names it: an environment variable on Windows (with its usual place
 * under the home folder when unset), a folder under {@code ~/Library/Application Support} on macOS, and an XDG
 * variable with its default elsewhere. Paths under the home folder are given as their parts.
 */
record UserFolder(String windowsVariable, String[] windowsDefault, String[] macFolder, String xdgVariable,
        String[] xdgDefault) {

    /** The folder: {@code override} when given, else the system's place for it. */
    Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String variable = env.get(windowsVariable);
            return variable != null && !variable.isBlank() ? Path.of(variable, "Sirocco")
                    : Path.of(home, windowsDefault).resolve("Sirocco");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support").resolve(Path.of("Sirocco", macFolder));
        }
        String xdg = env.get(xdgVariable);
        // The XDG specification says a relative value is to be ignored.
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "sirocco")
                : Path.of(home, xdgDefault).resolve("sirocco");
    }
}
