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
 * it adds its titles in other languages and the other languages' names of its places, actors and states
 * ({@link SearchNames}).
 */
public final class TextIndex {

    private static final byte SPACE = ' ';
    private static final byte MARK = TextMatch.MARK;

    private final byte[] text;
    private final int[] start;

    private TextIndex(byte[] text, int[] start) {
        this.text = text;
        this.start = start;
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
        return new TextIndex(Arrays.copyOf(text, at), start);
    }

    /** The names in other languages of the event's places, actors and states, folded, each after a space. */
    private static String otherNames(Event e, SearchNames names) {
        StringBuilder sb = new StringBuilder();
        for (Place p : e.places()) {
            append(sb, names.place(p.name()));
        }
        for (List<String> actors : List.of(e.perpetrators(), e.splitFrom(), e.agencies())) {
            for (String a : actors) {
                append(sb, names.actor(a));
            }
        }
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
        List<byte[]> needles = new ArrayList<>(terms.size());
        for (String t : terms) {
            needles.add(t.getBytes(StandardCharsets.UTF_8));
        }
        long[] words64 = new long[EventSelection.wordCount(n)];
        for (int i = 0; i < n; i++) {
            boolean all = true;
            for (byte[] needle : needles) {
                if (!contains(start[i], start[i + 1], needle)) {
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
