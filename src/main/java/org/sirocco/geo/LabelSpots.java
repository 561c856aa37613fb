package org.sirocco.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Where countries' names can stand in the part of them that a view shows: for each country, the centre of the
 * largest circle inside its visible part (its pole of inaccessibility there), less the boxes the view's furniture
 * covers.
 * <p>
 * The view is divided into cells fixed to the map, {@value #CELL_PIXELS} pixels across down to half that over a zoom
 * band; each cell takes the country its centre lies in, found by filling the countries' rings row by row, a tile of
 * cells at a time, and kept for the band (the last {@value #TILES} tiles), so that panning only fills the cells that
 * come into view. A
 * distance transform over the view's cells then gives each cell's distance to the nearest cell of another country,
 * the sea, a covered box or the view's edge, and each country's spot is its farthest cell. All of this is a few
 * array passes per frame.
 */
public final class LabelSpots {

    /** The centre of the largest circle inside the visible part of a country and its radius, projected metres. */
    public record Spot(double x, double y, double radius) {
    }

    private record TileKey(BasemapLevel level, int band, long column, long row) {
    }

    private record Inside(BasemapLevel level, int country, long minX, long minY, long maxX, long maxY) {
    }

    /** The cells a view covers: the first column and row, how many, and those under covered boxes. */
    private record CellView(BasemapLevel level, int band, long column, long row, int columns, int rows,
            long[] covered) {

        @Override
        public boolean equals(Object o) {
            return o instanceof CellView v && v.level == level && v.band == band && v.column == column
                    && v.row == row && v.columns == columns && v.rows == rows && Arrays.equals(v.covered, covered);
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, band, column, row, columns, rows, Arrays.hashCode(covered));
        }
    }

    static final int CELL_PIXELS = 12;
    private static final int TILE = 32;
    private static final int TILES = 256;
    private static final int ANSWERS = 4096;
    private static final short NONE = -1;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<Inside, Boolean> insides = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Inside, Boolean> eldest) {
            return size() > ANSWERS;
        }
    };
    private final Map<TileKey, short[]> tiles = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TileKey, short[]> eldest) {
            return size() > TILES;
        }
    };
    /** The cells of the last view: their countries, the first cell's column and row, the columns, the cell side. */
    private short[] lastCountries = new short[0];
    private long lastColumn;
    private long lastRow;
    private int lastColumns;
    private double lastCell = 1;
    private CellView lastView;
    private Map<Integer, Spot> lastSpots = Map.of();

    /**
     * The spot of each country of {@code level} with a part inside {@code view} but outside {@code covered} (all
     * projected), seen at {@code metresPerPixel}, by index in {@link BasemapLevel#countries()}.
     */
    public Map<Integer, Spot> spots(BasemapLevel level, Bounds view, List<Bounds> covered, double metresPerPixel) {
        // a band's scales run from 2^band to 2^(band + 1) metres per pixel: cells of CELL_PIXELS down to half that
        int band = Math.getExponent(metresPerPixel);
        double cell = CELL_PIXELS * Math.scalb(1.0, band);
        long c0 = (long) Math.ceil(view.minX() / cell - 0.5);
        long r0 = (long) Math.ceil(view.minY() / cell - 0.5);
        int columns = (int) ((long) Math.floor(view.maxX() / cell - 0.5) - c0 + 1);
        int rows = (int) ((long) Math.floor(view.maxY() / cell - 0.5) - r0 + 1);
        if (columns <= 0 || rows <= 0) {
            lastCountries = new short[0];
            lastView = null;
            return Map.of();
        }
        // covered cells, as the first and last column and row of each box
        long[] coveredCells = new long[covered.size() * 4];
        for (int b = 0; b < covered.size(); b++) {
            Bounds box = covered.get(b);
            coveredCells[4 * b] = (long) Math.ceil(box.minX() / cell - 0.5);
            coveredCells[4 * b + 1] = (long) Math.floor(box.maxX() / cell - 0.5);
            coveredCells[4 * b + 2] = (long) Math.ceil(box.minY() / cell - 0.5);
            coveredCells[4 * b + 3] = (long) Math.floor(box.maxY() / cell - 0.5);
        }
        // a view panned by less than a cell has the same cells, and so the same spots
        CellView cellView = new CellView(level, band, c0, r0, columns, rows, coveredCells);
        if (cellView.equals(lastView)) {
            return lastSpots;
        }
        short[] country = new short[columns * rows];
        // tile by tile, each tile's rows copied into the view's
        for (long tr = Math.floorDiv(r0, TILE); tr * TILE < r0 + rows; tr++) {
            for (long tc = Math.floorDiv(c0, TILE); tc * TILE < c0 + columns; tc++) {
                short[] tile = tile(level, band, cell, tc, tr);
                long fromColumn = Math.max(c0, tc * TILE);
                int length = (int) (Math.min(c0 + columns, (tc + 1) * TILE) - fromColumn);
                for (long row = Math.max(r0, tr * TILE); row < Math.min(r0 + rows, (tr + 1) * TILE); row++) {
                    System.arraycopy(tile, (int) ((row - tr * TILE) * TILE + fromColumn - tc * TILE), country,
                            (int) ((row - r0) * columns + fromColumn - c0), length);
                }
            }
        }
        for (int b = 0; b < covered.size(); b++) {
            int ca = (int) Math.max(0, coveredCells[4 * b] - c0);
            int cb = (int) Math.min(columns - 1, coveredCells[4 * b + 1] - c0);
            int ra = (int) Math.max(0, coveredCells[4 * b + 2] - r0);
            int rb = (int) Math.min(rows - 1, coveredCells[4 * b + 3] - r0);
            for (int r = ra; r <= rb; r++) {
                Arrays.fill(country, r * columns + ca, Math.max(r * columns + ca, r * columns + cb + 1), NONE);
            }
        }
        lastCountries = country;
        lastColumn = c0;
        lastRow = r0;
        lastColumns = columns;
        lastCell = cell;
        float[] distance = distances(country, columns, rows);
        int[] farthest = new int[level.countries().size()];
        Arrays.fill(farthest, -1);
        for (int i = 0; i < country.length; i++) {
            int k = country[i];
            if (k != NONE && (farthest[k] < 0 || distance[i] > distance[farthest[k]])) {
                farthest[k] = i;
            }
        }
        Map<Integer, Spot> out = new HashMap<>();
        for (int k = 0; k < farthest.length; k++) {
            int i = farthest[k];
            if (i >= 0) {
                // the nearest other cell's centre is distance[i] cells away, but the view's edge may lie up to a
                // cell nearer than the centre of the cell beyond it: a cell less is a radius that fits
                out.put(k, new Spot((c0 + i % columns + 0.5) * cell, (r0 + i / columns + 0.5) * cell,
                        (distance[i] - 1) * cell));
            }
        }
        lastView = cellView;
        lastSpots = Map.copyOf(out);
        return lastSpots;
    }

    /**
     * Each cell's distance, in cells, to the nearest cell of another country or of none, or to the grid's edge (a
     * chamfer distance transform, two passes, within each country's cells).
     */
    private static float[] distances(short[] country, int columns, int rows) {
        float[] d = new float[country.length];
        float diagonal = (float) Math.sqrt(2);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                d[i] = country[i] == NONE ? 0 : r == 0 || c == 0 || r == rows - 1 || c == columns - 1
                        || !sameAround(country, columns, i) ? 1 : Float.MAX_VALUE;
            }
        }
        for (int r = 1; r < rows - 1; r++) {
            for (int c = 1; c < columns - 1; c++) {
                int i = r * columns + c;
                d[i] = Math.min(d[i], Math.min(Math.min(d[i - 1] + 1, d[i - columns] + 1),
                        Math.min(d[i - columns - 1] + diagonal, d[i - columns + 1] + diagonal)));
            }
        }
        for (int r = rows - 2; r > 0; r--) {
            for (int c = columns - 2; c > 0; c--) {
                int i = r * columns + c;
                d[i] = Math.min(d[i], Math.min(Math.min(d[i + 1] + 1, d[i + columns] + 1),
                        Math.min(d[i + columns + 1] + diagonal, d[i + columns - 1] + diagonal)));
            }
        }
        return d;
    }

    /** Whether the eight cells around inner cell i are all of its country. */
    private static boolean sameAround(short[] country, int columns, int i) {
        short k = country[i];
        return country[i - 1] == k && country[i + 1] == k && country[i - columns] == k && country[i + columns] == k
                && country[i - columns - 1] == k && country[i - columns + 1] == k && country[i + columns - 1] == k
                && country[i + columns + 1] == k;
    }

    private short[] tile(BasemapLevel level, int band, double cell, long column, long row) {
        return tiles.computeIfAbsent(new TileKey(level, band, column, row), k -> fill(level, cell, column, row));
    }

    /**
     * The countries of a tile's cells: each country's rings crossed with the horizontal line through each row of cell
     * centres, and the cells between alternate crossings filled (even-odd, as the map is filled).
     */
    private static short[] fill(BasemapLevel level, double cell, long column, long row) {
        short[] tile = new short[TILE * TILE];
        Arrays.fill(tile, NONE);
        double x0 = column * TILE * cell;
        double y0 = row * TILE * cell;
        Bounds extent = new Bounds(x0, y0, x0 + TILE * cell, y0 + TILE * cell);
        List<List<Double>> crossings = new ArrayList<>(TILE);
        for (int r = 0; r < TILE; r++) {
            crossings.add(new ArrayList<>());
        }
        for (int k = 0; k < level.countries().size(); k++) {
            CountryShape c = level.countries().get(k);
            if (c.iso() == null || !c.bounds().intersects(extent)) {
                continue;
            }
            crossings.forEach(List::clear);
            for (double[] ring : c.rings()) {
                int n = ring.length / 2;
                for (int p = 0; p < n; p++) {
                    int q = (p + 1) % n;
                    double ax = ring[2 * p];
                    double ay = ring[2 * p + 1];
                    double bx = ring[2 * q];
                    double by = ring[2 * q + 1];
                    // rows whose centre line y satisfies min(ay, by) <= y < max(ay, by)
                    int first = (int) Math.max(0, Math.ceil((Math.min(ay, by) - y0) / cell - 0.5));
                    int last = (int) Math.min(TILE - 1, Math.ceil((Math.max(ay, by) - y0) / cell - 0.5) - 1);
                    for (int r = first; r <= last; r++) {
                        double y = y0 + (r + 0.5) * cell;
                        crossings.get(r).add(ax + (y - ay) * (bx - ax) / (by - ay));
                    }
                }
            }
            for (int r = 0; r < TILE; r++) {
                List<Double> xs = crossings.get(r);
                xs.sort(null);
                for (int i = 0; i + 1 < xs.size(); i += 2) {
                    int from = (int) Math.max(0, Math.ceil((xs.get(i) - x0) / cell - 0.5));
                    int to = (int) Math.min(TILE - 1, Math.ceil((xs.get(i + 1) - x0) / cell - 0.5) - 1);
                    for (int col = from; col <= to; col++) {
                        tile[r * TILE + col] = (short) k;
                    }
                }
            }
        }
        return tile;
    }

    /**
     * The country (index) of the cell at the projected point in the view of the last {@link #spots} call, as far as
     * a cell tells; -1 at sea, under a covered box or outside that view.
     */
    public int countryNear(double x, double y) {
        long column = (long) Math.floor(x / lastCell) - lastColumn;
        long row = (long) Math.floor(y / lastCell) - lastRow;
        long i = row * lastColumns + column;
        return column < 0 || column >= lastColumns || row < 0 || i >= lastCountries.length ? NONE
                : lastCountries[(int) i];
    }

    /**
     * Whether the rectangle (projected) lies wholly inside country {@code index} of {@code level}. Answers are kept
     * for the last {@value #ANSWERS} rectangles: a name at a label point tests the same rectangle frame after frame
     * while the map pans.
     */
    public boolean inside(BasemapLevel level, int index, Bounds rectangle) {
        // to the metre, so that the same rectangle seen from a panned view is the same key
        Inside key = new Inside(level, index, Math.round(rectangle.minX()), Math.round(rectangle.minY()),
                Math.round(rectangle.maxX()), Math.round(rectangle.maxY()));
        return insides.computeIfAbsent(key, k -> level.area(index).covers(GEOMETRY.toGeometry(
                new Envelope(k.minX(), k.maxX(), k.minY(), k.maxY()))));
    }
}
