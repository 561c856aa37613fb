package org.sirocco.timeline;

import org.sirocco.data.Category;
import org.sirocco.data.EventStore;

/**
 * Where things go on the timeline for a given size and scale: one lane per category above an axis strip, each
 * event's mark at its start day, spread vertically within its lane by a fixed jitter so that events of the same
 * day stay apart. Shared by the renderer and the hit test, so both agree to the pixel.
 */
final class TimelineLayout {

    static final double AXIS_HEIGHT = 26;
    static final double MARK_SIZE = 8;

    final TimeScale scale;
    final double width;
    final double height;
    final double laneHeight;

    TimelineLayout(TimeScale scale, double width, double height) {
        this.scale = scale;
        this.width = width;
        this.height = height;
        this.laneHeight = Math.max(4, (height - AXIS_HEIGHT) / Category.count());
    }

    double lanesBottom() {
        return height - AXIS_HEIGHT;
    }

    double laneTop(Category c) {
        return c.ordinal() * laneHeight;
    }

    /** The lane at height {@code y}, or null on the axis. */
    Category laneAt(double y) {
        if (y < 0 || y >= lanesBottom()) {
            return null;
        }
        return Category.ofOrdinal(Math.min(Category.count() - 1, (int) (y / laneHeight)));
    }

    double markX(EventStore store, int i) {
        // a day-precision mark sits mid-day; coarser ones sit at the start of their period
        return scale.toX(store.startDay(i) + 0.5);
    }

    double markY(EventStore store, int i) {
        Category c = store.category(i);
        double room = Math.max(0, laneHeight - MARK_SIZE - 4) / 2;
        return laneTop(c) + laneHeight / 2 + room * jitter(i);
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
