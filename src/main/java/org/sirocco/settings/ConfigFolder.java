package org.sirocco.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's configuration folder for Sirocco on each system: {@code %APPDATA%\Sirocco} on Windows,
 * {@code ~/Library/Application Support/Sirocco} on macOS, {@code $XDG_CONFIG_HOME/sirocco} (by default
 * {@code ~/.config/sirocco}) elsewhere. The system property {@value #OVERRIDE} replaces it, which the tests use
 * so that they never touch a real user's settings.
 */
public final class ConfigFolder {

    public static final String OVERRIDE = "sirocco.config.dir";

    private ConfigFolder() {
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
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Sirocco")
                    : Path.of(home, "AppData", "Roaming", "Sirocco");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Sirocco");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG specification says a relative value is to be ignored.
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "sirocco") : Path.of(home, ".config", "sirocco");
    }
}
