package org.sirocco.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sirocco.data.Category;
import org.sirocco.data.EventStore;

/**
 * Where things go on the timeline for a given size, scale and set of lanes: a histogram strip on top, one lane per
 * category (a collapsed lane is a thin strip), an axis strip at the bottom; each event's mark at its start day,
 * spread vertically within its lane by a fixed jitter so that events of the same day stay apart. A lane never gets
 * less than a readable height: when there is no room for every lane, the histogram gives some of its height, then
 * lanes fold into it (the least used first, the ones the user asked to see last), and a box on the histogram says
 * how many are folded. Shared by the renderer and the hit tests, so both agree to the pixel.
 */
final class TimelineLayout {

    static final double AXIS_HEIGHT = 20;
    static final double HISTOGRAM_HEIGHT = 30;
    /** The histogram gives up to this much of its height before lanes fold. */
    static final double MIN_HISTOGRAM_HEIGHT = 16;
    static final double COLLAPSED_HEIGHT = 13;
    /** The least height of an open lane: its name whole and its marks clear of the next lane. */
    static final double MIN_LANE_HEIGHT = 16;
    static final double MARK_SIZE = 8;
    static final double LABEL_LEFT = 1;
    private static final double NAME_HEIGHT = 13;

    /** What decides the lanes: which the user collapsed, which they asked to see, and how many events each has. */
    record Lanes(Set<Category> collapsed, List<Category> preferred, int[] counts, LaneLabels labels) {
    }

    final TimeScale scale;
    final double width;
    final double height;
    private final double histogramHeight;
    private final double[] laneTop = new double[Category.count()];
    private final double[] laneHeight = new double[Category.count()];
    private final Set<Category> collapsed;
    private final Set<Category> folded = EnumSet.noneOf(Category.class);
    private final LaneLabels labels;

    TimelineLayout(TimeScale scale, double width, double height, Lanes lanes) {
        this.scale = scale;
        this.width = width;
        this.height = height;
        this.collapsed = lanes.collapsed();
        this.labels = lanes.labels();
        List<Category> keep = keepingOrder(lanes);
        double room = height - AXIS_HEIGHT - HISTOGRAM_HEIGHT;
        double need = leastHeight(keep);
        double histogram = HISTOGRAM_HEIGHT;
        if (need > room) {
            histogram = Math.max(MIN_HISTOGRAM_HEIGHT, HISTOGRAM_HEIGHT - (need - room));
            room = height - AXIS_HEIGHT - histogram;
        }
        while (!keep.isEmpty() && need > room) {
            folded.add(keep.remove(keep.size() - 1));
            need = leastHeight(keep);
        }
        histogramHeight = histogram;
        int open = 0;
        for (Category c : keep) {
            open += collapsed.contains(c) ? 0 : 1;
        }
        double openHeight = open == 0 ? 0 : (room - (keep.size() - open) * COLLAPSED_HEIGHT) / open;
        double y = lanesTop();
        for (Category c : Category.values()) {
            laneTop[c.ordinal()] = y;
            laneHeight[c.ordinal()] = folded.contains(c) ? 0 : collapsed.contains(c) ? COLLAPSED_HEIGHT : openHeight;
            y += laneHeight[c.ordinal()];
        }
    }

    /** Lanes in the order they keep their place: those asked for, then open ones, then collapsed; most used first. */
    private static List<Category> keepingOrder(Lanes lanes) {
        List<Category> order = new ArrayList<>();
        for (Category c : lanes.preferred()) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        List<Category> rest = new ArrayList<>(EnumSet.allOf(Category.class));
        rest.removeAll(order);
        rest.sort(Comparator.comparing((Category c) -> lanes.collapsed().contains(c))
                .thenComparing(c -> -lanes.counts()[c.ordinal()]));
        order.addAll(rest);
        return order;
    }

    private double leastHeight(List<Category> lanes) {
        double h = 0;
        for (Category c : lanes) {
            h += collapsed.contains(c) ? COLLAPSED_HEIGHT : MIN_LANE_HEIGHT;
        }
        return h;
    }

    double lanesTop() {
        return histogramHeight;
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

    /** Whether lane {@code c} has no room and shows only in the histogram. */
    boolean isFolded(Category c) {
        return folded.contains(c);
    }

    /** The lanes folded into the histogram, in category order. */
    Set<Category> folded() {
        return folded;
    }

    /** The lane at height {@code y}, or null on the histogram or the axis. */
    Category laneAt(double y) {
        if (y < lanesTop() || y >= lanesBottom()) {
            return null;
        }
        for (Category c : Category.values()) {
            if (!isFolded(c) && y < laneTop(c) + laneHeight(c)) {
                return c;
            }
        }
        return null;
    }

    /** The box of a lane's name, {@code [x0, y0, x1, y1]}, centred on the lane; null for a folded lane. */
    double[] labelBox(Category c) {
        if (isFolded(c)) {
            return null;
        }
        double y = laneTop(c) + laneHeight(c) / 2;
        double h = Math.min(MIN_LANE_HEIGHT, Math.max(NAME_HEIGHT, laneHeight(c)));
        return new double[] {LABEL_LEFT, y - h / 2, LABEL_LEFT + labels.widths()[c.ordinal()], y + h / 2};
    }

    /** The lane whose name box holds (x, y), or null. */
    Category laneLabelAt(double x, double y) {
        for (Category c : Category.values()) {
            double[] b = labelBox(c);
            if (b != null && x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) {
                return c;
            }
        }
        return null;
    }

    /** The box that says how many lanes are folded, on the histogram's left; null when none is. */
    double[] foldedBox() {
        if (folded.isEmpty()) {
            return null;
        }
        double h = Math.min(MIN_LANE_HEIGHT, lanesTop() - 2);
        return new double[] {LABEL_LEFT, 1, LABEL_LEFT + labels.foldedWidth(folded.size()), 1 + h};
    }

    /** Whether (x, y) falls on the folded lanes' box. */
    boolean isOnFoldedBox(double x, double y) {
        double[] b = foldedBox();
        return b != null && x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
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
