package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.exchange.io.KmlPlacemarks;
import org.sirocco.exchange.io.KmlWriter;

/** KML and KMZ in, with times at every precision, and readers that cannot be turned against the user. */
class KmlImportTest {

    @TempDir
    Path dir;

    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2">
            <Document><name>From a colleague</name>
              <Placemark id="p1"><name>Year only</name><TimeStamp><when>2014</when></TimeStamp>
                <Point><coordinates>-0.04,16.27,0</coordinates></Point></Placemark>
              <Placemark><name>To the month</name><TimeStamp><when>2014-06</when></TimeStamp>
                <ExtendedData><Data name="category"><value>operation</value></Data>
                  <Data name="subtype"><value>deployment</value></Data></ExtendedData>
                <Point><coordinates>-1.5,12.4</coordinates></Point></Placemark>
              <Placemark><name>A date-time with its zone</name>
                <description><![CDATA[<p>Attack on the <b>post</b></p>]]></description>
                <TimeStamp><when>2014-06-30T23:30:00-02:00</when></TimeStamp>
                <Point><coordinates>3.0,36.7</coordinates></Point></Placemark>
              <Placemark><name>Open-ended span</name><TimeSpan><begin>2014-07-01</begin></TimeSpan>
                <Point><coordinates>3.0,36.7</coordinates></Point></Placemark>
              <Folder><name>Campaign</name><TimeSpan><begin>2013-01</begin><end>2013-03</end></TimeSpan>
                <Placemark><name>In the folder's span</name>
                  <Point><coordinates>-0.04,16.27</coordinates></Point></Placemark>
              </Folder>
              <Placemark><name>No point</name><TimeStamp><when>2014</when></TimeStamp></Placemark>
            </Document></kml>
            """;

    private ImportResult preview(Path file, ImportSettings settings) throws IOException {
        ImportDriver driver = ImportDrivers.identify(file).orElseThrow();
        assertEquals(ImportFormat.KML, driver.format());
        return new ImportJob(driver, file, settings, Fixtures.context()).preview(1000);
    }

    private static Map<String, Event> byTitle(ImportResult r) {
        return r.sample().stream().collect(Collectors.toMap(Event::title, Function.identity()));
    }

    @Test
    void placemarksAreDatedAtTheirOwnPrecisionOrByTheirFolder() throws IOException {
        Path f = dir.resolve("colleague.kml");
        Files.writeString(f, KML);
        ImportResult r = preview(f, ImportSettings.AUTOMATIC.withCategory(Category.ATTACK, "shooting"));
        assertEquals(6, r.records());
        assertEquals(5, r.imported(), r.problems()::toString);
        assertEquals(Map.of(SkipReason.NO_COORDINATES, 1L), r.skipped());
        Map<String, Event> e = byTitle(r);
        assertEquals(DatePrecision.YEAR, e.get("Year only").precision());
        assertEquals("kml-p1", e.get("Year only").id(), "the placemark's id");
        assertEquals(DatePrecision.MONTH, e.get("To the month").precision());
        assertEquals(Category.OPERATION, e.get("To the month").category(), "from its ExtendedData");
        assertEquals("deployment", e.get("To the month").subtype());
        Event zoned = e.get("A date-time with its zone");
        assertEquals(LocalDate.of(2014, 6, 30), zoned.start(), "the day as written where it happened");
        assertEquals("Attack on the post", zoned.summary(), "the description's text");
        assertEquals(Category.ATTACK, zoned.category(), "the category picked for the file");
        assertEquals("shooting", zoned.subtype());
        assertFalse(e.get("Open-ended span").hasEndDate());
        Event campaign = e.get("In the folder's span");
        assertEquals(LocalDate.of(2013, 1, 1), campaign.start());
        assertEquals(LocalDate.of(2013, 3, 31), campaign.end());
    }

    @Test
    void aKmzIsReadThroughItsKml() throws IOException {
        Path f = dir.resolve("colleague.kmz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("files/icon.png"));
            zip.write(new byte[] {1, 2, 3});
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write(KML.getBytes(StandardCharsets.UTF_8));
        }
        ImportResult r = preview(f, ImportSettings.AUTOMATIC.withCategory(Category.ATTACK, null));
        assertEquals(5, r.imported(), r.problems()::toString);
    }

    @Test
    void anExternalEntityIsNeverReadAndItsUseIsReported() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path f = dir.resolve("xxe.kml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n<Placemark><name>Leak &xxe;"
                + "</name>\n<TimeStamp><when>2015-01-01</when></TimeStamp>"
                + "<Point><coordinates>-0.04,16.27</coordinates></Point></Placemark></Document></kml>\n");
        ImportResult r = preview(f, ImportSettings.AUTOMATIC.withCategory(Category.ATTACK, null));
        assertEquals(1, r.imported(), r.problems()::toString);
        assertEquals("Leak", r.sample().get(0).title());
        assertFalse(r.sample().get(0).toString().contains("TOP-SECRET"), "the file's content is not read");
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("&xxe;")
                && p.message().contains("no external entity")), r.problems()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("DTD")), r.problems()::toString);
    }

    @Test
    void aZipBombIsRefusedWithAMessage() throws IOException {
        Path f = dir.resolve("bomb.kmz");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 16; i++) {
                zip.write(spaces);
            }
            zip.write("</Document></kml>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(f) < 200_000, "16 MB packed small: " + Files.size(f));
        ImportJob job = new ImportJob(ImportDrivers.identify(f).orElseThrow(), f, ImportSettings.AUTOMATIC,
                Fixtures.context());
        IOException e = assertThrows(IOException.class, () -> job.run(dir.resolve("out.json"), "x", (a, b) -> { },
                () -> false));
        assertTrue(e.getMessage().contains("refused as a possible zip bomb"), e::getMessage);
        assertTrue(Files.notExists(dir.resolve("out.json")));
    }

    @Test
    void aKmzOfTooManyEntriesIsRefused() throws IOException {
        Path f = dir.resolve("many.kmz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i <= KmlPlacemarks.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".kml"));
            }
        }
        assertFalse(KmlPlacemarks.isKmz(f), "not taken for a KMZ");
        IOException e = assertThrows(IOException.class, () -> new KmlPlacemarks(f).read(new KmlPlacemarks.Handler() {
            @Override
            public void placemark(KmlPlacemarks.Placemark p) {
            }

            @Override
            public void problem(int line, String element, String message) {
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        }));
        assertTrue(e.getMessage().contains("entries is refused"), e::getMessage);
    }

    @Test
    void theKmlExportOfTheBundledDatasetImportsBackWithItsCategoriesAndDates() throws IOException {
        EventStore store = Fixtures.bundled();
        Path kml = dir.resolve("events.kml");
        KmlWriter.write(kml, "Bundled", List.of(), sink -> Fixtures.events(store).forEach(sink));
        String text = Files.readString(kml);
        assertTrue(text.contains("<Style id=\"category-attack\"><IconStyle><color>ff005ed5</color>"), "app colours");
        assertTrue(text.contains("<Folder><name>attack</name>"), "folders by category");
        Path out = dir.resolve("back.json");
        ImportResult r = Fixtures.importFile(ImportDrivers.identify(kml).orElseThrow(), kml, out,
                ImportSettings.AUTOMATIC);
        assertEquals(store.size(), r.imported(), r.problems()::toString);
        Map<String, Event> back = Fixtures.events(Fixtures.open(out).dataset().store()).stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        for (Event original : Fixtures.events(store)) {
            Event e = back.get("kml-" + original.id());
            assertEquals(original.category(), e.category(), original.id());
            assertEquals(original.subtype(), e.subtype(), original.id());
            assertEquals(original.start(), e.start(), original.id());
            assertEquals(original.end(), e.end(), original.id());
            assertEquals(original.precision(), e.precision(), original.id());
            assertEquals(original.title(), e.title(), original.id());
            assertEquals(original.killed(), e.killed(), original.id());
        }
    }
}
