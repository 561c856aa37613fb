package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    @Test
    void eachSlideIsALandscapePageWhoseTextCanBeFound(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pdf");
        List<Slide> slides = List.of(
                slide("Attacks in the Sahel", "Mostly in the tri-border area.\nRising since 2015.",
                        "1 Jan 2015 – 31 Dec 2016", "Sources: Reuters; Le Monde; Natural Earth; GeoNames", 640, 360),
                slide("Cells dismantled in Morocco", "", "1 Jan 2017 – 31 Dec 2018", "Sources: MAP", 400, 300));
        PdfExport.write(file, "Sahel briefing", slides);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(2, document.getNumberOfPages());
            assertEquals("Sahel briefing", document.getDocumentInformation().getTitle());
            for (int i = 0; i < slides.size(); i++) {
                PDPage page = document.getPage(i);
                assertEquals(960, page.getMediaBox().getWidth());
                assertEquals(540, page.getMediaBox().getHeight());
                String text = pageText(document, i);
                Slide slide = slides.get(i);
                for (String expected : List.of(slide.title(), slide.window(), slide.note(), slide.sources())) {
                    assertTrue(text.contains(oneLine(expected)), () -> "page text lacks " + expected + ": " + text);
                }
            }
            assertFalse(pageText(document, 1).contains("Sahel"));
        }
    }

    @Test
    void accentsAndTypographicPunctuationRoundTripAndOtherLettersDoNotFail(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("accents.pdf");
        String title = "Attaque à Aït Baha – 2017";
        String note = "“Cellule” démantelée à Kénitra — l’enquête continue…";
        PdfExport.write(file, "Aït Baha", List.of(
                slide(title, note + " Şahin, القاعدة, ﬁnal\u200f", "12 Jul 2017", "Sources: Le Matin", 320, 180)));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = pageText(document, 0);
            assertTrue(text.contains(title), text);
            assertTrue(text.contains(note), text);
            assertTrue(text.contains("Sahin, ?"), text);
            assertTrue(text.contains("final"), text);
            assertEquals("Aït Baha", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aNoteTooLongForThePageIsCutShortWithAnEllipsis(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.pdf");
        String note = String.join(" ", Collections.nCopies(300, "word")) + " END";
        PdfExport.write(file, "Long", List.of(slide("Long note", note, "2016", "Sources: AFP", 320, 180)));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = pageText(document, 0);
            assertTrue(text.contains("word…"), text);
            assertFalse(text.contains("END"), text);
            assertTrue(text.contains("Sources: AFP"), text);
        }
    }

    @Test
    void eachPageHoldsOnePictureOfThePngsPixelSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pictures.pdf");
        PdfExport.write(file, "Pictures", List.of(
                slide("Wide", "", "2015", "", 1280, 720),
                slide("Tall", "", "2016", "", 300, 400)));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(List.of(1280, 720), onlyPictureSize(document.getPage(0)));
            assertEquals(List.of(300, 400), onlyPictureSize(document.getPage(1)));
        }
    }

    @Test
    void writingOverABriefingReplacesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pdf");
        Files.writeString(file, "old");
        PdfExport.write(file, "New", List.of(slide("New", "", "2015", "", 64, 36)));

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void anEmptyBriefingIsRefusedAndLeavesTheOldFileAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pdf");
        Files.writeString(file, "old");
        assertThrows(IllegalArgumentException.class, () -> PdfExport.write(file, "Empty", List.of()));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
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

    static Slide slide(String title, String note, String window, String sources, int width, int height)
            throws IOException {
        return new Slide(title, note, window, sources, png(width, height), width, height);
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE0, 0xD8, 0xC0));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xD5, 0x5E, 0x00));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
