package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.export.TestDecks.deck;
import static org.sirocco.export.TestDecks.entries;
import static org.sirocco.export.TestDecks.slide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.i18n.Language;

/** PDF files read back with PDFBox: the pages of the slides, embedded fonts, text that can be found. */
class PdfExportTest {

    @Test
    void theTitlePageScenesAndSourcesArePagesWhoseTextCanBeFound(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pdf");
        List<Slide> slides = List.of(
                slide("Attacks in the Sahel", "Mostly in the tri-border area.\nRising since 2015.",
                        "1 January 2015 – 31 December 2016", "Sources: [1] [2]. Map: Natural Earth.", 1920, 830),
                slide("Cells dismantled in Morocco", "", "1 January 2017 – 31 December 2018",
                        "Sources: [3]. Map: Natural Earth.", 1920, 860));
        List<Deck.Entry> entries = entries(3);
        PdfExport.write(file, deck("Sahel briefing", slides, entries, true));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(1 + slides.size() + 1, document.getNumberOfPages());
            var info = document.getDocumentInformation();
            assertEquals("Sahel briefing", info.getTitle());
            assertEquals("Sirocco", info.getCreator());
            assertEquals(LocalDate.now(), info.getCreationDate().toInstant().atZone(ZoneId.systemDefault())
                    .toLocalDate());
            for (PDPage page : document.getPages()) {
                assertEquals(960, page.getMediaBox().getWidth());
                assertEquals(540, page.getMediaBox().getHeight());
            }
            assertTrue(pageText(document, 0).startsWith("Sahel briefing Events: test data (12 events)"));
            for (int i = 0; i < slides.size(); i++) {
                String text = pageText(document, i + 1);
                Slide slide = slides.get(i);
                for (String expected : List.of(slide.title(), slide.window(), slide.note(), slide.footer())) {
                    assertTrue(text.contains(oneLine(expected)), () -> "page text lacks " + expected + ": " + text);
                }
            }
            String sources = pageText(document, 1 + slides.size());
            assertTrue(sources.startsWith("Sources"), sources);
            for (Deck.Entry entry : entries) {
                assertTrue(sources.contains("[" + entry.number() + "] " + entry.text()), sources);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndFrenchSpacesAndArabicAreWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fonts.pdf");
        String title = "Attaque à Aït Baha\u202F: 12\u202F% des cas";
        String note = "“Cellule” démantelée à Kénitra — l’enquête continue… القاعدة في بلاد المغرب";
        PdfExport.write(file, deck("Aït Baha", List.of(slide(title, note, "12 juillet 2017", "Sources : [1]",
                320, 180)), entries(1), true));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), () -> font.getName() + " is embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            String text = pageText(document, 1);
            assertTrue(text.contains(title), text);
            assertTrue(text.contains("“Cellule” démantelée à Kénitra — l’enquête continue…"), text);
            assertTrue(text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)
                    .count() >= 15, "the Arabic words are text: " + text);
        }
    }

    @Test
    void eachScenesPictureIsAFigureWithItsAlternativeText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tagged.pdf");
        PdfExport.write(file, deck("Tagged", List.of(slide("Wide", "", "2015", "", 1280, 560),
                slide("Narrow", "", "2016", "", 300, 120)), List.of(), true));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            List<String> alts = new ArrayList<>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertEquals(List.of("Map of Wide", "Map of Narrow"), alts);
            assertEquals(List.of(1280, 560), onlyPictureSize(document.getPage(1)));
            assertEquals(List.of(300, 120), onlyPictureSize(document.getPage(2)));
        }
    }

    @Test
    void aNoteTooLongForThePageIsCutShortThereButTheSourcesNeverAre(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.pdf");
        String note = String.join(" ", Collections.nCopies(300, "word")) + " END";
        List<Deck.Entry> entries = entries(60);
        PdfExport.write(file, deck("Long", List.of(slide("Long note", note, "2016", "Sources: [1]", 320, 180)),
                entries, false));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = pageText(document, 1);
            assertTrue(text.contains("word…"), text);
            assertFalse(text.contains("END"), text);
            assertTrue(text.contains("Sources: [1]"), text);
            StringBuilder sources = new StringBuilder();
            for (int p = 2; p < document.getNumberOfPages(); p++) {
                assertTrue(pageText(document, p).startsWith("Sources (" + (p - 1) + " of "));
                sources.append(pageText(document, p)).append(' ');
            }
            assertTrue(document.getNumberOfPages() > 3, "sixty sources take several pages");
            for (Deck.Entry entry : entries) {
                assertTrue(sources.toString().contains("[" + entry.number() + "] " + entry.text()), entry::text);
            }
        }
    }

    @Test
    void writingOverABriefingReplacesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pdf");
        Files.writeString(file, "old");
        PdfExport.write(file, new Deck("New", null, List.of(slide("New", "", "2015", "", 64, 36)), null, false,
                java.time.ZonedDateTime.now(), Language.ENGLISH));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                collectFigures(element, alts);
            }
        }
    }

    private static List<Integer> onlyPictureSize(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<COSName> names = new ArrayList<>();
        resources.getXObjectNames().forEach(names::add);
        assertEquals(1, names.size());
        PDImageXObject image = assertInstanceOf(PDImageXObject.class, resources.getXObject(names.get(0)));
        return List.of(image.getWidth(), image.getHeight());
    }

    @Test
    void anArabicPageIsShapedYetReadsBackAsTheArabicWordsInOrderFlushRight(@TempDir Path dir) throws IOException {
        String title = "\u0647\u062c\u0645\u0627\u062a \u0641\u064a \u0627\u0644\u0633\u0627\u062d\u0644"; // هجمات في الساحل
        Path file = dir.resolve("arabic.pdf");
        PdfExport.write(file, deck(title, List.of(slide(title, "", "2015", "", 1920, 830)), entries(1), true,
                Language.ARABIC));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals("ar-MA", document.getDocumentCatalog().getLanguage());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            // PDFTextStripper puts right-to-left runs back in logical order and presentation forms back to letters.
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
            assertTrue(text.contains(title), "the title's words in logical order: " + text);

            List<Float> rightEnds = new ArrayList<>();
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> drawn) {
                    drawn.forEach(g -> {
                        rightEnds.add(g.getXDirAdj() + g.getWidthDirAdj());
                        glyphs.append(g.getUnicode());
                    });
                }
            };
            positions.setStartPage(2);
            positions.setEndPage(2);
            positions.getText(document);
            // The page draws joined presentation forms (initial, medial, final), not the letters as typed.
            assertTrue(glyphs.codePoints().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFC), glyphs.toString());
            // Flush right: the lines end at the right margin.
            assertEquals(PageLayout.WIDTH - PageLayout.MARGIN, Collections.max(rightEnds), 2f);
        }
    }

    private static String pageText(PDDocument document, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return oneLine(stripper.getText(document));
    }

    /** Text with its line breaks as spaces, as a page wraps it where it likes. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
