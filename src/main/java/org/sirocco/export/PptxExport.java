package org.sirocco.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.sirocco.io.AtomicFile;

/**
 * Writes a briefing as a PowerPoint file, one 16:9 slide per slide, for officers who finish their briefing in
 * PowerPoint: the title is the slide's real title placeholder (so it shows in the outline and the slide list), the
 * time window, note and sources are text boxes they can edit, and the picture is as large as fits between them.
 */
public final class PptxExport {

    private static final Dimension PAGE = new Dimension(960, 540);
    private static final double MARGIN = 36;
    private static final double WIDTH = PAGE.width - 2 * MARGIN;
    private static final double GAP = 6;
    private static final Rectangle2D TITLE = new Rectangle2D.Double(MARGIN, 16, WIDTH, 40);
    private static final Rectangle2D WINDOW = new Rectangle2D.Double(MARGIN, 56, WIDTH, 22);
    private static final Rectangle2D SOURCES = new Rectangle2D.Double(MARGIN, 494, WIDTH, 30);
    private static final double NOTE_SIZE = 12;
    /** Past this many lines the note shrinks to fit its box rather than take more of the picture's room. */
    private static final int NOTE_MAX_LINES = 6;
    /** Characters in a line of the note: an average letter is a little over half as wide as it is high. */
    private static final int NOTE_LINE_LENGTH = (int) (WIDTH / (NOTE_SIZE * 0.55));
    /**
     * A line's height for its font size, with room for fonts taller than the theme's (a reader without Calibri),
     * and a text box's top and bottom insets together (PowerPoint's default).
     */
    private static final double LINE_SPACING = 1.35;
    private static final double BOX_INSETS = 7.2;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);

    static {
        QuietLogging.install();
    }

    private PptxExport() {
    }

    /** @throws IllegalArgumentException when there is no slide: an empty document is never what was meant */
    public static void write(Path out, String documentTitle, List<Slide> slides) throws IOException {
        Objects.requireNonNull(documentTitle, "documentTitle");
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one slide");
        }
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(PAGE);
            ppt.getProperties().getCoreProperties().setTitle(documentTitle);
            XSLFSlideLayout titleOnly = ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
            for (Slide slide : slides) {
                addSlide(ppt, ppt.createSlide(titleOnly), slide);
            }
            AtomicFile.write(out, ppt::write);
        }
    }

    private static void addSlide(XMLSlideShow ppt, XSLFSlide page, Slide slide) {
        XSLFTextShape title = (XSLFTextShape) page.getPlaceholder(Placeholder.TITLE);
        title.setText(slide.title());
        title.setAnchor(TITLE);
        style(title, 24, Color.BLACK);
        addText(page, slide.window(), WINDOW, 12, GREY);
        double noteHeight = noteLines(slide.note()) * NOTE_SIZE * LINE_SPACING + BOX_INSETS;
        Rectangle2D note = new Rectangle2D.Double(MARGIN, SOURCES.getY() - GAP - noteHeight, WIDTH, noteHeight);
        addText(page, slide.note(), note, NOTE_SIZE, Color.BLACK);
        addText(page, slide.sources(), SOURCES, 8, GREY);
        double top = WINDOW.getMaxY() + GAP;
        double bottom = (slide.note().isEmpty() ? SOURCES.getY() : note.getY()) - GAP;
        double scale = Math.min(WIDTH / slide.pixelWidth(), (bottom - top) / slide.pixelHeight());
        double width = slide.pixelWidth() * scale;
        double height = slide.pixelHeight() * scale;
        XSLFPictureData picture = ppt.addPicture(slide.png(), PictureData.PictureType.PNG);
        page.createPicture(picture).setAnchor(new Rectangle2D.Double((PAGE.width - width) / 2,
                top + (bottom - top - height) / 2, width, height));
    }

    /** Roughly how many lines the note takes in its box, so that the picture leaves it the room it needs. */
    private static int noteLines(String note) {
        int lines = 0;
        for (String paragraph : note.split("\\R")) {
            lines += Math.max(1, (paragraph.length() + NOTE_LINE_LENGTH - 1) / NOTE_LINE_LENGTH);
        }
        return Math.min(lines, NOTE_MAX_LINES);
    }

    /**
     * Adds a text box unless the text is empty. Text too long for its box shrinks to fit, as PowerPoint does when
     * typing, rather than spilling over the picture.
     */
    private static void addText(XSLFSlide page, String text, Rectangle2D anchor, double size, Color colour) {
        if (text.isEmpty()) {
            return;
        }
        XSLFTextShape box = page.createTextBox();
        box.setAnchor(anchor);
        box.setText(text);
        box.setWordWrap(true);
        box.setTextAutofit(TextShape.TextAutofit.NORMAL);
        style(box, size, colour);
    }

    private static void style(XSLFTextShape shape, double size, Color colour) {
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                run.setFontSize(size);
                run.setFontColor(colour);
            }
        }
    }
}
