package org.sirocco.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search matches text: case- and accent-insensitive ("Aït" matches "ait", "Saïdia" matches "saidia"),
 * apostrophes ignored ("ndjamena" matches "N'Djamena"), hyphens and other punctuation read as spaces; a query of
 * several words matches text that contains every word.
 */
public final class TextMatch {

    private TextMatch() {
    }

    /** Text folded for matching: lower case, no accents, no apostrophes, punctuation as spaces. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        foldInto(text, out, null);
        return out.toString();
    }

    /** The words of a query, folded; empty for a blank query. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : fold(query).split(" +")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Whether folded text contains every folded word. */
    public static boolean matches(String foldedText, List<String> words) {
        for (String w : words) {
            if (!foldedText.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stretches {@code [start, end)} of {@code text} (not folded) where any of the words occurs, merged and in
     * order: what to highlight.
     */
    public static List<int[]> highlights(String text, List<String> words) {
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length());
        foldInto(text, folded, origin);
        boolean[] hit = new boolean[text.length() + 1];
        String f = folded.toString();
        for (String w : words) {
            for (int at = f.indexOf(w); at >= 0; at = f.indexOf(w, at + 1)) {
                int from = origin.get(at);
                int to = at + w.length() < origin.size() ? origin.get(at + w.length()) : text.length();
                for (int i = from; i < Math.max(to, from + 1); i++) {
                    hit[i] = true;
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (hit[i]) {
                int start = i;
                while (i < text.length() && hit[i]) {
                    i++;
                }
                ranges.add(new int[] {start, i});
            }
        }
        return ranges;
    }

    /**
     * Folds {@code text} into {@code out}; when {@code origin} is given, records for each folded character the index
     * of the original character it comes from.
     */
    private static void foldInto(String text, StringBuilder out, List<Integer> origin) {
        boolean lastSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece;
            if (c < 128) {
                piece = String.valueOf(Character.toLowerCase(c));
            } else {
                piece = foldNonAscii(c);
            }
            for (int k = 0; k < piece.length(); k++) {
                char p = piece.charAt(k);
                if (p == '\'' || p == '\u2019' || p == '\u2018' || p == '`') {
                    continue;
                }
                boolean space = !Character.isLetterOrDigit(p);
                if (space && lastSpace) {
                    continue;
                }
                out.append(space ? ' ' : p);
                if (origin != null) {
                    origin.add(i);
                }
                lastSpace = space;
            }
        }
    }

    private static String foldNonAscii(char c) {
        switch (c) {
            case 'ß':
                return "ss";
            case 'æ':
            case 'Æ':
                return "ae";
            case 'œ':
            case 'Œ':
                return "oe";
            case 'ø':
            case 'Ø':
                return "o";
            case 'ł':
            case 'Ł':
                return "l";
            case 'đ':
            case 'Đ':
                return "d";
            case 'ı':
                return "i";
            default:
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder kept = new StringBuilder(decomposed.length());
                for (int k = 0; k < decomposed.length(); k++) {
                    char d = decomposed.charAt(k);
                    if (Character.getType(d) != Character.NON_SPACING_MARK) {
                        kept.append(d);
                    }
                }
                return kept.toString().toLowerCase(Locale.ROOT);
        }
    }
}
