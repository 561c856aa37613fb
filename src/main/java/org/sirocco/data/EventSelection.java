package org.sirocco.data;

import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * An immutable set of store indices with constant-time rank, so that "how many selected events lie in index
 * range [lo, hi)" (a histogram bin, a time window) costs two array reads and two bit counts.
 */
public final class EventSelection {

    private final int size;
    private final long[] words;
    /** rankBefore[w] = number of set bits in words[0..w). */
    private final int[] rankBefore;
    private final int cardinality;

    private EventSelection(int size, long[] words) {
        this.size = size;
        this.words = words;
        this.rankBefore = new int[words.length + 1];
        for (int w = 0; w < words.length; w++) {
            rankBefore[w + 1] = rankBefore[w] + Long.bitCount(words[w]);
        }
        this.cardinality = rankBefore[words.length];
    }

    public static EventSelection of(int size, BitSet bits) {
        long[] words = new long[wordCount(size)];
        long[] src = bits.toLongArray();
        System.arraycopy(src, 0, words, 0, Math.min(src.length, words.length));
        clearTail(size, words);
        return new EventSelection(size, words);
    }

    public static EventSelection all(int size) {
        long[] words = new long[wordCount(size)];
        java.util.Arrays.fill(words, -1L);
        clearTail(size, words);
        return new EventSelection(size, words);
    }

    public static EventSelection none(int size) {
        return new EventSelection(size, new long[wordCount(size)]);
    }

    /** The indices in {@code [from, to)}. */
    public static EventSelection range(int size, int from, int to) {
        BitSet bits = new BitSet(size);
        bits.set(Math.max(0, from), Math.min(size, to));
        return of(size, bits);
    }

    static EventSelection wrap(int size, long[] words) {
        clearTail(size, words);
        return new EventSelection(size, words);
    }

    /** Number of indices the selection ranges over (the store's size). */
    public int size() {
        return size;
    }

    /** Number of selected indices. */
    public int count() {
        return cardinality;
    }

    public boolean contains(int index) {
        return index >= 0 && index < size && (words[index >>> 6] & (1L << index)) != 0;
    }

    /** Number of selected indices below {@code index}. */
    public int rank(int index) {
        if (index <= 0) {
            return 0;
        }
        if (index >= size) {
            return cardinality;
        }
        int w = index >>> 6;
        long mask = (1L << index) - 1; // low (index % 64) bits
        return rankBefore[w] + Long.bitCount(words[w] & mask);
    }

    /** Number of selected indices in {@code [from, to)}. */
    public int countInRange(int from, int to) {
        return to <= from ? 0 : rank(to) - rank(from);
    }

    /** The first selected index at or after {@code from}, or -1. */
    public int nextSetBit(int from) {
        if (from < 0) {
            from = 0;
        }
        if (from >= size) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /** The last selected index at or before {@code from}, or -1. */
    public int previousSetBit(int from) {
        if (from >= size) {
            from = size - 1;
        }
        if (from < 0) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L >>> (63 - (from & 63)));
        while (true) {
            if (word != 0) {
                return (w << 6) + 63 - Long.numberOfLeadingZeros(word);
            }
            if (w-- == 0) {
                return -1;
            }
            word = words[w];
        }
    }

    public void forEach(IntConsumer action) {
        for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
            action.accept(i);
        }
    }

    /** Calls {@code action} for the selected indices in {@code [from, to)}. */
    public void forEachInRange(int from, int to, IntConsumer action) {
        for (int i = nextSetBit(from); i >= 0 && i < to; i = nextSetBit(i + 1)) {
            action.accept(i);
        }
    }

    public EventSelection and(EventSelection other) {
        requireSameSize(other);
        long[] out = new long[words.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = words[w] & other.words[w];
        }
        return new EventSelection(size, out);
    }

    public EventSelection or(EventSelection other) {
        requireSameSize(other);
        long[] out = new long[words.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = words[w] | other.words[w];
        }
        return new EventSelection(size, out);
    }

    /** Size of the intersection with {@code other}, without building it. */
    public int countAnd(EventSelection other) {
        requireSameSize(other);
        int n = 0;
        for (int w = 0; w < words.length; w++) {
            n += Long.bitCount(words[w] & other.words[w]);
        }
        return n;
    }

    long word(int w) {
        return words[w];
    }

    private void requireSameSize(EventSelection other) {
        if (other.size != size) {
            throw new IllegalArgumentException("selections over different stores: " + size + " vs " + other.size);
        }
    }

    static int wordCount(int size) {
        return (size + 63) >>> 6;
    }

    private static void clearTail(int size, long[] words) {
        if ((size & 63) != 0 && words.length > 0) {
            words[words.length - 1] &= (1L << size) - 1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSelection s && s.size == size && java.util.Arrays.equals(s.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * size + java.util.Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "EventSelection[" + cardinality + " of " + size + "]";
    }
}
