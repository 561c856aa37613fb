package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointGridTest {

    @Test
    void nearestAgreesWithABruteForceSearch() {
        Random random = new Random(7);
        int n = 5_000;
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = (float) (random.nextDouble() * 2_000_000 - 1_000_000);
            ys[i] = (float) (random.nextDouble() * 1_500_000);
        }
        PointGrid grid = new PointGrid(xs, ys, 25_000);
        for (int q = 0; q < 500; q++) {
            double x = random.nextDouble() * 2_100_000 - 1_050_000;
            double y = random.nextDouble() * 1_600_000 - 50_000;
            double radius = 5_000 + random.nextDouble() * 60_000;
            int expected = -1;
            double best = radius * radius;
            for (int i = 0; i < n; i++) {
                if (i % 3 == 0) {
                    continue; // the predicate below rejects these
                }
                double d2 = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
                if (d2 < best || (d2 == best && i > expected)) {
                    best = d2;
                    expected = i;
                }
            }
            assertEquals(expected, grid.nearest(x, y, radius, i -> i % 3 != 0), "query " + q);
        }
    }

    @Test
    void rectangleQueryFindsExactlyThePointsInside() {
        float[] xs = {0, 10, 20, 30, 40};
        float[] ys = {0, 10, 20, 30, 40};
        PointGrid grid = new PointGrid(xs, ys, 7);
        List<Integer> found = new ArrayList<>();
        grid.forEachIn(5, 5, 31, 35, found::add);
        found.sort(null);
        assertEquals(List.of(1, 2, 3), found);
    }

    @Test
    void anEmptyGridFindsNothing() {
        PointGrid grid = new PointGrid(new float[0], new float[0], 10);
        assertEquals(-1, grid.nearest(0, 0, 100, i -> true));
    }
}
