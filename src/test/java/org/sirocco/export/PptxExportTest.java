package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.export.TestDecks.deck;
import static org.sirocco.export.TestDecks.entries;
import static org.sirocco.export.TestDecks.slide;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.sirocco.i18n.Language;

/** PowerPoint files read back with POI: shape, metadata, title slide, scenes, sources and speaker notes. */
class PptxExportTest {

    private static final List<Slide> SCENES = List.of(
            slide("Attaque à Aït Baha – 2017", "Mostly in the tri-border area.\nRising since 2015.",
                    "1 January 2015 – 31 December 2016", "Sources: [1] [2]. Map: Natural Earth.", 1920, 830),
            slide("September 2021: Algeria closes its airspace to every Moroccan civil and military aircraft", "",
                    "22 September 2021", "Sources: [3]. Map: Natural Earth.", 1920, 780));

    @Test
    void theFileIsAWidescreenShowTitledAndMadeBySiroccoTodayWithTheFirstPictureAsThumbnail(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("briefing.pptx");
        PptxExport.write(file, deck("Sahel briefing", SCENES, entries(3), true));

        try (XMLSlideShow ppt = open(file)) {
            Dimension size = ppt.getPageSize();
            assertEquals(16.0 / 9, size.getWidth() / size.getHeight(), 1e-9);
            assertFalse(ppt.getCTPresentation().getSldSz().isSetType(), "no 4:3 named size");
            POIXMLProperties properties = ppt.getProperties();
            assertEquals("Sahel briefing", properties.getCoreProperties().getTitle());
            assertEquals(LocalDate.now(), properties.getCoreProperties().getCreated().toInstant()
                    .atZone(ZoneId.systemDefault()).toLocalDate());
            var extended = properties.getExtendedProperties();
            assertEquals("Sirocco", extended.getApplication());
            assertEquals("Widescreen", extended.getPresentationFormat());
            assertEquals(ppt.getSlides().size(), extended.getUnderlyingProperties().getSlides());

            BufferedImage thumbnail = ImageIO.read(properties.getThumbnailImage());
            assertNotNull(thumbnail, "a JPEG thumbnail");
            assertEquals(256, thumbnail.getWidth());
            assertEquals(Math.round(256.0 * 830 / 1920), thumbnail.getHeight(), 1, "the first scene's shape");
            int centre = thumbnail.getRGB(128, thumbnail.getHeight() / 2);
            assertTrue(((centre >> 16) & 255) > 180 && (centre & 255) < 80, "the picture's orange disc");
        }
    }

    @Test
    void aTitleSlideThenOneSlidePerSceneThenTheSourcesEachWithSpeakerNotes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pptx");
        PptxExport.write(file, deck("Sahel briefing", SCENES, entries(3), true));

        try (XMLSlideShow ppt = open(file)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(1 + SCENES.size() + 1, slides.size());
            assertEquals("Sahel briefing", slides.get(0).getTitle());
            assertTrue(texts(slides.get(0)).contains("Events: test data (12 events)"));
            assertTrue(pictures(slides.get(0)).isEmpty());
            for (int i = 0; i < SCENES.size(); i++) {
                XSLFSlide page = slides.get(i + 1);
                Slide scene = SCENES.get(i);
                assertEquals(scene.title(), page.getTitle());
                List<String> texts = texts(page);
                assertTrue(texts.contains(scene.window()) && texts.contains(scene.footer()), texts::toString);
                assertEquals(!scene.note().isEmpty(), texts.contains(scene.note()), texts::toString);
                XSLFPictureShape picture = pictures(page).get(0);
                assertArrayEquals(scene.png(), picture.getPictureData().getData());
                assertEquals(scene.altText(),
                        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr());
            }
            assertEquals("Sources", slides.get(slides.size() - 1).getTitle());
            List<String> notes = new ArrayList<>();
            for (XSLFSlide slide : slides) {
                notes.add(notes(slide));
            }
            assertEquals(List.of("Scenes in this briefing", "Notes for " + SCENES.get(0).title(),
                    "Notes for " + SCENES.get(1).title(), "Every source cited"), notes, "notes on every slide");
        }
    }

    @Test
    void eachScenesPictureFillsTheSlideBelowItsTitleAndAboveItsSources(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pptx");
        PptxExport.write(file, deck("Sahel briefing", SCENES, entries(3), true));

        try (XMLSlideShow ppt = open(file)) {
            for (int i = 0; i < SCENES.size(); i++) {
                XSLFSlide page = ppt.getSlides().get(i + 1);
                Rectangle2D picture = pictures(page).get(0).getAnchor();
                assertEquals(0, picture.getX(), 1e-6);
                assertEquals(960, picture.getWidth(), 1e-6, "the whole width");
                double textAbove = 0;
                double textBelow = 540;
                for (XSLFShape shape : page.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        Rectangle2D box = text.getAnchor();
                        if (box.getMaxY() <= picture.getY()) {
                            textAbove = Math.max(textAbove, box.getMaxY());
                        } else {
                            assertTrue(box.getY() >= picture.getMaxY(), "no text over the picture: " + text.getText());
                            textBelow = Math.min(textBelow, box.getY());
                        }
                    }
                }
                assertTrue(picture.getY() - textAbove < 12 && textBelow - picture.getMaxY() < 12,
                        "the picture takes the room between the title and the sources: " + picture);
                assertTrue(textBelow < 540 && ((XSLFTextShape) page.getPlaceholder(Placeholder.TITLE)).getAnchor()
                        .getMaxY() <= picture.getY());
            }
        }
    }

    @Test
    void everySourceIsListedInFullOverAsManySlidesAsItTakesWithItsLink(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sources.pptx");
        List<Deck.Entry> entries = entries(60);
        PptxExport.write(file, deck("Many sources", SCENES, entries, true));

        try (XMLSlideShow ppt = open(file)) {
            List<XSLFSlide> sources = ppt.getSlides().subList(1 + SCENES.size(), ppt.getSlides().size());
            assertTrue(sources.size() >= 2, "sixty sources need more than one slide");
            List<String> texts = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (int p = 0; p < sources.size(); p++) {
                assertEquals("Sources (" + (p + 1) + " of " + sources.size() + ")", sources.get(p).getTitle());
                for (XSLFShape shape : sources.get(p).getShapes()) {
                    if (shape instanceof XSLFTextShape text && shape != sources.get(p)
                            .getPlaceholder(Placeholder.TITLE)) {
                        assertTrue(text.getAnchor().getMaxY() <= 540, "inside the slide: " + text.getText());
                        texts.add(text.getText());
                        text.getTextParagraphs().forEach(para -> para.getTextRuns().stream()
                                .map(XSLFTextRun::getHyperlink).filter(h -> h != null)
                                .forEach(h -> links.add(h.getAddress())));
                    }
                }
            }
            for (Deck.Entry entry : entries) {
                assertTrue(texts.contains("[" + entry.number() + "] " + entry.text()), entry::text);
            }
            assertEquals(entries.stream().map(Deck.Entry::url).toList(), links);
            assertTrue(texts.get(texts.size() - 1).startsWith("Map: Natural Earth"), "the map data last");
        }
    }

    @Test
    void aDeckWithoutTitleSlideSourcesOrNotesHasOnlyTheScenes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bare.pptx");
        PptxExport.write(file, new Deck("Bare", null, SCENES, null, false, java.time.ZonedDateTime.now(),
                Language.ENGLISH));

        try (XMLSlideShow ppt = open(file)) {
            assertEquals(SCENES.stream().map(Slide::title).toList(),
                    ppt.getSlides().stream().map(XSLFSlide::getTitle).toList());
            ppt.getSlides().forEach(s -> assertNull(s.getNotes(), "no speaker notes"));
        }
    }

    @Test
    void writingOverABriefingReplacesItAndAnEmptyOneIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pptx");
        Files.writeString(file, "old");
        assertThrows(IllegalArgumentException.class, () -> deck("Empty", List.of(), List.of(), true));
        assertEquals("old", Files.readString(file));
        PptxExport.write(file, deck("New", List.of(slide("New", "", "2015", "", 64, 36)), List.of(), true));

        try (XMLSlideShow ppt = open(file)) {
            assertEquals(3, ppt.getSlides().size());
        }
    }

    @Test
    void anArabicDecksParagraphsRunRightToLeftTaggedArabicAndEnglishOnesDoNot(@TempDir Path dir) throws IOException {
        Path arabic = dir.resolve("arabic.pptx");
        PptxExport.write(arabic, deck("\u0625\u062d\u0627\u0637\u0629", SCENES, entries(2), true, Language.ARABIC));
        try (XMLSlideShow ppt = open(arabic)) {
            for (XSLFSlide slide : ppt.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
                            assertTrue(paragraph.getXmlObject().getPPr().getRtl(), paragraph.getText());
                            assertEquals(TextParagraph.TextAlign.RIGHT, paragraph.getTextAlign());
                            for (XSLFTextRun run : paragraph.getTextRuns()) {
                                assertEquals("ar-MA", ((CTRegularTextRun) run.getXmlObject()).getRPr().getLang());
                            }
                        }
                    }
                }
            }
            XSLFTextShape notes = java.util.Arrays.stream(ppt.getNotesSlide(ppt.getSlides().get(1)).getPlaceholders())
                    .filter(p -> p.getTextType() == Placeholder.BODY).findFirst().orElseThrow();
            assertTrue(notes.getTextParagraphs().get(0).getXmlObject().getPPr().getRtl(), "speaker notes too");
        }
        Path english = dir.resolve("english.pptx");
        PptxExport.write(english, deck("Briefing", SCENES, entries(2), true));
        try (XMLSlideShow ppt = open(english)) {
            XSLFTextParagraph title = ((XSLFTextShape) ppt.getSlides().get(1).getPlaceholder(Placeholder.TITLE))
                    .getTextParagraphs().get(0);
            assertFalse(title.getXmlObject().getPPr().getRtl());
            assertEquals("en-GB", ((CTRegularTextRun) title.getTextRuns().get(0).getXmlObject()).getRPr().getLang());
        }
    }

    private static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        assertNotNull(notes, () -> "speaker notes on " + slide.getTitle());
        return java.util.Arrays.stream(notes.getPlaceholders()).filter(p -> p.getTextType() == Placeholder.BODY)
                .map(XSLFTextShape::getText).findFirst().orElse("");
    }

    private static List<String> texts(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                .map(s -> ((XSLFTextShape) s).getText()).toList();
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                .map(XSLFPictureShape.class::cast).toList();
    }

    private static XMLSlideShow open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }
}
