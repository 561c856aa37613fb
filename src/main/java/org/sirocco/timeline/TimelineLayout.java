package org.sirocco.timeline;

import java.util.Set;
import org.sirocco.data.Category;
import org.sirocco.data.EventStore;

/**
 * Where things go on the timeline for a given size, scale and set of collapsed lanes: a histogram strip on top,
 * one lane per category (a collapsed lane is a thin strip), an axis strip at the bottom; each event's mark at its
 * start day, spread vertically within its lane by a fixed jitter so that events of the same day stay apart.
 * Shared by the renderer and the hit tests, so both agree to the pixel.
 */
final class TimelineLayout {

    static final double AXIS_HEIGHT = 26;
    static final double HISTOGRAM_HEIGHT = 30;
    static final double COLLAPSED_HEIGHT = 9;
    static final double MARK_SIZE = 8;
    static final double LABEL_LEFT = 1;

    final TimeScale scale;
    final double width;
    final double height;
    private final double[] laneTop = new double[Category.count()];
    private final double[] laneHeight = new double[Category.count()];
    private final Set<Category> collapsed;
    private final double[] labelWidths;

    /**
     * @param labelWidths width of each lane's name box, by category: clicking the box collapses the lane
     */
    TimelineLayout(TimeScale scale, double width, double height, Set<Category> collapsed, double[] labelWidths) {
        this.scale = scale;
        this.width = width;
        this.height = height;
        this.collapsed = collapsed;
        this.labelWidths = labelWidths;
        int open = Category.count() - collapsed.size();
        double room = lanesBottom() - lanesTop() - collapsed.size() * COLLAPSED_HEIGHT;
        double openHeight = open == 0 ? 0 : Math.max(4, room / open);
        double y = lanesTop();
        for (Category c : Category.values()) {
            laneTop[c.ordinal()] = y;
            laneHeight[c.ordinal()] = collapsed.contains(c) ? COLLAPSED_HEIGHT : openHeight;
            y += laneHeight[c.ordinal()];
        }
    }

    double lanesTop() {
        return HISTOGRAM_HEIGHT;
    }

    double lanesBottom() {
        return height - AXIS_HEIGHT;
    }

    double laneTop(Category c) {
        return laneTop[c.ordinal()];
    }

    double laneHeight(Category c) {
        return laneHeight[c.ordinal()];
    }

    boolean isCollapsed(Category c) {
        return collapsed.contains(c);
    }

    /** The lane at height {@code y}, or null on the histogram or the axis. */
    Category laneAt(double y) {
        if (y < lanesTop() || y >= lanesBottom()) {
            return null;
        }
        for (Category c : Category.values()) {
            if (y < laneTop(c) + laneHeight(c)) {
                return c;
            }
        }
        return null;
    }

    /** The box of a lane's name, {@code [x0, y0, x1, y1]}. */
    double[] labelBox(Category c) {
        double y = laneTop(c) + laneHeight(c) / 2;
        double h = Math.min(16, Math.max(10, laneHeight(c)));
        return new double[] {LABEL_LEFT, y - h / 2, LABEL_LEFT + labelWidths[c.ordinal()], y + h / 2};
    }

    /** The lane whose name box holds (x, y), or null. */
    Category laneLabelAt(double x, double y) {
        for (Category c : Category.values()) {
            double[] b = labelBox(c);
            if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code y} falls on a strip that pans when dragged: the histogram or the axis. */
    boolean isPanStrip(double y) {
        return y < lanesTop() || y >= lanesBottom();
    }

    double markX(EventStore store, int i) {
        // a day-precision mark sits mid-day; coarser ones sit at the start of their period
        return scale.toX(store.startDay(i) + 0.5);
    }

    double markY(EventStore store, int i) {
        Category c = store.category(i);
        double h = laneHeight(c);
        if (isCollapsed(c)) {
            return laneTop(c) + h / 2;
        }
        double room = Math.max(0, h - MARK_SIZE - 4) / 2;
        return laneTop(c) + h / 2 + room * jitter(i);
    }

    /** A fixed pseudo-random offset in [-1, 1] for event {@code i}. */
    static double jitter(int i) {
        int h = i * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return ((h & 0xFFFF) / 65535.0) * 2 - 1;
    }
}
