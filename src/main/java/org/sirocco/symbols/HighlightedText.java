package org.sirocco.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.sirocco.data.TextMatch;

/** Text with the words of a search marked, for the list and the detail panel alike. */
public final class HighlightedText {

    private HighlightedText() {
    }

    /**
     * {@code text} as runs for a TextFlow, the stretches matching {@code words} (see {@link TextMatch}) styled
     * {@code .match}.
     */
    public static List<Text> runs(String text, List<String> words) {
        return runs(text, TextMatch.highlights(text, words), 0, text.length());
    }

    /**
     * Runs of as much of {@code text} as fits on one line of {@code width}, for a table cell: the whole text if it
     * fits, else its beginning ending in {@code ellipsis}, like a plain cell, with the matches that fit highlighted.
     * Plain text is measured in {@code font}, matches in its bold face (as the {@code .match} style draws them).
     */
    public static List<Text> fitted(String text, List<String> words, double width, Font font, String ellipsis) {
        List<int[]> ranges = TextMatch.highlights(text, words);
        Measure measure = new Measure(text, ranges, font);
        if (measure.width(0, text.length()) <= width) {
            return runs(text, ranges, 0, text.length());
        }
        double room = width - measure.plain(ellipsis);
        // The longest beginning that leaves room for the ellipsis (widths grow with the end).
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (measure.width(0, mid) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int end = low;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<Text> out = runs(text, ranges, 0, end);
        out.add(new Text(ellipsis));
        return out;
    }

    /** Runs of {@code text[from, to)}, the parts of {@code ranges} inside it styled {@code .match}. */
    private static List<Text> runs(String text, List<int[]> ranges, int from, int to) {
        List<Text> runs = new ArrayList<>();
        parts(text, ranges, from, to, (part, match) -> {
            Text run = new Text(part);
            if (match) {
                run.getStyleClass().add("match");
            }
            runs.add(run);
        });
        return runs;
    }

    /** Hands over {@code text[from, to)} piece by piece, in order, saying of each whether it is in {@code ranges}. */
    private static void parts(String text, List<int[]> ranges, int from, int to, BiConsumer<String, Boolean> part) {
        int at = from;
        for (int[] range : ranges) {
            int start = Math.max(range[0], from);
            int end = Math.min(range[1], to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                part.accept(text.substring(at, start), false);
            }
            part.accept(text.substring(start, end), true);
            at = end;
        }
        if (at < to) {
            part.accept(text.substring(at, to), false);
        }
    }

    /** Widths of parts of one text on one line, matches in bold. */
    private static final class Measure {
        private final String text;
        private final List<int[]> ranges;
        private final Text plain = new Text();
        private final Text bold = new Text();

        Measure(String text, List<int[]> ranges, Font font) {
            this.text = text;
            this.ranges = ranges;
            plain.setFont(font);
            bold.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        }

        double plain(String s) {
            return width(plain, s);
        }

        double width(int from, int to) {
            double[] width = {0};
            parts(text, ranges, from, to, (part, match) -> width[0] += width(match ? bold : plain, part));
            return width[0];
        }

        private static double width(Text t, String s) {
            if (s.isEmpty()) {
                return 0;
            }
            t.setText(s);
            return t.getLayoutBounds().getWidth();
        }
    }
}
