package org.sirocco.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KilledScaleTest {

    @Test
    void stepsGoThroughRoundTolls() {
        List<Integer> up = new ArrayList<>();
        for (int t = 0; up.size() < 10; t = KilledScale.stepUp(t)) {
            up.add(KilledScale.stepUp(t));
        }
        assertEquals(List.of(1, 2, 3, 5, 10, 20, 30, 50, 100, 200), up);
        assertEquals(10, KilledScale.stepUp(7), "from a typed toll, the next round one");
        assertEquals(5, KilledScale.stepDown(7));
        assertEquals(500, KilledScale.stepDown(600));
        assertEquals(0, KilledScale.stepDown(1), "below 1, no bound");
        assertEquals(Integer.MAX_VALUE, KilledScale.stepUp(Integer.MAX_VALUE - 1), "never overflows");
    }

    @Test
    void positionsAndTollsRoundTrip() {
        for (int t : new int[] {1, 2, 3, 5, 10, 50, 500, 600}) {
            assertEquals(t, KilledScale.toKilled(KilledScale.toPosition(t, 600), 600));
        }
    }
}
