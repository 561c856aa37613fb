package org.sirocco.filter;

/**
 * The death-toll filter's scales. The slider's positions 0..1 map to tolls 0..max logarithmically, so that the
 * tolls most events have (a handful) get as much room as the rare hundreds. The keys step through round tolls,
 * 1, 2, 3, 5, 10, 20, 30, 50, 100 and so on, so that one press moves a bound by a step a reader expects.
 */
final class KilledScale {

    private static final int[] ROUND = {1, 2, 3, 5};

    private KilledScale() {
    }

    /** The toll at slider position {@code position} (0..1) when the largest toll is {@code max}. */
    static int toKilled(double position, int max) {
        double p = Math.min(1, Math.max(0, position));
        return (int) Math.round(Math.expm1(p * Math.log1p(max)));
    }

    /** The slider position of toll {@code killed}. */
    static double toPosition(int killed, int max) {
        if (max <= 0) {
            return 0;
        }
        return Math.min(1, Math.max(0, Math.log1p(Math.max(0, killed)) / Math.log1p(max)));
    }

    /** The smallest round toll above {@code killed}. */
    static int stepUp(int killed) {
        for (long scale = 1; ; scale *= 10) {
            for (int r : ROUND) {
                if (r * scale > killed) {
                    return (int) Math.min(Integer.MAX_VALUE, r * scale);
                }
            }
        }
    }

    /** The largest round toll below {@code killed}, or 0 when there is none. */
    static int stepDown(int killed) {
        int below = 0;
        for (int step = stepUp(0); step < killed; step = stepUp(step)) {
            below = step;
        }
        return below;
    }
}
