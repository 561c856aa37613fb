package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Language;

/** The printable chronology: the events shown in date order, their sources numbered, the choices in its header. */
class ChronologyTest {

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
        EventExport.write(ExportFormat.CHRONOLOGY_PDF, pdf, d, shown, Chronology.describe(filter), window,
                Chronology.PageSize.LETTER);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Chronology: Maghreb and Sahel"), text);
            assertTrue(text.contains("Filters: categories: attack"), text);
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
        EventExport.write(ExportFormat.CHRONOLOGY_CSV, csv, d, d.store().all(), null, null, Chronology.PageSize.A4);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            List<CsvRecord> rows = reader.stream().toList();
            assertEquals(d.store().size() + 1, rows.size());
            assertEquals("date", rows.get(0).getField(0).replace("\ufeff", ""));
            assertTrue(rows.get(1).getField(6).contains("http"), rows.get(1).getField(6));
        }
    }
}
