package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverage FILE} on a small file: the table a curator reads to find the years a country has no event. */
class CoverageCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String event(String id, String date, String country, double lat, double lon) {
        return """
                {"id": "%s", "date": "%s", "datePrecision": "day", "category": "attack", "subtype": "bombing",
                 "title": "An attack", "summary": "Something happened.",
                 "places": [{"name": "A town", "country": "%s", "lat": %s, "lon": %s, "precision": "town"},
                            {"name": "Rabat", "country": "MA", "lat": 34.0132, "lon": -6.8326, "precision": "town"}],
                 "perpetrators": [], "states": [], "agencies": [], "killed": 1, "injured": null, "arrested": null,
                 "sources": [{"title": "T", "publisher": "AFP", "date": null, "url": "https://example.org/%s"}],
                 "confidence": "medium"}""".formatted(id, date, country, lat, lon, id);
    }

    private int run(Path file) {
        return CoverageCommand.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The table's cells in the row whose first cell is {@code label}. */
    private List<String> row(String label) {
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> Arrays.asList(l.trim().split("\\s+")))
                .filter(cells -> cells.get(0).equals(label)).findFirst().orElseThrow();
    }

    @Test
    void countsEventsByYearAndTheirFirstPlacesCountryAndShowsHolesAsDots(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"Small\", \"events\": [\n" + String.join(",\n",
                event("a", "2012-03-01", "ML", 16.27, -0.04),
                event("b", "2012-07-01", "ML", 12.61, -7.98),
                event("c", "2012-09-01", "FR", 48.85, 2.35),
                event("d", "2016-01-15", "BF", 12.37, -1.53),
                event("e", "2016-05-01", "IQ", 36.33, 43.12),
                event("f", "2005-06-04", "MR", 25.0, -5.5)) + "\n]}\n");

        assertEquals(0, run(file), err.toString(StandardCharsets.UTF_8));

        assertEquals(List.of("year", "MA", "DZ", "TN", "LY", "MR", "ML", "NE", "BF", "TD", "EH", "Europe", "other",
                "total"), row("year"));
        assertEquals(List.of("2012", ".", ".", ".", ".", ".", "2", ".", ".", ".", ".", "1", ".", "3"), row("2012"),
                "the second place (Rabat) is not counted");
        assertEquals(List.of("2016", ".", ".", ".", ".", ".", ".", ".", "1", ".", ".", ".", "1", "2"), row("2016"));
        assertEquals(List.of("2025", ".", ".", ".", ".", ".", ".", ".", ".", ".", ".", ".", ".", "."), row("2025"),
                "the rows run to 2025 even past the last event");
        assertEquals("2005", row("2005").get(0), "and start at the earliest event, before 2011");
        assertEquals(List.of("total", "0", "0", "0", "0", "1", "2", "0", "1", "0", "0", "1", "1", "6"), row("total"));
        long years = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("\\d{4} .*")).count();
        assertEquals(2025 - 2005 + 1, years, "one row for every year, empty ones included");
    }

    @Test
    void eventsThatCannotBeReadAreLeftOutAndSaidSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"Small\", \"events\": [\n"
                + event("a", "2012-03-01", "ML", 16.27, -0.04) + ",\n"
                + event("b", "2012-13-01", "ML", 12.61, -7.98) + "\n]}\n");
        assertEquals(1, run(file));
        assertEquals("1", row("total").get(row("year").indexOf("ML")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 of 2 events could not be read"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileOrNoFileIsAnError(@TempDir Path dir) {
        assertEquals(1, run(dir.resolve("missing.json")));
        assertEquals(2, CoverageCommand.run(new String[0], new PrintStream(out), new PrintStream(err)));
    }
}
