package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff OLD NEW}: what a curator added, removed and changed between two versions of a file. */
class DiffCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final String EVENT = """
            {"id": "%s", "date": "2013-02-01", "datePrecision": "day", "category": "attack", "subtype": "bombing",
             "title": "%s", "summary": "Something happened.", "confidence": "medium",
             "places": [{"name": "Gao", "country": "ML", "lat": 16.27, "lon": -0.04, "precision": "town"}],
             "perpetrators": [], "states": [], "agencies": [], "killed": %s, "injured": null, "arrested": null,
             "sources": [{"title": "T", "publisher": "AFP", "date": null, "url": "https://example.org/%s"}]}""";

    private static Path file(Path dir, String name, String... events) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"schemaVersion\": 1, \"name\": \"V\", \"events\": [" + String.join(",", events)
                + "]}");
        return f;
    }

    private int run(String... args) {
        return DiffCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonListsTheIdsAddedRemovedAndTheChangedFieldsOfEachChangedEvent(@TempDir Path dir) throws IOException {
        Path old = file(dir, "old.json", EVENT.formatted("ml-a", "Bomb in Gao", "3", "a"),
                EVENT.formatted("ml-b", "Attack on a convoy", "null", "b"),
                EVENT.formatted("ml-c", "Same as before", "1", "c"));
        Path now = file(dir, "new.json", EVENT.formatted("ml-a", "Car bomb in Gao", "{\"min\": 3, \"max\": 5}", "a"),
                EVENT.formatted("ml-c", "Same as before", "1", "c"),
                EVENT.formatted("ml-d", "A new one", "null", "d"));

        assertEquals(0, run(old.toString(), now.toString(), "--json"), err.toString(StandardCharsets.UTF_8));
        assertEquals("{\"added\":[\"ml-d\"],\"removed\":[\"ml-b\"],\"changed\":[{\"id\":\"ml-a\",\"fields\":"
                + "[\"title\",\"killed\"]}]}", out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void theTextListShowsChangedFieldsOldAndNew(@TempDir Path dir) throws IOException {
        Path old = file(dir, "old.json", EVENT.formatted("ml-a", "Bomb in Gao", "3", "a"));
        Path now = file(dir, "new.json", EVENT.formatted("ml-a", "Bomb in Gao", "4", "a"));
        assertEquals(0, run(old.toString(), now.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("added: 0, removed: 0, changed: 1"), text);
        assertTrue(text.contains("~ ml-a  Bomb in Gao\n    killed: 3\n      -> 4\n"), text);
    }

    @Test
    void wrongUsageIsStatusTwo() {
        assertEquals(2, run("only-one.json"));
    }
}
