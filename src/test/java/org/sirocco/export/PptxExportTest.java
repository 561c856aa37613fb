package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.export.PdfExportTest.slide;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PptxExportTest {

    @Test
    void eachSlideHasItsTitleAsTheSlideTitleAndItsTextInBoxes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pptx");
        List<Slide> slides = List.of(
                slide("Attaque à Aït Baha – 2017", "Mostly in the tri-border area.\nRising since 2015.",
                        "1 Jan 2015 – 31 Dec 2016", "Sources: Reuters; Le Monde; Natural Earth; GeoNames", 640, 360),
                slide("Şahin and القاعدة", "", "1 Jan 2017 – 31 Dec 2018", "Sources: MAP", 400, 300));
        PptxExport.write(file, "Sahel briefing", slides);

        try (XMLSlideShow ppt = open(file)) {
            assertEquals(new Dimension(960, 540), ppt.getPageSize());
            assertEquals("Sahel briefing", ppt.getProperties().getCoreProperties().getTitle());
            assertEquals(2, ppt.getSlides().size());
            for (int i = 0; i < slides.size(); i++) {
                XSLFSlide page = ppt.getSlides().get(i);
                Slide slide = slides.get(i);
                XSLFTextShape title = (XSLFTextShape) page.getPlaceholder(Placeholder.TITLE);
                assertEquals(slide.title(), title.getText());
                assertEquals(slide.title(), page.getTitle());
                List<String> texts = page.getShapes().stream().filter(s -> s instanceof XSLFTextShape && s != title)
                        .map(s -> ((XSLFTextShape) s).getText()).toList();
                assertTrue(texts.contains(slide.window()), texts::toString);
                assertTrue(texts.contains(slide.sources()), texts::toString);
                assertEquals(!slide.note().isEmpty(), texts.contains(slide.note()), texts::toString);
            }
        }
    }

    @Test
    void eachSlideHoldsOnePictureWithThePngsBytesInsideTheSlide(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pictures.pptx");
        List<Slide> slides = List.of(slide("Wide", "A note", "2015", "Sources: AFP", 1280, 720),
                slide("Tall", "", "2016", "", 300, 400));
        PptxExport.write(file, "Pictures", slides);

        try (XMLSlideShow ppt = open(file)) {
            for (int i = 0; i < slides.size(); i++) {
                List<XSLFPictureShape> pictures = pictures(ppt.getSlides().get(i).getShapes());
                assertEquals(1, pictures.size());
                XSLFPictureShape picture = pictures.get(0);
                assertArrayEquals(slides.get(i).png(), picture.getPictureData().getData());
                Rectangle2D anchor = picture.getAnchor();
                assertTrue(new Rectangle2D.Double(0, 0, 960, 540).contains(anchor), anchor::toString);
                double shape = (double) slides.get(i).pixelWidth() / slides.get(i).pixelHeight();
                assertEquals(shape, anchor.getWidth() / anchor.getHeight(), 0.01);
            }
        }
    }

    @Test
    void writingOverABriefingReplacesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pptx");
        Files.writeString(file, "old");
        PptxExport.write(file, "New", List.of(slide("New", "", "2015", "", 64, 36)));

        try (XMLSlideShow ppt = open(file)) {
            assertEquals(1, ppt.getSlides().size());
            assertFalse(pictures(ppt.getSlides().get(0).getShapes()).isEmpty());
        }
    }

    @Test
    void anEmptyBriefingIsRefusedAndLeavesTheOldFileAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("briefing.pptx");
        Files.writeString(file, "old");
        assertThrows(IllegalArgumentException.class, () -> PptxExport.write(file, "Empty", List.of()));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    private static List<XSLFPictureShape> pictures(List<XSLFShape> shapes) {
        return shapes.stream().filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
    }

    private static XMLSlideShow open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }
}
