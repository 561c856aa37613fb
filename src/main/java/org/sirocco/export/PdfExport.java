package org.sirocco.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.sirocco.io.AtomicFile;
import org.sirocco.pdf.VisualText;

/**
 * Writes a briefing as a PDF with the pages of its PowerPoint file (see {@link PageLayout}): the title page, a page
 * per scene, the sources pages. The text is real PDF text in DejaVu Sans, embedded (only the glyphs used), so that a
 * reader can select, search and copy it on any machine; Arabic is shaped and ordered (see {@link VisualText}) and
 * set flush right. The document is tagged: each title, line of text and
 * picture is an element of its structure, and each picture carries its alternative text for screen readers.
 */
public final class PdfExport {

    private static final PDRectangle PAGE = new PDRectangle(PageLayout.WIDTH, PageLayout.HEIGHT);

    static {
        QuietLogging.install();
    }

    private PdfExport() {
    }

    public static void write(Path out, Deck deck) throws IOException {
        try (PDDocument document = new PDDocument()) {
            var info = document.getDocumentInformation();
            info.setTitle(deck.title());
            info.setCreator(PptxExport.APPLICATION);
            info.setProducer(PptxExport.APPLICATION);
            info.setCreationDate(GregorianCalendar.from(deck.created()));
            info.setModificationDate(GregorianCalendar.from(deck.created()));
            document.getDocumentCatalog().setLanguage(deck.languageTag());
            Writer writer = new Writer(document, deck.language().isRightToLeft());
            if (deck.cover() != null) {
                writer.page(PageLayout.cover(deck.cover().title(), deck.cover().lines()), null, null);
            }
            for (int i = 0; i < deck.slides().size(); i++) {
                Slide slide = deck.slides().get(i);
                PageLayout.ScenePage layout = PageLayout.scene(slide.title(), slide.window(), slide.note(),
                        slide.footer());
                PDImageXObject picture = PDImageXObject.createFromByteArray(document, slide.png(),
                        "slide-" + (i + 1) + ".png");
                writer.page(layout.blocks(), layout.picture(), new Figure(picture, slide.altText()));
            }
            if (deck.sources() != null) {
                for (PageLayout.SourcesPage page : PageLayout.sources(deck.sources(), deck.language().locale())) {
                    List<PageLayout.Block> blocks = new ArrayList<>();
                    blocks.add(page.heading());
                    page.items().forEach(item -> blocks.add(item.block()));
                    writer.page(blocks, null, null);
                }
            }
            writer.finish();
            AtomicFile.write(out, document::save);
        }
    }

    /** A picture to draw and what it shows in words. */
    private record Figure(PDImageXObject image, String altText) {
    }

    /** Draws pages and builds the document's structure as it goes. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final boolean rightToLeft;
        private final PDStructureElement root;
        private final Map<Integer, COSArray> parentTree = new HashMap<>();

        Writer(PDDocument document, boolean rightToLeft) throws IOException {
            this.document = document;
            this.rightToLeft = rightToLeft;
            this.regular = DocumentFont.REGULAR.file().embed(document);
            this.bold = DocumentFont.BOLD.file().embed(document);
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            tree.appendKid(root);
        }

        void page(List<PageLayout.Block> blocks, PageLayout.Box pictureBox, Figure figure) throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            int key = parentTree.size();
            page.setStructParents(key);
            COSArray marked = new COSArray();
            parentTree.put(key, marked);
            try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
                if (figure != null) {
                    PDStructureElement element = begin(contents, page, marked, StandardStructureTypes.Figure);
                    element.setAlternateDescription(figure.altText());
                    contents.drawImage(figure.image(), pictureBox.x(),
                            PAGE.getHeight() - pictureBox.y() - pictureBox.height(), pictureBox.width(),
                            pictureBox.height());
                    contents.endMarkedContent();
                }
                for (PageLayout.Block block : blocks) {
                    begin(contents, page, marked, block.heading() ? StandardStructureTypes.H1
                            : StandardStructureTypes.P);
                    drawLines(contents, block);
                    contents.endMarkedContent();
                }
            }
        }

        /** Opens a marked sequence of {@code type} on the page and its element in the structure. */
        private PDStructureElement begin(PDPageContentStream contents, PDPage page, COSArray marked, String type)
                throws IOException {
            int mcid = marked.size();
            PDStructureElement element = new PDStructureElement(type, root);
            element.setPage(page);
            element.appendKid(mcid);
            root.appendKid(element);
            marked.add(element);
            contents.beginMarkedContent(COSName.getPDFName(type), mcid);
            return element;
        }

        private void drawLines(PDPageContentStream contents, PageLayout.Block block) throws IOException {
            PageLayout.Style style = block.style();
            contents.beginText();
            contents.setFont(style.font == DocumentFont.BOLD ? bold : regular, style.size);
            contents.setNonStrokingColor(((style.rgb >> 16) & 255) / 255f, ((style.rgb >> 8) & 255) / 255f,
                    (style.rgb & 255) / 255f);
            for (int i = 0; i < block.lines().size(); i++) {
                // Shaped and in visual order, since PDFBox draws glyphs as given; Arabic lines end at the right.
                String line = VisualText.of(block.lines().get(i), rightToLeft);
                float x = rightToLeft ? block.x() + block.width() - style.font.width(line, style.size) : block.x();
                // The first baseline sits one font size below the block's top, like a text box's first line.
                float baseline = PAGE.getHeight() - block.top() - style.size - i * style.leading;
                contents.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
                contents.showText(line);
            }
            contents.endText();
        }

        /** Links the pages' marked content to the structure, and says the document is tagged. */
        void finish() {
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            PDNumberTreeNode numbers = new PDNumberTreeNode(PDParentTreeValue.class);
            numbers.setNumbers(parentTree);
            tree.setParentTree(numbers);
            tree.setParentTreeNextKey(parentTree.size());
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(markInfo);
        }
    }
}
