package org.sirocco.list;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class EventRowsTest {

    private static final int[] KILLED = {5, -1, 12, 5, 0, 40};

    @Test
    void sortingByANumberKeepsDateOrderAmongEqualKeys() {
        int[] events = {0, 1, 2, 3, 4, 5};
        assertArrayEquals(new int[] {1, 4, 0, 3, 2, 5}, EventRows.sortedByKey(events, i -> KILLED[i], false));
        assertArrayEquals(new int[] {5, 2, 0, 3, 4, 1}, EventRows.sortedByKey(events, i -> KILLED[i], true));
    }

    @Test
    void sortingByAComparatorIsStable() {
        String[] titles = {"b", "a", "b", "a"};
        assertArrayEquals(new int[] {1, 3, 0, 2},
                EventRows.sorted(new int[] {0, 1, 2, 3}, Comparator.comparing(i -> titles[i])));
    }

    @Test
    void replacingTheRowsTellsListenersWhatWasRemovedAndAdded() {
        EventRows rows = new EventRows();
        rows.setAll(new int[] {7, 8, 9});
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.getRemoved() + " -> " + c.getAddedSubList());
            }
        });
        rows.setAll(new int[] {3, 4});
        assertEquals(List.of("[7, 8, 9] -> [3, 4]"), changes);
        assertEquals(1, rows.positionOf(4));
        assertEquals(-1, rows.positionOf(9));
    }
}
