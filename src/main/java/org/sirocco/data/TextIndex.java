package org.sirocco.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The folded text of every event (see {@link TextMatch}) in one byte array, searched by scanning for each term at
 * the beginning of a word: compact enough for a million events and fast enough to search as the user types. With
 * {@code full} text an event contributes its title, summary, places, actors (the groups a split left among them),
 * states, subtype and sources; otherwise (for very large datasets) its title, places, actors and subtype. Either way
 * it adds its titles in other languages and its states' names in every language; a term that is another language's
 * name of an actor or a place also finds the events that name it in English ({@link SearchNames}).
 */
public final class TextIndex {

    private static final byte SPACE = ' ';
    private static final byte MARK = TextMatch.MARK;

    private final byte[] text;
    private final int[] start;
    private final SearchNames names;

    private TextIndex(byte[] text, int[] start, SearchNames names) {
        this.text = text;
        this.start = start;
        this.names = names;
    }

    static TextIndex build(EventStore store, boolean full) {
        SearchNames names = SearchNames.installed();
        int n = store.size();
        int[] start = new int[n + 1];
        byte[] text = new byte[Math.max(16, n * (full ? 600 : 100))];
        int at = 0;
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < n; i++) {
            Event e = store.event(i);
            sb.setLength(0);
            sb.append(e.title()).append(' ').append(e.subtype().replace('_', ' '));
            for (String t : e.titles().values()) {
                sb.append(' ').append(t);
            }
            for (Place p : e.places()) {
                sb.append(' ').append(p.name());
            }
            for (String a : e.perpetrators()) {
                sb.append(' ').append(a);
            }
            // A search for a group finds the splits away from it, as the detail panel names it; the group filter does not.
            for (String a : e.splitFrom()) {
                sb.append(' ').append(a);
            }
            for (String a : e.agencies()) {
                sb.append(' ').append(a);
            }
            if (full) {
                sb.append(' ').append(e.summary());
                for (String s : e.states()) {
                    sb.append(' ').append(s);
                }
                for (Source s : e.sources()) {
                    sb.append(' ').append(s.title()).append(' ').append(s.publisher());
                }
                if (e.notes() != null) {
                    sb.append(' ').append(e.notes());
                }
            }
            String english = TextMatch.fold(sb.toString());
            String other = otherNames(e, names);
            byte[] folded = (other.isEmpty() ? english : english + other).getBytes(StandardCharsets.UTF_8);
            if (at + folded.length > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, at + folded.length));
            }
            System.arraycopy(folded, 0, text, at, folded.length);
            at += folded.length;
            start[i + 1] = at;
        }
        return new TextIndex(Arrays.copyOf(text, at), start, names);
    }

    /** The names of the event's states in every language, folded, each after a space. */
    private static String otherNames(Event e, SearchNames names) {
        StringBuilder sb = new StringBuilder();
        for (String s : e.states()) {
            append(sb, names.state(s));
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String folded) {
        if (!folded.isEmpty()) {
            sb.append(' ').append(folded);
        }
    }

    /**
     * The events whose text holds every term of {@code query} (see {@link TextMatch#words}); every event for a
     * blank query.
     */
    public EventSelection search(String query) {
        List<String> terms = TextMatch.words(query);
        int n = start.length - 1;
        if (terms.isEmpty()) {
            return EventSelection.all(n);
        }
        // Each term, with the English names it also stands for: an event must hold one of each term's needles.
        // The term may begin a word; an English name it stands for must be whole ("ISIS" stands for "IS", which
        // must not find "Islamic").
        List<byte[][]> needles = new ArrayList<>(terms.size());
        for (String t : terms) {
            List<String> alternatives = new ArrayList<>(List.of(t));
            for (String english : names.alternatives(t)) {
                alternatives.add(english + ' ');
            }
            needles.add(alternatives.stream().distinct().map(a -> a.getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new));
        }
        long[] words64 = new long[EventSelection.wordCount(n)];
        for (int i = 0; i < n; i++) {
            boolean all = true;
            for (byte[][] either : needles) {
                if (!containsAny(start[i], start[i + 1], either)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                words64[i >>> 6] |= 1L << i;
            }
        }
        return EventSelection.wrap(n, words64);
    }

    /** Whether one of the needles begins a word in {@code text[from, to)}; a final space also matches the end. */
    private boolean containsAny(int from, int to, byte[][] either) {
        if (contains(from, to, either[0])) {
            return true;
        }
        for (int k = 1; k < either.length; k++) {
            byte[] whole = either[k];
            if (contains(from, to, whole) || endsWith(from, to, whole)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the event's text ends with the word {@code whole} without its final space. */
    private boolean endsWith(int from, int to, byte[] whole) {
        int at = to - (whole.length - 1);
        if (at < from || (at > from && text[at - 1] != SPACE && text[at - 1] != MARK)) {
            return false;
        }
        for (int k = 0; k < whole.length - 1; k++) {
            if (text[at + k] != whole[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code needle} begins a word in {@code text[from, to)}. UTF-8 continuation bytes are never a space or a
     * mark, so a byte test finds word starts. The scan stays as tight as a plain substring search (it is the cost of
     * a search): the word-start test and the comparison come only after the first byte matches.
     */
    private boolean contains(int from, int to, byte[] needle) {
        byte first = needle[0];
        int last = to - needle.length;
        for (int i = from; i <= last; i++) {
            if (text[i] == first && (i == from || text[i - 1] == SPACE || text[i - 1] == MARK)
                    && matchesAt(i, to, needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code needle} is read from {@code at} on, stepping over apostrophe marks as {@link TextMatch} does. */
    private boolean matchesAt(int at, int to, byte[] needle) {
        int j = at + 1;
        int k = 1;
        while (k < needle.length && j < to) {
            byte b = text[j++];
            if (b == needle[k]) {
                k++;
            } else if (b != MARK) {
                return false;
            }
        }
        return k == needle.length;
    }
}
