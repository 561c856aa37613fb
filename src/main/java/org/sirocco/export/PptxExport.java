package org.sirocco.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.sirocco.io.AtomicFile;

/**
 * Writes a briefing as a PowerPoint file for officers who finish their briefing in PowerPoint, with the pages of
 * the PDF (see {@link PageLayout}): a title slide, a slide per scene and slides listing the sources. Each title is the
 * slide's real title placeholder (so it shows in the outline), the other text is in boxes they can edit, each scene's
 * picture carries its alternative text, and each slide its speaker notes. The file says what it is: a 16:9
 * widescreen show, its title, made by Sirocco today, with the first scene's picture as its thumbnail. Its text is tagged
 * with the deck's language, and right to left in Arabic.
 */
public final class PptxExport {

    /** The application named in the documents' metadata. */
    static final String APPLICATION = "Sirocco";
    private static final Dimension PAGE = new Dimension((int) PageLayout.WIDTH, (int) PageLayout.HEIGHT);
    private static final int THUMBNAIL_WIDTH = 256;

    static {
        QuietLogging.install();
    }

    private PptxExport() {
    }

    public static void write(Path out, Deck deck) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(PAGE);
            // PowerPoint's widescreen size has no named type; the template's "screen4x3" would contradict the size.
            if (ppt.getCTPresentation().getSldSz().isSetType()) {
                ppt.getCTPresentation().getSldSz().unsetType();
            }
            XSLFSlideLayout layout = ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
            if (deck.cover() != null) {
                List<PageLayout.Block> blocks = PageLayout.cover(deck.cover().title(), deck.cover().lines());
                XSLFSlide slide = textSlide(ppt, layout, blocks, deck);
                notes(ppt, slide, deck, deck.cover().speakerNotes());
            }
            for (Slide scene : deck.slides()) {
                PageLayout.ScenePage page = PageLayout.scene(scene.title(), scene.window(), scene.note(),
                        scene.footer());
                XSLFSlide slide = textSlide(ppt, layout, page.blocks(), deck);
                PageLayout.Box box = page.picture();
                XSLFPictureShape picture = slide.createPicture(ppt.addPicture(scene.png(),
                        PictureData.PictureType.PNG));
                picture.setAnchor(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
                ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(scene.altText());
                notes(ppt, slide, deck, scene.speakerNotes());
            }
            if (deck.sources() != null) {
                for (PageLayout.SourcesPage page : PageLayout.sources(deck.sources(), deck.language().locale())) {
                    XSLFSlide slide = textSlide(ppt, layout, List.of(page.heading()), deck);
                    for (PageLayout.Item item : page.items()) {
                        XSLFTextShape box = textBox(slide, item.block(), deck);
                        if (item.url() != null && item.block().text().endsWith(item.url())) {
                            link(box, item.block().text(), item.url());
                            speak(box, deck);
                        }
                    }
                    notes(ppt, slide, deck, deck.sources().speakerNotes());
                }
            }
            describe(ppt, deck);
            AtomicFile.write(out, ppt::write);
        }
    }

    /** A slide of the given blocks: the heading in the title placeholder, the rest in text boxes. */
    private static XSLFSlide textSlide(XMLSlideShow ppt, XSLFSlideLayout layout, List<PageLayout.Block> blocks,
            Deck deck) {
        XSLFSlide slide = ppt.createSlide(layout);
        XSLFTextShape title = (XSLFTextShape) slide.getPlaceholder(Placeholder.TITLE);
        for (PageLayout.Block block : blocks) {
            if (block.heading()) {
                place(title, block, deck);
            } else {
                textBox(slide, block, deck);
            }
        }
        return slide;
    }

    private static XSLFTextShape textBox(XSLFSlide slide, PageLayout.Block block, Deck deck) {
        XSLFTextShape box = slide.createTextBox();
        place(box, block, deck);
        return box;
    }

    /**
     * Sets the shape's text where the page's layout puts it, in its style, with no insets, as the PDF draws it, and
     * flush right in a right-to-left language.
     */
    private static void place(XSLFTextShape shape, PageLayout.Block block, Deck deck) {
        PageLayout.Style style = block.style();
        shape.setText(block.text());
        CTShapeProperties properties = ((CTShape) shape.getXmlObject()).getSpPr();
        if (!properties.isSetXfrm()) {
            properties.addNewXfrm(); // else a placeholder's anchor is only looked up in its layout, never set
        }
        shape.setAnchor(new Rectangle2D.Double(block.x(), block.top(), block.width(),
                style.height(block.lines().size())));
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setWordWrap(true);
        shape.setTextAutofit(TextShape.TextAutofit.NONE);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        Color colour = new Color(style.rgb);
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            paragraph.setTextAlign(deck.language().isRightToLeft() ? TextParagraph.TextAlign.RIGHT
                    : TextParagraph.TextAlign.LEFT);
            paragraph.setLineSpacing((double) -style.leading); // negative: in points, not a percentage
            paragraph.setSpaceBefore(0d);
            paragraph.setSpaceAfter(0d);
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                run.setFontSize((double) style.size);
                run.setFontColor(colour);
                run.setBold(style.font == DocumentFont.BOLD);
            }
        }
        speak(shape, deck);
    }

    /**
     * Tags every run with the deck's language and makes its paragraphs right to left in Arabic, so that PowerPoint
     * and LibreOffice shape, order and check the text as that language.
     */
    private static void speak(XSLFTextShape shape, Deck deck) {
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            CTTextParagraph xml = paragraph.getXmlObject();
            CTTextParagraphProperties properties = xml.isSetPPr() ? xml.getPPr() : xml.addNewPPr();
            if (deck.language().isRightToLeft()) {
                properties.setRtl(true);
            }
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                if (run.getXmlObject() instanceof CTRegularTextRun text) {
                    (text.isSetRPr() ? text.getRPr() : text.addNewRPr()).setLang(deck.languageTag());
                }
            }
            (xml.isSetEndParaRPr() ? xml.getEndParaRPr() : xml.addNewEndParaRPr()).setLang(deck.languageTag());
        }
    }

    /** Makes the link at the end of a source's entry a hyperlink. */
    private static void link(XSLFTextShape box, String text, String url) {
        XSLFTextParagraph paragraph = box.getTextParagraphs().get(0);
        XSLFTextRun whole = paragraph.getTextRuns().get(0);
        whole.setText(text.substring(0, text.length() - url.length()));
        XSLFTextRun link = paragraph.addNewTextRun();
        link.setText(url);
        link.setFontSize(whole.getFontSize());
        link.createHyperlink().setAddress(url);
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide slide, Deck deck, String text) {
        if (!deck.notes() || text.isBlank()) {
            return;
        }
        for (XSLFTextShape shape : ppt.getNotesSlide(slide).getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                speak(shape, deck);
                return;
            }
        }
    }

    /** The file's metadata, which the empty template POI starts from would otherwise give (4:3, 2006). */
    private static void describe(XMLSlideShow ppt, Deck deck) throws IOException {
        POIXMLProperties properties = ppt.getProperties();
        Date created = Date.from(deck.created().toInstant());
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(deck.title());
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        extended.setApplication(APPLICATION);
        extended.setPresentationFormat("Widescreen");
        extended.setSlides(ppt.getSlides().size());
        extended.setNotes((int) ppt.getSlides().stream().filter(s -> s.getNotes() != null).count());
        if (extended.isSetAppVersion()) {
            extended.unsetAppVersion(); // the template's is PowerPoint 2010's
        }
        byte[] thumbnail = thumbnail(deck.slides().get(0));
        properties.setThumbnail("thumbnail.jpeg", new ByteArrayInputStream(thumbnail));
        // POI 5.5 makes the thumbnail's part but leaves it empty: its bytes are written into it here.
        PackagePart part = ppt.getPackage().getPartsByRelationshipType(PackageRelationshipTypes.THUMBNAIL).get(0);
        try (OutputStream out = part.getOutputStream()) {
            out.write(thumbnail);
        }
    }

    /** The first scene's picture, small, as JPEG: what a file browser shows for the file. */
    static byte[] thumbnail(Slide slide) throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(slide.png()));
        int height = Math.max(1, picture.getHeight() * THUMBNAIL_WIDTH / picture.getWidth());
        BufferedImage small = new BufferedImage(THUMBNAIL_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, THUMBNAIL_WIDTH, height, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(small, "jpeg", out)) {
            throw new IOException("no JPEG writer in this Java runtime");
        }
        return out.toByteArray();
    }
}
