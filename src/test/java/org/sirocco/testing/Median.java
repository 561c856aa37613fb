package org.sirocco.testing;

import java.util.Arrays;

/** The median the benchmarks report: the middle value, or the mean of the two middle ones. */
public final class Median {

    private Median() {
    }

    public static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
