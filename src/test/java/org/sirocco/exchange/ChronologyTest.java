package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Language;

/** The printable chronology: the events shown in date order, their sources numbered, the choices in its header. */
class ChronologyTest {

    private static final ResourceBundle ENGLISH = Language.ENGLISH.messages();

    @TempDir
    Path dir;

    private static Dataset bundled() {
        return new Dataset("Maghreb and Sahel", "", Fixtures.bundled(), false);
    }

    @Test
    void eachSourceIsNumberedOnceAndRowsFollowTheDates() {
        Dataset d = bundled();
        Chronology c = Chronology.of(d, d.store().all(), null, null, Language.ENGLISH.locale());
        assertEquals(d.store().size(), c.rows().size());
        assertEquals(c.sources().size(), c.sources().stream().distinct().count(), "each source listed once");
        int cited = c.rows().stream().mapToInt(r -> r.sourceRefs().stream().mapToInt(Integer::intValue).max()
                .orElse(0)).max().orElse(0);
        assertEquals(c.sources().size(), cited, "every listed source is cited");
        assertEquals(List.of(1), c.rows().get(0).sourceRefs().subList(0, 1), "numbered in order of first citation");
    }

    @Test
    void thePdfHasItsHeaderPageNumbersAndSourcesOnLetterPaper() throws IOException {
        Dataset d = bundled();
        EventFilter filter = new EventFilter(Set.of(Category.ATTACK), Set.of());
        TimeWindow window = TimeWindow.ofDays(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31));
        EventSelection shown = d.store().within(d.store().select(filter), window);
        Path pdf = dir.resolve("chronology.pdf");
        EventExport.write(ExportFormat.CHRONOLOGY_PDF, pdf, d, shown, Chronology.describe(filter, ENGLISH),
                window, Chronology.PageSize.LETTER, ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Chronology: Maghreb and Sahel"), text);
            assertTrue(text.contains("Filters: categories: Attack"), text);
            assertTrue(text.contains("Time window: 1 January 2010 \u2013 31 December 2020"), text);
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages));
            assertTrue(text.contains("Sources") && text.contains("[1]"));
            EventStore store = d.store();
            String firstTitle = store.event(shown.nextSetBit(0)).title();
            assertTrue(text.replace("\n", " ").contains(firstTitle.substring(0, Math.min(25, firstTitle.length()))),
                    "the first event's title");
        }
    }

    @Test
    void theSameTableAsCsvWritesTheSourcesOut() throws IOException {
        Dataset d = bundled();
        Path csv = dir.resolve("chronology.csv");
        EventExport.write(ExportFormat.CHRONOLOGY_CSV, csv, d, d.store().all(), null, null, Chronology.PageSize.A4,
                ENGLISH);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            List<CsvRecord> rows = reader.stream().toList();
            assertEquals(d.store().size() + 1, rows.size());
            assertEquals("Date", rows.get(0).getField(0).replace("\ufeff", ""));
            assertTrue(rows.get(1).getField(6).contains("http"), rows.get(1).getField(6));
        }
    }

    @Test
    void anArabicChronologyReadsBackInArabicWithTheTitlesWordsInOrder() throws IOException {
        Dataset d = bundled();
        Path pdf = dir.resolve("chronology-ar.pdf");
        EventExport.write(ExportFormat.CHRONOLOGY_PDF, pdf, d, d.store().all(), null, null, Chronology.PageSize.A4,
                Language.ARABIC.messages());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            // "التسلسل الزمني" (chronology) and the "التاريخ" (date) column, as typed, not as shaped or reversed
            assertTrue(text.contains("\u0627\u0644\u062a\u0633\u0644\u0633\u0644 \u0627\u0644\u0632\u0645\u0646\u064a"),
                    text);
            assertTrue(text.contains("\u0627\u0644\u062a\u0627\u0631\u064a\u062e"), text);
            LocalDate first = d.store().event(0).start();
            String month = first.format(DateTimeFormatter.ofPattern("MMMM", Language.ARABIC.locale()));
            assertTrue(text.contains(month), "an Arabic month name, " + month);
        }
    }

    @Test
    void aFrenchChronologyWritesItsNumbersWithANarrowNoBreakSpace() throws IOException {
        EventStore store = EventStore.of(List.of(TestEvents.withKilled(
                TestEvents.event("ml-2012-01", "2012-03-18", Category.ATTACK, "ML", 16.3, -3.0),
                Count.exact(1500))));
        Dataset d = new Dataset("Essai", "", store, false);
        Path pdf = dir.resolve("chronologie.pdf");
        EventFilter filter = new EventFilter(Set.of(Category.ATTACK), Set.of());
        ResourceBundle french = Language.FRENCH.messages();
        EventExport.write(ExportFormat.CHRONOLOGY_PDF, pdf, d, store.all(), Chronology.describe(filter, french), null,
                Chronology.PageSize.A4, french);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("1\u202f500"), "1 500 killed, as French writes it: " + text);
            assertTrue(text.contains("18 mars 2012"), text);
            assertTrue(text.contains("Chronologie\u00a0: Essai"), text);
            assertTrue(text.contains("Filtres\u00a0: cat\u00e9gories\u00a0: Attaque"), text);
            assertTrue(text.contains("Page 1 sur 1"), text);
        }
    }
}
