package org.sirocco.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search matches text: by whole words and word beginnings ("Ouj" finds "Oujda", "ISIS" does not find
 * "crisis"), case- and accent-insensitive ("Aït" matches "ait", "Saïdia" matches "saidia"), apostrophes ignored
 * ("ndjamena" matches "N'Djamena"), hyphens and other punctuation read as spaces. A word may also begin after an
 * apostrophe, so that "Algérie" finds "l'Algérie" and "etat" finds "coup d'état". A query of several words matches
 * text that contains every word; words in double quotes ({@code "Islamic State"}) must stand together, in that
 * order. Arabic is matched as Arabic search engines do: short vowels and other harakat (U+064B–U+0652, U+0670) and
 * tatweel (U+0640) are ignored, the alef forms (أ إ آ ٱ) read as ا, ta marbuta as ha (ة as ه) and alef maqsura as ya
 * (ى as ي).
 * <p>
 * Folded text keeps each apostrophe inside a word as {@code '}, a mark that matching steps over; query terms
 * never hold one.
 */
public final class TextMatch {

    /** Where a word may begin inside folded text: what an apostrophe inside a word folds to. */
    static final char MARK = '\'';

    private TextMatch() {
    }

    /** Text folded for matching: lower case, no accents, punctuation as single spaces, apostrophes as marks. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        foldInto(text, out, null);
        return out.toString();
    }

    /**
     * The terms of a query, folded: each word outside double quotes, and each quoted phrase whole (a quote left
     * open runs to the end, so a phrase matches while it is being typed); empty for a blank query.
     */
    public static List<String> words(String query) {
        List<String> terms = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= query.length(); i++) {
            if (i == query.length() || isQuote(query.charAt(i))) {
                String part = withoutMarks(fold(query.substring(from, i))).strip();
                if (quoted && !part.isEmpty()) {
                    terms.add(part);
                } else if (!quoted) {
                    for (String w : part.split(" +")) {
                        if (!w.isEmpty()) {
                            terms.add(w);
                        }
                    }
                }
                quoted = !quoted;
                from = i + 1;
            }
        }
        return terms;
    }

    /** Whether folded text holds every term at a word's beginning. */
    public static boolean matches(String foldedText, List<String> terms) {
        for (String t : terms) {
            if (find(foldedText, t, 0) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stretches {@code [start, end)} of {@code text} (not folded) where any of the terms occurs, merged and in
     * order: what to highlight. A term that begins a longer word marks only its own letters ("Ouj" of "Oujda").
     */
    public static List<int[]> highlights(String text, List<String> terms) {
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length());
        foldInto(text, folded, origin);
        boolean[] hit = new boolean[text.length() + 1];
        String f = folded.toString();
        for (String t : terms) {
            for (int at = find(f, t, 0); at >= 0; at = find(f, t, at + 1)) {
                int end = matchEnd(f, t, at);
                int from = origin.get(at);
                int to = end < origin.size() ? origin.get(end) : text.length();
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

    /** Where a word begins in folded text: at its start, after a space or after an apostrophe. */
    static boolean wordStartsAt(CharSequence folded, int at) {
        return at == 0 || folded.charAt(at - 1) == ' ' || folded.charAt(at - 1) == MARK;
    }

    /** The first position from {@code from} where {@code term} begins a word of {@code folded}, or -1. */
    private static int find(String folded, String term, int from) {
        if (term.isEmpty()) {
            return -1;
        }
        char first = term.charAt(0);
        for (int at = folded.indexOf(first, from); at >= 0; at = folded.indexOf(first, at + 1)) {
            if (wordStartsAt(folded, at) && matchEnd(folded, term, at) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Where {@code term}, read from {@code at} stepping over marks, ends in {@code folded}; -1 if it is not there. */
    private static int matchEnd(String folded, String term, int at) {
        int j = at;
        int k = 0;
        while (k < term.length() && j < folded.length()) {
            char c = folded.charAt(j);
            if (c == term.charAt(k)) {
                k++;
            } else if (c != MARK || k == 0) {
                return -1;
            }
            j++;
        }
        return k == term.length() ? j : -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb';
    }

    private static String withoutMarks(String folded) {
        return folded.indexOf(MARK) < 0 ? folded : folded.replace(String.valueOf(MARK), "");
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
                    // Inside a word only, once: a space already says that a word begins.
                    if (lastSpace || out.charAt(out.length() - 1) == MARK) {
                        continue;
                    }
                    p = MARK;
                }
                boolean space = p != MARK && !Character.isLetterOrDigit(p);
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
            case '\u0640': // tatweel, a stretch of the line
                return "";
            case '\u0671': // alef wasla; the other alef forms decompose to alef and a mark
                return "\u0627";
            case '\u0629': // ta marbuta
                return "\u0647";
            case '\u0649': // alef maqsura
                return "\u064a";
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
