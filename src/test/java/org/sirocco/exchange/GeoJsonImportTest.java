package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;
import org.sirocco.exchange.io.GeoJsonWriter;

/** GeoJSON in: Sirocco's own export comes back whole, other files by their properties' common names. */
class GeoJsonImportTest {

    private static final ImportDriver DRIVER = ImportDrivers.of(ImportFormat.GEOJSON);

    @Test
    void theBundledDatasetComesBackEqualThroughItsGeoJsonExport(@TempDir Path dir) throws IOException {
        EventStore original = Fixtures.bundled();
        Path geojson = dir.resolve("events.geojson");
        GeoJsonWriter.write(geojson, "Bundled", List.of(), sink -> Fixtures.events(original).forEach(sink));
        assertEquals(DRIVER, ImportDrivers.identify(geojson).orElseThrow(), "recognised from its content");

        Path out = dir.resolve("back.json");
        ImportResult result = Fixtures.importFile(DRIVER, geojson, out, ImportSettings.AUTOMATIC);
        assertEquals(original.size(), result.imported(), result.problems()::toString);
        assertEquals(0, result.problemCount());
        LoadResult back = Fixtures.open(out);
        assertTrue(back.isClean(), back.problems()::toString);
        List<Event> before = Fixtures.events(original);
        List<Event> after = Fixtures.events(back.dataset().store());
        before.sort(Comparator.comparing(Event::id));
        after.sort(Comparator.comparing(Event::id));
        assertEquals(before, after);
    }

    @Test
    void theExportGivesIsoStartAndEndInstantsAndAPointPerPlace(@TempDir Path dir) throws IOException {
        EventStore original = Fixtures.bundled();
        Path geojson = dir.resolve("events.geojson");
        GeoJsonWriter.write(geojson, "Bundled", List.of("ACLED (acleddata.com)"),
                sink -> Fixtures.events(original).forEach(sink));
        String text = Files.readString(geojson);
        Event first = original.event(0);
        assertTrue(text.contains("\"start\":\"" + first.start() + "T00:00:00Z\""), "start instant");
        assertTrue(text.contains("\"end\":\"" + first.end() + "T23:59:59Z\""), "end instant");
        assertTrue(text.contains("\"attribution\":\"ACLED (acleddata.com)\""), "credit");
        assertTrue(text.contains("\"type\":\"MultiPoint\""), "events of several places are MultiPoints");
    }

    private static Path write(Path dir, String json) throws IOException {
        Path file = dir.resolve("features.geojson");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void foreignFeaturesAreMappedByCommonNamesAndTheirCrsIgnored(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:4326"}},
                 "features": [
                  {"type": "Feature", "id": "a1", "geometry": {"type": "Point", "coordinates": [-0.04, 16.27]},
                   "properties": {"event_date": "2016-02-18", "name": "Attack near Gao", "Category": "attack",
                                  "fatalities": 3, "url": "https://example.org/gao"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [3.0, 36.7]},
                   "properties": {"title": "Algiers", "category": "coup", "timestamp": 1455753600}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.5, 12.4]},
                   "when": {"timespans": [{"start": {"in": "2019-03"}, "end": {"in": "2019-05"}}]},
                   "properties": {"title": "Campaign", "category": "operation", "subtype": "deployment"}}
                 ]}
                """);
        Path out = dir.resolve("out.json");
        ImportResult result = Fixtures.importFile(DRIVER, file, out, ImportSettings.AUTOMATIC);
        assertEquals(3, result.imported(), result.problems()::toString);
        Map<String, Event> byId = byId(Fixtures.open(out).dataset().store());
        Event gao = byId.get("geojson-a1");
        assertEquals(Category.ATTACK, gao.category());
        assertEquals(LocalDate.of(2016, 2, 18), gao.start());
        assertEquals(3, gao.killed().min());
        assertEquals("ML", gao.primaryPlace().country(), "country of the point");
        assertEquals("https://example.org/gao", gao.sources().get(0).url());
        Event algiers = byId.values().stream().filter(e -> e.title().equals("Algiers")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2016, 2, 18), algiers.start(), "a Unix timestamp");
        assertEquals(null, algiers.sources().get(0).url(), "a record with no address keeps none");
        Event campaign = byId.values().stream().filter(e -> e.title().equals("Campaign")).findFirst().orElseThrow();
        assertEquals(DatePrecision.MONTH, campaign.precision(), "Linked Places when, to the month");
        assertEquals(LocalDate.of(2019, 5, 31), campaign.end());
        assertEquals("deployment", campaign.subtype());
    }

    @Test
    void featuresWithNoCategoryTakeThePickedOneAndOthersAreReportedByLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-8.0, 31.6]},
                   "properties": {"date": "2017-06", "name": "Marrakesh"}},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": {}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [100.5, 13.7]},
                   "properties": {"date": "2017-06-01", "name": "Bangkok"}}
                ]}
                """);
        ImportResult none = new ImportJob(DRIVER, file, ImportSettings.AUTOMATIC, Fixtures.context()).preview(100);
        assertEquals(0, none.imported());
        assertEquals(1L, none.skipped().get(SkipReason.NO_CATEGORY));
        assertEquals(1L, none.skipped().get(SkipReason.UNREADABLE));
        assertEquals(1L, none.skipped().get(SkipReason.OUTSIDE_REGION));
        Problem polygon = none.problems().stream().filter(p -> "geometry".equals(p.field())).findFirst()
                .orElseThrow();
        assertEquals(4, polygon.line());
        assertTrue(polygon.message().contains("Polygon"), polygon.message());

        ImportResult picked = new ImportJob(DRIVER, file, ImportSettings.AUTOMATIC
                .withCategory(Category.DISMANTLING, "arrests"), Fixtures.context()).preview(100);
        assertEquals(1, picked.imported());
        Event marrakesh = picked.sample().get(0);
        assertEquals(Category.DISMANTLING, marrakesh.category());
        assertEquals("arrests", marrakesh.subtype());
        assertEquals(DatePrecision.MONTH, marrakesh.precision());
        assertEquals("DZ", marrakesh.primaryPlace().country(), "the context's country of the point");
    }

    @Test
    void brokenJsonKeepsTheFeaturesBeforeIt(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-8.0, 31.6]},
                   "properties": {"date": "2017-06-01", "name": "Marrakesh", "category": "attack"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-8.0, 31.6]
                """);
        Path out = dir.resolve("out.json");
        ImportResult result = Fixtures.importFile(DRIVER, file, out, ImportSettings.AUTOMATIC);
        assertEquals(1, result.imported());
        assertTrue(result.problems().get(0).message().startsWith("broken JSON"), result.problems()::toString);
        assertFalse(Fixtures.open(out).nothingRead());
    }

    private static Map<String, Event> byId(EventStore store) {
        Map<String, Event> map = new java.util.HashMap<>();
        Fixtures.events(store).forEach(e -> map.put(e.id(), e));
        return map;
    }
}
