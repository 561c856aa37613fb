package org.sirocco.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings live where each system keeps its applications' settings. */
class ConfigFolderTest {

    @Test
    void eachSystemHasItsOwnPlace() {
        assertEquals(Path.of("C:\\Users\\a\\AppData\\Roaming", "Sirocco"), ConfigFolder.resolve(null, "Windows 11",
                "C:\\Users\\a", Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming")));
        assertEquals(Path.of("/Users/a/Library/Application Support/Sirocco"),
                ConfigFolder.resolve(null, "Mac OS X", "/Users/a", Map.of()));
        assertEquals(Path.of("/home/a/.config/sirocco"), ConfigFolder.resolve(null, "Linux", "/home/a", Map.of()));
        assertEquals(Path.of("/xdg/sirocco"), ConfigFolder.resolve(null, "Linux", "/home/a",
                Map.of("XDG_CONFIG_HOME", "/xdg")));
        assertEquals(Path.of("/home/a/.config/sirocco"), ConfigFolder.resolve(null, "Linux", "/home/a",
                Map.of("XDG_CONFIG_HOME", "relative")), "a relative XDG folder is ignored, as the spec says");
    }

    @Test
    void thePropertyOverridesTheSystemsPlace() {
        assertEquals(Path.of("/tmp/t"), ConfigFolder.resolve("/tmp/t", "Linux", "/home/a", Map.of()));
    }
}
