package org.sirocco.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.sirocco.pdf.PdfFonts;

/**
 * The bundled font of documents, DejaVu Sans (see {@code resources/fonts/README.md}), and text set in it: how wide
 * it is, and broken into lines. The PDF embeds this font; the slides of a PowerPoint file are laid out with its
 * widths, which are wider than those of the usual slide fonts, so text laid out with them fits whatever font shows
 * it.
 */
enum DocumentFont {
    REGULAR(PdfFonts.REGULAR),
    BOLD(PdfFonts.BOLD);

    private static final String ELLIPSIS = "\u2026";

    static {
        QuietLogging.install(); // fontbox logs through commons-logging, hence Log4j
    }
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

    private final PdfFonts file;
    /** Parsed on first use; its tables are read lazily, so every use holds the font's lock. */
    private TrueTypeFont metrics;
    private CmapLookup cmap;

    DocumentFont(PdfFonts file) {
        this.file = file;
    }

    /** The font file, as a PDF embeds it. */
    PdfFonts file() {
        return file;
    }

    /** Width of {@code text} at {@code size} points, in points. */
    synchronized float width(String text, float size) {
        try {
            load();
            long units = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                units += metrics.getAdvanceWidth(cmap.getGlyphId(text.codePointAt(i)));
            }
            return units * size / metrics.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized boolean has(int codePoint) {
        try {
            load();
            return cmap.getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() throws IOException {
        if (metrics == null) {
            try (InputStream in = file.open()) {
                metrics = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            cmap = metrics.getUnicodeCmapLookup();
        }
    }

    /**
     * {@code text} broken into lines no wider than {@code width} at {@code size}, between words where it can; a line
     * break in the text starts a new line and blank lines are dropped.
     */
    List<String> lines(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : showable(text).split("\\R")) {
            String line = "";
            for (String word : paragraph.strip().split("[ \\t]+")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(longer, size) <= width) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = word;
                while (width(line, size) > width) {
                    int cut = longestFittingPrefix(line, size, width);
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The first {@code maxLines} of {@code lines}, the last ending with an ellipsis when some are dropped. */
    List<String> cut(List<String> lines, int maxLines, float size, float width) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && width(last + ELLIPSIS, size) > width) {
            int space = last.lastIndexOf(' ');
            last = last.substring(0, space > 0 ? space : last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(kept.size() - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }

    /** How many chars of a word too long for one line go on the line, at least one code point. */
    private int longestFittingPrefix(String word, float size, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(word.substring(0, next), size) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /**
     * The text with every character the font lacks replaced, since a PDF cannot show it: other spaces become a
     * space, invisible marks (such as direction marks) go, a letter becomes its compatibility decomposition without
     * accents when the font has that (ﬁ → fi), and anything else becomes '?'. DejaVu Sans has Latin, Greek,
     * Cyrillic, Arabic and the typographic punctuation, so this seldom changes anything.
     */
    String showable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = Character.toString(c);
            if (c == '\n' || c == '\r' || has(c)) {
                out.append(character);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                String plain = ACCENTS.matcher(Normalizer.normalize(character, Normalizer.Form.NFKD)).replaceAll("");
                out.append(!plain.isEmpty() && plain.codePoints().allMatch(this::has) ? plain : "?");
            }
        });
        return out.toString();
    }
}
