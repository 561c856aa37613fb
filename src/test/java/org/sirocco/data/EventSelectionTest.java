package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventSelectionTest {

    @Test
    void rankCountsTheSelectedIndicesBelow() {
        Random random = new Random(3);
        int size = 1_000;
        BitSet bits = new BitSet();
        for (int i = 0; i < size; i++) {
            if (random.nextInt(3) == 0) {
                bits.set(i);
            }
        }
        EventSelection s = EventSelection.of(size, bits);
        assertEquals(bits.cardinality(), s.count());
        for (int i = 0; i <= size; i++) {
            assertEquals(bits.get(0, i).cardinality(), s.rank(i), "rank " + i);
        }
        assertEquals(bits.get(100, 700).cardinality(), s.countInRange(100, 700));
    }

    @Test
    void nextAndPreviousSetBitWalkTheSelection() {
        BitSet bits = new BitSet();
        bits.set(3);
        bits.set(64);
        bits.set(130);
        EventSelection s = EventSelection.of(200, bits);
        assertEquals(3, s.nextSetBit(0));
        assertEquals(64, s.nextSetBit(4));
        assertEquals(130, s.nextSetBit(65));
        assertEquals(-1, s.nextSetBit(131));
        assertEquals(64, s.previousSetBit(129));
        assertEquals(3, s.previousSetBit(63));
        assertEquals(-1, s.previousSetBit(2));
        List<Integer> seen = new ArrayList<>();
        s.forEachInRange(4, 131, seen::add);
        assertEquals(List.of(64, 130), seen);
    }

    @Test
    void allNoneAndRangeCoverWhatTheySay() {
        assertEquals(70, EventSelection.all(70).count());
        assertFalse(EventSelection.all(70).contains(70));
        assertEquals(0, EventSelection.none(70).count());
        EventSelection r = EventSelection.range(200, 60, 70);
        assertEquals(10, r.count());
        assertTrue(r.contains(60) && r.contains(69) && !r.contains(70));
    }

    @Test
    void andOrCombineSelections() {
        EventSelection a = EventSelection.range(100, 0, 60);
        EventSelection b = EventSelection.range(100, 40, 100);
        assertEquals(20, a.and(b).count());
        assertEquals(100, a.or(b).count());
    }
}
