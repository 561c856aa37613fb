package org.sirocco.filter;

/**
 * The death-toll slider's scale: positions 0..1 map to tolls 0..max logarithmically, so that the tolls most events
 * have (a handful) get as much room as the rare hundreds.
 */
final class KilledScale {

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
}
