package org.sirocco.list;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntUnaryOperator;
import javafx.collections.ObservableListBase;

/**
 * The table's rows: store indices in display order, backed by an int array. Read-only to the table; the list
 * replaces its contents as a whole when the shown events or the sort change.
 */
final class EventRows extends ObservableListBase<Integer> {

    private int[] rows = new int[0];

    @Override
    public Integer get(int position) {
        if (position < 0 || position >= rows.length) {
            throw new IndexOutOfBoundsException(position);
        }
        return rows[position];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** The store index at {@code position}, unboxed. */
    int eventAt(int position) {
        return rows[position];
    }

    /** Where event {@code index} is in the rows, or -1. */
    int positionOf(int index) {
        for (int p = 0; p < rows.length; p++) {
            if (rows[p] == index) {
                return p;
            }
        }
        return -1;
    }

    /** Replaces every row. */
    void setAll(int[] newRows) {
        int[] old = rows;
        rows = newRows;
        beginChange();
        nextReplace(0, newRows.length, new AbstractList<Integer>() {
            @Override
            public Integer get(int i) {
                return old[i];
            }

            @Override
            public int size() {
                return old.length;
            }
        });
        endChange();
    }

    /**
     * The rows of {@code events} (store indices in date order) sorted by a numeric key, ties kept in date order:
     * a primitive sort of (key, index) pairs.
     */
    static int[] sortedByKey(int[] events, IntUnaryOperator key, boolean descending) {
        long[] packed = new long[events.length];
        for (int i = 0; i < events.length; i++) {
            long k = key.applyAsInt(events[i]);
            packed[i] = ((descending ? -k : k) << 32) | (events[i] & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] out = new int[events.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    /** The rows of {@code events} sorted by any comparator (stable, so ties keep date order). */
    static int[] sorted(int[] events, Comparator<Integer> order) {
        Integer[] boxed = new Integer[events.length];
        for (int i = 0; i < events.length; i++) {
            boxed[i] = events[i];
        }
        Arrays.sort(boxed, order);
        int[] out = new int[events.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
