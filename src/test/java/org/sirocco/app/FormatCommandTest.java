package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code format FILE...}: the canonical form for hand-edited files, and refusal of files that do not validate. */
class FormatCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final String EVENT = """
            {"id": "%s", "date": "%s", "datePrecision": "day", "category": "attack", "subtype": "bombing",
             "title": "An attack", "summary": "Something happened.", "confidence": "medium",
             "places": [{"name": "Gao", "country": "ML", "lat": 16.27, "lon": -0.04, "precision": "town"}],
             "perpetrators": [], "states": [], "agencies": [], "killed": 1, "injured": null, "arrested": null,
             "sources": [{"title": "T", "publisher": "AFP", "date": null, "url": "https://example.org/%s"}]}""";

    private int run(Path... files) {
        String[] args = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            args[i] = files[i].toString();
        }
        return FormatCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aHandEditedFileIsRewrittenSortedAndIndentedAndAFormattedFileStaysAsItIs(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"Small\", \"events\": [\n"
                + EVENT.formatted("ml-2013-02-b", "2013-02-01", "b") + ",\n"
                + EVENT.formatted("ml-2012-05-a", "2012-05-01", "a") + "]}");

        assertEquals(0, run(file), out + " " + err);
        String formatted = Files.readString(file);
        assertTrue(formatted.indexOf("ml-2012-05-a") < formatted.indexOf("ml-2013-02-b"), "sorted by date");
        assertTrue(formatted.startsWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"Small\",\n  \"events\": [\n    {\n"
                + "      \"id\": \"ml-2012-05-a\",\n      \"date\": \"2012-05-01\",\n"), formatted);
        assertTrue(formatted.indexOf("\"sources\"") < formatted.indexOf("\"confidence\""), "the schema's order");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("formatted, 2 events"));

        byte[] once = Files.readAllBytes(file);
        assertEquals(0, run(file));
        assertArrayEquals(once, Files.readAllBytes(file));
    }

    @Test
    void theBundledDatasetIsAlreadyInCanonicalForm(@TempDir Path dir) throws IOException {
        byte[] bundled;
        try (InputStream in = getClass().getResourceAsStream("/data/events.json")) {
            bundled = in.readAllBytes();
        }
        Path file = dir.resolve("events.json");
        Files.write(file, bundled);
        assertEquals(0, run(file), out.toString(StandardCharsets.UTF_8));
        assertArrayEquals(bundled, Files.readAllBytes(file));
    }

    @Test
    void aFileThatDoesNotValidateIsLeftAsItWasWithEveryProblemListed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        String text = "{\"schemaVersion\": 1, \"name\": \"Small\", \"events\": [\n"
                + EVENT.formatted("ml-2013-02-b", "2013-02-30", "b") + ",\n"
                + EVENT.formatted("ml-2012-05-a", "2012-05-01", "a").replace("\"lat\": 16.27", "\"lat\": 95") + "]}";
        Files.writeString(file, text);
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"schemaVersion\": 1, \"name\": \"Good\", \"events\": ["
                + EVENT.formatted("ml-2012-05-a", "2012-05-01", "a") + "]}");

        assertEquals(1, run(file, good));
        assertEquals(text, Files.readString(file));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("event ml-2013-02-b: date: \"2013-02-30\": not a real calendar date"), printed);
        assertTrue(printed.contains("event ml-2012-05-a: places[0].lat: 95.0 is not a latitude"), printed);
        assertTrue(printed.contains("broken.json: not formatted, 2 problem(s)"), printed);
        assertTrue(printed.contains("good.json: formatted, 1 events"), "the other files are still formatted");
    }
}
