package org.sirocco.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's configuration folder for Sirocco on each system: {@code %APPDATA%\Sirocco} on Windows,
 * {@code ~/Library/Application Support/Sirocco} on macOS, {@code $XDG_CONFIG_HOME/sirocco} (by default
 * {@code ~/.config/sirocco}) elsewhere. The system property {@value #OVERRIDE} replaces it, which the tests use
 * so that they never touch a real user's settings.
 */
public final class ConfigFolder {

    public static final String OVERRIDE = "sirocco.config.dir";

    private static final UserFolder FOLDER = new UserFolder("APPDATA", new String[] {"AppData", "Roaming"},
            new String[0], "XDG_CONFIG_HOME", new String[] {".config"});

    private ConfigFolder() {
    }

    public static Path get() {
        return resolve(System.getProperty(OVERRIDE), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        return FOLDER.resolve(override, osName, home, env);
    }
}
