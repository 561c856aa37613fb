package org.sirocco.data;

/**
 * A number of people (killed, injured, arrested): unknown, exact, or a range where sources disagree.
 * Unknown is never written as zero.
 */
public record Count(int min, int max) {

    public static final Count UNKNOWN = new Count(-1, -1);

    public Count {
        if (min != -1 || max != -1) {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("bad count range " + min + ".." + max);
            }
        }
    }

    public static Count exact(int n) {
        return new Count(n, n);
    }

    public static Count range(int min, int max) {
        return new Count(min, max);
    }

    public boolean isKnown() {
        return min >= 0;
    }

    public boolean isRange() {
        return isKnown() && min != max;
    }

    /** The count for display: "12", "37–40", or "unknown". */
    @Override
    public String toString() {
        if (!isKnown()) {
            return "unknown";
        }
        return isRange() ? min + "\u2013" + max : Integer.toString(min);
    }
}
