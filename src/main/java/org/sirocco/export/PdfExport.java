package org.sirocco.export;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sirocco.io.AtomicFile;

/**
 * Writes a briefing as a PDF, one 16:9 landscape page per slide: title and time window at the top, the picture as
 * large as fits in the middle, the note and the sources under it. The text is real PDF text, so a reader can search
 * and copy it, in Helvetica: a standard font every PDF reader has, so nothing needs embedding.
 */
public final class PdfExport {

    private static final PDRectangle PAGE = new PDRectangle(960, 540);
    private static final float MARGIN = 36;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Space between the header, the picture and the text under it. */
    private static final float GAP = 12;
    /** Space between two blocks of text, so descenders and capitals of the next one do not touch. */
    private static final float LINE_GAP = 6;
    private static final String ELLIPSIS = "…";
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

    /** How one kind of text is set, and how many lines it may take before it is cut short. */
    private record TextStyle(PDFont font, float size, float leading, float gray, int maxLines) {
    }

    /** The four kinds of text on a page. */
    private record Styles(TextStyle title, TextStyle window, TextStyle note, TextStyle sources) {

        static Styles helvetica() {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            return new Styles(new TextStyle(bold, 20, 24, 0, 2), new TextStyle(regular, 11, 14, 0.4f, 1),
                    new TextStyle(regular, 11, 14, 0, 4), new TextStyle(regular, 8, 10, 0.4f, 2));
        }
    }

    static {
        QuietLogging.install();
    }

    private PdfExport() {
    }

    /** @throws IllegalArgumentException when there is no slide: an empty document is never what was meant */
    public static void write(Path out, String documentTitle, List<Slide> slides) throws IOException {
        Objects.requireNonNull(documentTitle, "documentTitle");
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one slide");
        }
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(documentTitle);
            Styles styles = Styles.helvetica();
            for (int i = 0; i < slides.size(); i++) {
                addPage(document, slides.get(i), "slide-" + (i + 1) + ".png", styles);
            }
            AtomicFile.write(out, document::save);
        }
    }

    private static void addPage(PDDocument document, Slide slide, String pictureName, Styles styles)
            throws IOException {
        PDImageXObject picture = PDImageXObject.createFromByteArray(document, slide.png(), pictureName);
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
            float top = drawLines(contents, lines(slide.title(), styles.title()), styles.title(),
                    PAGE.getHeight() - MARGIN);
            List<String> window = lines(slide.window(), styles.window());
            if (!window.isEmpty()) {
                top = drawLines(contents, window, styles.window(), top - LINE_GAP);
            }
            List<String> sources = lines(slide.sources(), styles.sources());
            List<String> note = lines(slide.note(), styles.note());
            float sourcesTop = MARGIN + height(sources, styles.sources());
            float noteTop = note.isEmpty() ? sourcesTop : sourcesTop + LINE_GAP + height(note, styles.note());
            drawLines(contents, note, styles.note(), noteTop);
            drawLines(contents, sources, styles.sources(), sourcesTop);
            drawFitted(contents, picture, slide, top - GAP, noteTop + GAP);
        }
    }

    /** Draws the picture as large as fits between the two heights, keeping its shape, centred. */
    private static void drawFitted(PDPageContentStream contents, PDImageXObject picture, Slide slide, float top,
            float bottom) throws IOException {
        float scale = Math.min(TEXT_WIDTH / slide.pixelWidth(), (top - bottom) / slide.pixelHeight());
        float width = slide.pixelWidth() * scale;
        float height = slide.pixelHeight() * scale;
        contents.drawImage(picture, (PAGE.getWidth() - width) / 2, bottom + (top - bottom - height) / 2, width,
                height);
    }

    /** Draws the lines down from {@code top} and returns where the next block may start. */
    private static float drawLines(PDPageContentStream contents, List<String> lines, TextStyle style, float top)
            throws IOException {
        if (lines.isEmpty()) {
            return top;
        }
        contents.beginText();
        contents.setFont(style.font(), style.size());
        contents.setNonStrokingColor(style.gray());
        contents.newLineAtOffset(MARGIN, top - style.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                contents.newLineAtOffset(0, -style.leading());
            }
            contents.showText(lines.get(i));
        }
        contents.endText();
        return top - height(lines, style);
    }

    private static float height(List<String> lines, TextStyle style) {
        return lines.isEmpty() ? 0 : style.size() + (lines.size() - 1) * style.leading();
    }

    /**
     * The text broken into lines as wide as the page's text, at most the style's number of them; when the text is
     * longer, the last line ends with an ellipsis, after a whole word where it can. A line break in the text starts a
     * new line; blank lines are dropped, as the page has little room.
     */
    private static List<String> lines(String text, TextStyle style) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : showable(text, style.font()).split("\\R")) {
            String line = "";
            for (String word : paragraph.strip().split("\\s+")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (fits(longer, style)) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = word;
                while (!fits(line, style)) {
                    int cut = longestFittingPrefix(line, style);
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.size() <= style.maxLines()) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, style.maxLines()));
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && !fits(last + ELLIPSIS, style)) {
            int space = last.lastIndexOf(' ');
            last = last.substring(0, space > 0 ? space : last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(kept.size() - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }

    /** How many chars of a word too long for one line go on the line, at least one code point. */
    private static int longestFittingPrefix(String word, TextStyle style) throws IOException {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (!fits(word.substring(0, next), style)) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    private static boolean fits(String line, TextStyle style) throws IOException {
        return style.font().getStringWidth(line) / 1000 * style.size() <= TEXT_WIDTH;
    }

    /**
     * The text with every character the font cannot show replaced, since PDFBox refuses to write one. The standard
     * fonts hold only WinAnsiEncoding: Latin-1 and the typographic punctuation (– — ’ “ ” …). Other spaces become
     * a space, other dashes a hyphen, invisible marks (such as the direction marks in Arabic text) go, a letter the
     * font lacks becomes its compatibility decomposition without accents when the font has that (Ş → S, ﬁ → fi),
     * and anything else becomes '?'.
     */
    private static String showable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = Character.toString(c);
            if (c == '\n' || c == '\r' || canShow(character, font)) {
                out.append(character);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                out.append('-');
            } else if (Character.getType(c) != Character.FORMAT) {
                String plain = ACCENTS.matcher(Normalizer.normalize(character, Normalizer.Form.NFKD)).replaceAll("");
                out.append(!plain.isEmpty() && canShow(plain, font) ? plain : "?");
            }
        });
        return out.toString();
    }

    private static boolean canShow(String text, PDFont font) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
