package org.sirocco.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's data lives where each system keeps applications' data, beside their settings. */
class DataFolderTest {

    @Test
    void eachSystemHasItsOwnPlace() {
        assertEquals(Path.of("C:\\Users\\a\\AppData\\Local", "Sirocco"), DataFolder.resolve(null, "Windows 11",
                "C:\\Users\\a", Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local")));
        assertEquals(Path.of("/Users/a/Library/Application Support/Sirocco/Data"),
                DataFolder.resolve(null, "Mac OS X", "/Users/a", Map.of()));
        assertEquals(Path.of("/home/a/.local/share/sirocco"), DataFolder.resolve(null, "Linux", "/home/a", Map.of()));
        assertEquals(Path.of("/xdg/sirocco"), DataFolder.resolve(null, "Linux", "/home/a",
                Map.of("XDG_DATA_HOME", "/xdg")));
        assertEquals(Path.of("/home/a/.local/share/sirocco"), DataFolder.resolve(null, "Linux", "/home/a",
                Map.of("XDG_DATA_HOME", "relative")));
    }

    @Test
    void thePropertyOverridesTheSystemsPlace() {
        assertEquals(Path.of("/tmp/d"), DataFolder.resolve("/tmp/d", "Linux", "/home/a", Map.of()));
    }
}
