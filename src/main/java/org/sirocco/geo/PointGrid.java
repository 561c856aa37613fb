package org.sirocco.geo;

import java.util.function.IntPredicate;

/**
 * A uniform grid over projected points for hit tests: points sorted by cell (a counting sort), so a query reads
 * only the cells a search circle overlaps. Four bytes per point plus one int per cell; a million points index in
 * tens of milliseconds, unlike a tree of boxed entries.
 */
public final class PointGrid {

    private final float[] xs;
    private final float[] ys;
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] order;

    /**
     * @param xs       projected x of each point (index = point id)
     * @param ys       projected y of each point
     * @param cellSize cell side in projected metres
     */
    public PointGrid(float[] xs, float[] ys, double cellSize) {
        this.xs = xs;
        this.ys = ys;
        this.cellSize = cellSize;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        if (xs.length == 0) {
            x0 = y0 = x1 = y1 = 0;
        }
        minX = x0;
        minY = y0;
        columns = Math.max(1, (int) ((x1 - x0) / cellSize) + 1);
        rows = Math.max(1, (int) ((y1 - y0) / cellSize) + 1);
        cellStart = new int[columns * rows + 1];
        int[] cellOf = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            cellOf[i] = cell(xs[i], ys[i]);
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        order = new int[xs.length];
        int[] fill = cellStart.clone();
        for (int i = 0; i < xs.length; i++) {
            order[fill[cellOf[i]]++] = i;
        }
    }

    private int cell(double x, double y) {
        int cx = Math.min(columns - 1, Math.max(0, (int) ((x - minX) / cellSize)));
        int cy = Math.min(rows - 1, Math.max(0, (int) ((y - minY) / cellSize)));
        return cy * columns + cx;
    }

    /**
     * The accepted point nearest to {@code (x, y)} within {@code radius} metres, or -1. Ties go to the higher index
     * (in a time-sorted store, the later event, which is drawn on top).
     */
    public int nearest(double x, double y, double radius, IntPredicate accept) {
        int c0 = (int) Math.floor((x - radius - minX) / cellSize);
        int c1 = (int) Math.floor((x + radius - minX) / cellSize);
        int r0 = (int) Math.floor((y - radius - minY) / cellSize);
        int r1 = (int) Math.floor((y + radius - minY) / cellSize);
        c0 = Math.max(0, c0);
        r0 = Math.max(0, r0);
        c1 = Math.min(columns - 1, c1);
        r1 = Math.min(rows - 1, r1);
        int best = -1;
        double bestD2 = radius * radius;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = order[k];
                    double dx = xs[i] - x;
                    double dy = ys[i] - y;
                    double d2 = dx * dx + dy * dy;
                    if ((d2 < bestD2 || (d2 == bestD2 && i > best)) && accept.test(i)) {
                        best = i;
                        bestD2 = d2;
                    }
                }
            }
        }
        return best;
    }

    /** Calls {@code action} for every point inside the rectangle (projected metres). */
    public void forEachIn(double x0, double y0, double x1, double y1, java.util.function.IntConsumer action) {
        int c0 = Math.max(0, (int) Math.floor((x0 - minX) / cellSize));
        int c1 = Math.min(columns - 1, (int) Math.floor((x1 - minX) / cellSize));
        int r0 = Math.max(0, (int) Math.floor((y0 - minY) / cellSize));
        int r1 = Math.min(rows - 1, (int) Math.floor((y1 - minY) / cellSize));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = order[k];
                    if (xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1) {
                        action.accept(i);
                    }
                }
            }
        }
    }
}
