package org.sirocco.exchange.io;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.sirocco.data.Category;
import org.sirocco.exchange.Chronology;
import org.sirocco.i18n.Language;
import org.sirocco.io.AtomicFile;
import org.sirocco.pdf.PdfFonts;
import org.sirocco.pdf.VisualText;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.symbols.MarkerShape;

/**
 * Writes a chronology as a PDF table for a briefing's annex (Apache PDFBox): a header with the dataset, the filters
 * and the time window, a row per event with its category's symbol in the app's colours, the sources numbered and
 * listed at the end, and page numbers, in the language of the messages it is given. Text is in the bundled DejaVu
 * Sans, embedded, which has Arabic and the narrow no-break space of French numbers; Arabic is shaped and ordered
 * (see {@link VisualText}), and an Arabic chronology runs right to left, its columns from the right. Characters the
 * font lacks are written without their accents, or as "?".
 */
public final class ChronologyPdfWriter {

    private static final float MARGIN = 42;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 10.5f;
    private static final float GAP = 5;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** Column widths as fractions of the text width: date, place, category symbol, title, killed, injured, sources. */
    private static final float[] COLUMNS = {0.15f, 0.17f, 0.03f, 0.39f, 0.08f, 0.08f, 0.10f};

    private final Chronology chronology;
    private final Chronology.PageSize size;
    private final ResourceBundle messages;
    private final Locale locale;
    private final boolean rightToLeft;
    private PDFont regular;
    private PDFont bold;
    private PDDocument doc;
    private PDPageContentStream out;
    private float y;

    private ChronologyPdfWriter(Chronology chronology, Chronology.PageSize size, ResourceBundle messages) {
        this.chronology = chronology;
        this.size = size;
        this.messages = messages;
        Language language = Language.of(messages);
        this.locale = language.locale();
        this.rightToLeft = language.isRightToLeft();
    }

    /** Writes {@code chronology} with its words from {@code messages}. */
    public static void write(Path file, Chronology chronology, Chronology.PageSize size, ResourceBundle messages)
            throws IOException {
        new ChronologyPdfWriter(chronology, size, messages).write(file);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), locale).format(arguments);
    }

    /**
     * Where a span {@code offset} points into the text width and {@code width} wide starts from the page's left:
     * mirrored in a right-to-left chronology, whose first column is on the right.
     */
    private float left(float offset, float width) {
        return rightToLeft ? MARGIN + textWidth() - offset - width : MARGIN + offset;
    }

    private float textWidth() {
        return size.width() - 2 * MARGIN;
    }

    private void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            regular = PdfFonts.REGULAR.embed(document);
            bold = PdfFonts.BOLD.embed(document);
            document.getDocumentCatalog().setLanguage(locale.stripExtensions().toLanguageTag());
            newPage();
            header();
            tableHeader();
            for (Chronology.Row r : chronology.rows()) {
                row(r);
            }
            sources();
            out.close();
            pageNumbers();
            AtomicFile.write(file, document::save);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(new PDRectangle(size.width(), size.height()));
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = size.height() - MARGIN;
    }

    private void ensure(float height, boolean repeatHeader) throws IOException {
        if (y - height < MARGIN + 18) {
            newPage();
            if (repeatHeader) {
                tableHeader();
            }
        }
    }

    private void header() throws IOException {
        Chronology.Header h = chronology.header();
        text(bold, 15, MARGIN, textWidth(), y - 15, format("chronology.title", h.dataset()));
        y -= 24;
        List<String> lines = new ArrayList<>();
        lines.add(format("chronology.window", h.window() == null ? messages.getString("chronology.allDates")
                : h.window()));
        lines.add(format("chronology.filters", h.filters() == null ? messages.getString("chronology.noFilters")
                : h.filters()));
        lines.add(format("chronology.counts", chronology.rows().size(), chronology.sources().size()));
        if (!h.credits().isEmpty()) {
            lines.add(format("chronology.data", String.join(messages.getString("chronology.filter.separator"),
                    h.credits())));
        }
        for (String line : lines) {
            for (String wrapped : wrap(line, regular, 9.5f, textWidth())) {
                text(regular, 9.5f, MARGIN, textWidth(), y - 9.5f, wrapped);
                y -= 12;
            }
        }
        y -= 8;
    }

    private void tableHeader() throws IOException {
        float offset = 0;
        for (int c = 0; c < COLUMNS.length; c++) {
            float width = COLUMNS[c] * textWidth();
            String column = Chronology.COLUMNS.get(c);
            if (!column.equals("category")) { // the symbols' column needs no heading
                text(bold, SIZE, left(offset, width - GAP), width - GAP, y - SIZE,
                        messages.getString("chronology.column." + column));
            }
            offset += width;
        }
        y -= LEADING + 2;
        out.setStrokingColor(Color.GRAY);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y + 2);
        out.lineTo(size.width() - MARGIN, y + 2);
        out.stroke();
        y -= 3;
    }

    private void row(Chronology.Row r) throws IOException {
        String[] cells = {r.date(), r.place(), null, r.title(), Chronology.toll(r.killed(), locale),
            Chronology.toll(r.injured(), locale), Chronology.refs(r)};
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> w = cells[c] == null ? List.of() : wrap(cells[c], regular, SIZE,
                    COLUMNS[c] * textWidth() - GAP);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        ensure(lines * LEADING + 3, true);
        float offset = 0;
        for (int c = 0; c < cells.length; c++) {
            float width = COLUMNS[c] * textWidth();
            if (cells[c] == null) {
                symbol(r.category(), left(offset + 4, 0), y - SIZE / 2 - 1);
            }
            for (int k = 0; k < wrapped.get(c).size(); k++) {
                text(regular, SIZE, left(offset, width - GAP), width - GAP, y - SIZE - k * LEADING,
                        wrapped.get(c).get(k));
            }
            offset += width;
        }
        y -= lines * LEADING + 3;
    }

    private void sources() throws IOException {
        ensure(40, false);
        y -= 10;
        text(bold, 11, MARGIN, textWidth(), y - 11, messages.getString("chronology.sources"));
        y -= 18;
        int n = 1;
        for (var s : chronology.sources()) {
            String number = "[" + n++ + "]";
            List<String> lines = wrap(Chronology.cite(s), regular, SIZE, textWidth() - 28);
            ensure(lines.size() * LEADING + 2, false);
            text(regular, SIZE, left(0, 28), 28, y - SIZE, number);
            for (int k = 0; k < lines.size(); k++) {
                text(regular, SIZE, left(28, textWidth() - 28), textWidth() - 28, y - SIZE - k * LEADING,
                        lines.get(k));
            }
            y -= lines.size() * LEADING + 2;
        }
    }

    private void pageNumbers() throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = VisualText.of(format("chronology.page", i + 1, pages), rightToLeft);
                float w = regular.getStringWidth(label) / 1000 * 8;
                footer.beginText();
                footer.setFont(regular, 8);
                // At the page's outer corner: where a line of the chronology's language ends.
                footer.newLineAtOffset(rightToLeft ? MARGIN : size.width() - MARGIN - w, MARGIN / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    /** The category's marker shape in its colour, {@code 7} points across, centred on (cx, cy). */
    private void symbol(Category c, float cx, float cy) throws IOException {
        javafx.scene.paint.Color fx = CategorySymbols.defaultColor(c);
        out.setNonStrokingColor(new Color((float) fx.getRed(), (float) fx.getGreen(), (float) fx.getBlue()));
        float h = 3.5f;
        MarkerShape shape = CategorySymbols.shape(c);
        switch (shape) {
            case CIRCLE -> {
                float k = 0.552f * h;
                out.moveTo(cx + h, cy);
                out.curveTo(cx + h, cy + k, cx + k, cy + h, cx, cy + h);
                out.curveTo(cx - k, cy + h, cx - h, cy + k, cx - h, cy);
                out.curveTo(cx - h, cy - k, cx - k, cy - h, cx, cy - h);
                out.curveTo(cx + k, cy - h, cx + h, cy - k, cx + h, cy);
            }
            case SQUARE -> out.addRect(cx - h * 0.85f, cy - h * 0.85f, h * 1.7f, h * 1.7f);
            case CROSS -> {
                out.addRect(cx - h, cy - h * 0.3f, 2 * h, h * 0.6f);
                out.addRect(cx - h * 0.3f, cy - h, h * 0.6f, 2 * h);
            }
            default -> polygon(shape, cx, cy, h);
        }
        out.fill();
    }

    private void polygon(MarkerShape shape, float cx, float cy, float h) throws IOException {
        int points = switch (shape) {
            case TRIANGLE -> 3;
            case DIAMOND -> 4;
            case HEXAGON -> 6;
            default -> 10; // the star, every other point inside
        };
        for (int i = 0; i < points; i++) {
            double a = Math.PI / 2 + i * 2 * Math.PI / points + (shape == MarkerShape.HEXAGON ? Math.PI / 6 : 0);
            double r = shape == MarkerShape.STAR && i % 2 == 1 ? h * 0.42 : h;
            float px = cx + (float) (r * Math.cos(a));
            float py = cy + (float) (r * Math.sin(a));
            if (i == 0) {
                out.moveTo(px, py);
            } else {
                out.lineTo(px, py);
            }
        }
        out.closePath();
    }

    /**
     * Draws {@code text} on one line in the span from {@code left}, {@code width} wide: from its left end, or in a
     * right-to-left chronology flush right, shaped and in visual order.
     */
    private void text(PDFont font, float fontSize, float left, float width, float baseline, String text)
            throws IOException {
        String line = VisualText.of(showable(text, font), rightToLeft);
        out.setNonStrokingColor(Color.BLACK);
        out.beginText();
        out.setFont(font, fontSize);
        out.newLineAtOffset(rightToLeft ? left + width - width(line, font, fontSize) : left, baseline);
        out.showText(line);
        out.endText();
    }

    /** {@code text} in lines no wider than {@code width}, broken at spaces (or anywhere in a very long word). */
    private static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : showable(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, fontSize) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, fontSize) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** Text the font can show: line breaks become spaces, other characters lose their accents or become "?". */
    static String showable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            if (Character.isWhitespace(c)) {
                out.append(' ');
            } else if (canShow(ch, font)) {
                out.append(ch);
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION) {
                out.append('-');
            } else if (Character.getType(c) != Character.FORMAT) {
                String plain = ACCENTS.matcher(Normalizer.normalize(ch, Normalizer.Form.NFKD)).replaceAll("");
                out.append(!plain.isEmpty() && canShow(plain, font) ? plain : "?");
            }
        });
        return out.toString();
    }

    private static boolean canShow(String s, PDFont font) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
