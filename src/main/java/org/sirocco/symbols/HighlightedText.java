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
     * fits, else a part ending in {@code ellipsis}. When the first match would not show that way, the part starts
     * with {@code ellipsis} a word before the match, so that the user sees why the row matched. Plain text is
     * measured in {@code font}, matches in its bold face (as the {@code .match} style draws them).
     */
    public static List<Text> fitted(String text, List<String> words, double width, Font font, String ellipsis) {
        List<int[]> ranges = TextMatch.highlights(text, words);
        Measure measure = new Measure(text, ranges, font);
        if (measure.width(0, text.length()) <= width) {
            return runs(text, ranges, 0, text.length());
        }
        double dots = measure.plain(ellipsis);
        int start = 0;
        if (!ranges.isEmpty()) {
            int[] first = ranges.get(0);
            if (measure.width(0, first[1]) + dots > width) {
                start = first[0];
                int word = wordStart(text, first[0]);
                for (int from : new int[] {wordStart(text, word - 1), word}) {
                    if (measure.width(from, first[1]) + 2 * dots <= width) {
                        start = from;
                        break;
                    }
                }
            }
        }
        double room = width - (start > 0 ? dots : 0);
        int end = text.length();
        if (measure.width(start, end) > room) {
            // The longest part from start that leaves room for the trailing ellipsis (widths grow with the end).
            int low = start;
            int high = end;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (measure.width(start, mid) + dots <= room) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            end = low;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        List<Text> out = new ArrayList<>();
        if (start > 0) {
            out.add(new Text(ellipsis));
        }
        out.addAll(runs(text, ranges, start, end));
        if (end < text.length()) {
            out.add(new Text(ellipsis));
        }
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

    /** Where the word holding {@code at} begins (0 for a negative {@code at}). */
    private static int wordStart(String text, int at) {
        int i = Math.max(at, 0);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
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
