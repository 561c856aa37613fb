package org.sirocco.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sirocco.data.Category;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.MapViewport;

/**
 * Groups the visible events in view whose markers would overlap: events falling in the same grid cell of
 * {@code cellPixels} at the current scale form a group, and neighbouring groups closer than a cell merge (a grid
 * alone would leave two markers a pixel apart across a cell border). A group of one stays a marker; larger ones are
 * drawn as clusters with a count. The grid is fixed to the map, not the screen, so clusters hold still while the
 * map pans, and split as cells shrink on zooming in. Events known only to their country form a group of their own
 * per country, at its label point, never merged with events placed more precisely nearby.
 */
final class Clusters {

    /**
     * A cell's events: {@code count} of them around {@code (x, y)} (projected), {@code single} the event when
     * alone (else -1), the events' extent and how many of each category; {@code wholeCountry} is the ISO code of
     * the country its events are known only to lie in, or null for events placed more precisely.
     */
    record Cluster(double x, double y, int count, int single, int[] byCategory, Bounds extent, String wholeCountry) {

        boolean isSingle() {
            return count == 1;
        }

        boolean isCountryWide() {
            return wholeCountry != null;
        }
    }

    /** The clusters and markers of one frame, and how many events they stand for. */
    record Result(List<Cluster> clusters, List<Cluster> singles, int events) {

        /** The markers, then the clusters. */
        List<Cluster> all() {
            List<Cluster> all = new ArrayList<>(singles);
            all.addAll(clusters);
            return all;
        }
    }

    private Clusters() {
    }

    static Result of(EventLayer layer, EventSelection visible, MapViewport viewport, double width, double height,
            double cellPixels) {
        double cell = cellPixels * viewport.metresPerPixel();
        double margin = cell;
        Bounds view = viewport.visibleBounds(width, height);
        Map<Long, Accumulator> cells = new HashMap<>();
        Map<String, Accumulator> countries = new HashMap<>();
        layer.grid.forEachIn(view.minX() - margin, view.minY() - margin, view.maxX() + margin, view.maxY() + margin,
                i -> {
                    if (!visible.contains(i)) {
                        return;
                    }
                    if (layer.countryWide.get(i)) {
                        String iso = layer.store.placeCountry(i, 0);
                        countries.computeIfAbsent(iso, k -> new Accumulator(0, 0, iso)).add(layer, i);
                        return;
                    }
                    long cx = (long) Math.floor(layer.x[i] / cell);
                    long cy = (long) Math.floor(layer.y[i] / cell);
                    cells.computeIfAbsent(key(cx, cy), k -> new Accumulator(cx, cy, null)).add(layer, i);
                });
        mergeNeighbours(cells, cell);
        List<Accumulator> groups = new ArrayList<>(cells.values());
        groups.addAll(countries.values());
        List<Cluster> clusters = new ArrayList<>();
        List<Cluster> singles = new ArrayList<>();
        int events = 0;
        for (Accumulator a : groups) {
            Cluster c = a.toCluster();
            if (!view.contains(c.x(), c.y())) {
                continue; // drawn by the view that holds its centre
            }
            events += c.count();
            (c.isSingle() ? singles : clusters).add(c);
        }
        // Later events are drawn over earlier ones, as the timeline orders them, and events known only to their
        // country over the others, so that their dashed ring shows whole.
        singles.sort(Comparator.comparing(Cluster::isCountryWide).thenComparingInt(Cluster::single));
        clusters.sort(Comparator.comparing(Cluster::isCountryWide).thenComparingInt(Cluster::count));
        return new Result(clusters, singles, events);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    /**
     * Merges groups in neighbouring cells whose centres are closer than a cell, largest groups first (then by cell),
     * so that the outcome depends on the events alone, not on the order they were met.
     */
    private static void mergeNeighbours(Map<Long, Accumulator> cells, double cell) {
        List<Accumulator> order = new ArrayList<>(cells.values());
        order.sort(Comparator.comparingInt((Accumulator a) -> -a.count).thenComparingLong(a -> a.cx)
                .thenComparingLong(a -> a.cy));
        for (Accumulator a : order) {
            if (a.merged) {
                continue;
            }
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    if (dx == 0 && dy == 0) {
                        continue;
                    }
                    Accumulator b = cells.get(key(a.cx + dx, a.cy + dy));
                    if (b != null && !b.merged && Math.hypot(a.centreX() - b.centreX(), a.centreY() - b.centreY())
                            < cell) {
                        a.absorb(b);
                        b.merged = true;
                        cells.remove(key(b.cx, b.cy));
                    }
                }
            }
        }
    }

    private static final class Accumulator {
        private final long cx;
        private final long cy;
        private final String wholeCountry;
        private boolean merged;
        private double sumX;
        private double sumY;
        private int count;
        private int first = -1;
        private final int[] byCategory = new int[Category.count()];
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        Accumulator(long cx, long cy, String wholeCountry) {
            this.cx = cx;
            this.cy = cy;
            this.wholeCountry = wholeCountry;
        }

        double centreX() {
            return sumX / count;
        }

        double centreY() {
            return sumY / count;
        }

        void absorb(Accumulator o) {
            sumX += o.sumX;
            sumY += o.sumY;
            count += o.count;
            first = Math.min(first, o.first);
            for (int c = 0; c < byCategory.length; c++) {
                byCategory[c] += o.byCategory[c];
            }
            minX = Math.min(minX, o.minX);
            minY = Math.min(minY, o.minY);
            maxX = Math.max(maxX, o.maxX);
            maxY = Math.max(maxY, o.maxY);
        }

        void add(EventLayer layer, int i) {
            double x = layer.x[i];
            double y = layer.y[i];
            sumX += x;
            sumY += y;
            count++;
            first = first < 0 ? i : Math.min(first, i);
            byCategory[layer.store.category(i).ordinal()]++;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        Cluster toCluster() {
            Bounds extent = new Bounds(minX, minY, maxX, maxY);
            return new Cluster(sumX / count, sumY / count, count, count == 1 ? first : -1, byCategory, extent,
                    wholeCountry);
        }
    }
}
