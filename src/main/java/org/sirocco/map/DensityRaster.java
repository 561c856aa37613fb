package org.sirocco.map;

import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.sirocco.data.Category;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.MapViewport;
import org.sirocco.symbols.CategorySymbols;

/**
 * Draws very many events as a density surface instead of markers: events are counted per screen cell and per
 * category, each cell takes the colour of its most frequent category and an opacity that grows with the logarithm
 * of its count. One pass over the visible events and one image upload per frame, whatever their number.
 */
final class DensityRaster {

    /** Side of a cell in pixels: fine enough to show the shape of hotspots. */
    static final int CELL = 3;

    private int columns;
    private int rows;
    private int[] counts = new int[0];
    private int[] byCategory = new int[0];
    private int[] argb = new int[0];
    private WritableImage image;

    /**
     * Counts and colours the visible events into {@link #image()} (one pixel per cell); adds the events counted to
     * {@code byCategory} and returns their number.
     */
    int render(EventLayer layer, EventSelection visible, MapViewport vp, double width, double height,
            CategorySymbols symbols, int[] perCategory) {
        columns = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        int cells = columns * rows;
        if (counts.length < cells) {
            counts = new int[cells];
            byCategory = new int[cells * Category.count()];
            argb = new int[cells];
        } else {
            Arrays.fill(counts, 0, cells, 0);
            Arrays.fill(byCategory, 0, cells * Category.count(), 0);
        }
        double scale = 1 / (vp.metresPerPixel() * CELL);
        double x0 = vp.toMapX(0, width);
        double y0 = vp.toMapY(0, height);
        int counted = 0;
        int max = 0;
        float[] xs = layer.x;
        float[] ys = layer.y;
        int categories = Category.count();
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double fx = (xs[i] - x0) * scale;
            double fy = (y0 - ys[i]) * scale;
            if (fx < 0 || fy < 0 || fx >= columns || fy >= rows) {
                continue;
            }
            int cell = (int) fy * columns + (int) fx;
            int n = ++counts[cell];
            if (n > max) {
                max = n;
            }
            int category = layer.store.categoryOrdinal(i);
            byCategory[cell * categories + category]++;
            perCategory[category]++;
            counted++;
        }
        fill(cells, max, symbols);
        if (image == null || image.getWidth() != columns || image.getHeight() != rows) {
            image = new WritableImage(columns, rows);
        }
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbPreInstance(), argb, 0, columns);
        return counted;
    }

    WritableImage image() {
        return image;
    }

    private void fill(int cells, int max, CategorySymbols symbols) {
        int[] colours = new int[Category.count()];
        for (Category c : Category.values()) {
            Color col = symbols.color(c);
            colours[c.ordinal()] = ((int) Math.round(col.getRed() * 255) << 16)
                    | ((int) Math.round(col.getGreen() * 255) << 8) | (int) Math.round(col.getBlue() * 255);
        }
        double logMax = Math.log1p(Math.max(1, max));
        for (int cell = 0; cell < cells; cell++) {
            int n = counts[cell];
            if (n == 0) {
                argb[cell] = 0;
                continue;
            }
            int base = cell * Category.count();
            int best = 0;
            for (int c = 1; c < Category.count(); c++) {
                if (byCategory[base + c] > byCategory[base + best]) {
                    best = c;
                }
            }
            // at least a third opaque so that a single event still shows
            double alpha = 0.35 + 0.65 * Math.log1p(n) / logMax;
            int a = (int) Math.round(alpha * 255);
            int rgb = colours[best];
            int r = ((rgb >> 16) & 0xff) * a / 255;
            int g = ((rgb >> 8) & 0xff) * a / 255;
            int b = (rgb & 0xff) * a / 255;
            argb[cell] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
}
