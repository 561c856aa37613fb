package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;

/** The CSV export opens in a spreadsheet as it is meant: accents, quoting, and no formula run from a cell. */
class CsvExportTest {

    private static Event event(String title, String summary, double lon) {
        LocalDate d = LocalDate.of(2016, 2, 18);
        return new Event("ml-2016-02-x", d, d, DatePrecision.DAY, false, Category.ATTACK, "bombing", title, summary,
                List.of(new Place("Ségou", "ML", 13.45, lon, PlacePrecision.TOWN),
                        new Place("Gao", "ML", 16.27, -0.04, PlacePrecision.REGION)),
                List.of("AQIM", "JNIM"), List.of(), List.of(), Count.range(3, 5), Count.UNKNOWN, Count.exact(0),
                List.of(new Source("Report", "Le Monde", "2016-02-19", "https://example.org/a")), Confidence.HIGH,
                null);
    }

    private static List<CsvRecord> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return csv.stream().toList();
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostropheAndNumbersAreLeftAlone(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("events.csv");
        EventStore store = EventStore.of(List.of(event("=HYPERLINK(\"http://evil\",\"click\")",
                "-5 were reported hurt", -6.26)));
        EventExport.csv(file, store, store.all());
        List<CsvRecord> rows = read(file);
        List<String> header = rows.get(0).getFields();
        List<String> row = rows.get(1).getFields();
        assertEquals("'=HYPERLINK(\"http://evil\",\"click\")", row.get(header.indexOf("title")));
        assertEquals("'-5 were reported hurt", row.get(header.indexOf("summary")));
        assertEquals("-6.26", row.get(header.indexOf("lon")), "a negative longitude stays a number");
        assertEquals("3", row.get(header.indexOf("killed_min")));
        assertEquals("5", row.get(header.indexOf("killed_max")));
        assertEquals("", row.get(header.indexOf("injured_min")), "unknown is empty, never 0");
        assertEquals("0", row.get(header.indexOf("arrested_max")));
        for (String prefix : new String[] {"+", "@", "\t", "\r"}) {
            assertEquals("'" + prefix + "x", EventColumns.guard(prefix + "x"));
        }
        assertEquals("x=1", EventColumns.guard("x=1"));
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkAndRfc4180Quoting(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.csv");
        EventStore store = EventStore.of(List.of(event("Bomb, then \"shots\"", "Two lines\nof summary", -6.26)));
        EventExport.csv(file, store, store.all());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xef, bytes[0] & 0xff);
        assertEquals(0xbb, bytes[1] & 0xff);
        assertEquals(0xbf, bytes[2] & 0xff);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Bomb, then \"\"shots\"\"\""), "commas and quotes are quoted");
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        assertTrue(text.contains("Ségou (ML) 13.45, -6.26; Gao (ML) 16.27, -0.04"), "places joined");
        List<CsvRecord> rows = read(file);
        assertEquals(2, rows.size());
        assertEquals(EventColumns.headers().size(), rows.get(1).getFieldCount());
        List<String> header = rows.get(0).getFields();
        assertEquals("\ufeffid".substring(1), header.get(0).replace("\ufeff", ""));
        assertEquals("Two lines\nof summary", rows.get(1).getField(header.indexOf("summary")));
        assertEquals("AQIM; JNIM", rows.get(1).getField(header.indexOf("perpetrators")));
        assertEquals("Report, Le Monde, 2016-02-19, https://example.org/a",
                rows.get(1).getField(header.indexOf("sources")));
    }

    @Test
    void theBundledDatasetExportsOneRowPerEvent(@TempDir Path dir) throws IOException {
        EventStore store = Fixtures.bundled();
        Path file = dir.resolve("all.csv");
        EventExport.csv(file, store, store.all());
        assertEquals(store.size() + 1, read(file).size());
    }
}
