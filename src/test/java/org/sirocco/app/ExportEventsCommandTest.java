package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.sirocco.exchange.EventColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.io.FilterFile;

/** export-events writes what a saved filter keeps, headless. */
class ExportEventsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExportEventsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aSavedFilterChoosesTheEventsWritten(@TempDir Path dir) throws IOException {
        Path filters = dir.resolve("tn.json");
        FilterFile.save(filters, new EventFilter(Set.of(Category.ATTACK), Set.of("TN")), null);
        Path csv = dir.resolve("tn.csv");
        assertEquals(0, run("--dataset", "resources/data/events.json", "--filters", filters.toString(),
                "--to", csv.toString()), err::toString);
        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            rows = reader.stream().skip(1).toList();
        }
        assertTrue(rows.size() > 0);
        int category = EventColumns.headers().indexOf("category");
        int places = EventColumns.headers().indexOf("places");
        assertTrue(rows.stream().allMatch(r -> r.getField(category).equals("attack")
                && r.getField(places).contains("(TN)")), "only attacks in Tunisia");
        assertTrue(out.toString().contains(rows.size() + " of "), out::toString);
    }

    @Test
    void theWholeDatasetGoesToGeoJsonWithoutFilters(@TempDir Path dir) throws IOException {
        Path geojson = dir.resolve("all.geojson");
        assertEquals(0, run("--dataset", "resources/data/events.json", "--to", geojson.toString()), err::toString);
        assertTrue(Files.readString(geojson).startsWith("{\"type\":\"FeatureCollection\""));
    }

    @Test
    void wrongUsageAndUnreadableInputAreToldApart(@TempDir Path dir) {
        assertEquals(2, run("--dataset", "resources/data/events.json", "--to", dir.resolve("x.docx").toString()));
        assertEquals(2, run("--to", dir.resolve("x.csv").toString()));
        assertEquals(1, run("--dataset", dir.resolve("missing.json").toString(), "--to",
                dir.resolve("x.csv").toString()));
        assertTrue(err.toString().contains("no such file"), err::toString);
    }
}
