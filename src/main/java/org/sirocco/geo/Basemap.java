package org.sirocco.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The base map, projected once: country shapes for fills and hit tests, and boundary lines classified from the
 * topology (an arc used by one country is coast, by two a land border, dashed when the pair is disputed).
 * <p>
 * For drawing, {@link #forScale(double)} gives the map simplified for a zoom band: each shared arc is simplified
 * once (Douglas-Peucker, JTS) to half a pixel at the band's finest scale, so neighbouring countries keep a common
 * border and a frame draws no more points than show. Bands are computed once and kept.
 */
public final class Basemap {

    /** A country as rings of arc references ({@code ~i} for arc i reversed), before stitching. */
    private record CountryDef(String name, String iso, int[][] rings, int[] polygons, double labelX, double labelY,
            double labelRoom) {
    }

    /** A boundary: an arc of the topology (index) or an extra line given by its points (arc -1). */
    private record LineDef(int arc, double[] points, BoundaryLine.Kind kind) {
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final double[][] arcs;
    private final List<CountryDef> countries;
    private final List<LineDef> lines;
    private final Map<Integer, BasemapLevel> levels = new ConcurrentHashMap<>();
    private final BasemapLevel full;

    private Basemap(double[][] arcs, List<CountryDef> countries, List<LineDef> lines) {
        this.arcs = arcs;
        this.countries = countries;
        this.lines = lines;
        this.full = level(arcs, 0, null);
    }

    /** Projects a topology with {@code projection}. Country label points come precomputed with the topology. */
    public static Basemap of(Topology topology, GeoProjection projection) {
        double[][] projectedArcs = new double[topology.arcs().length][];
        double[] xy = new double[2];
        for (int a = 0; a < projectedArcs.length; a++) {
            projectedArcs[a] = project(topology.decodeArc(a), projection, xy);
        }

        Map<Integer, List<String>> users = new HashMap<>();
        List<CountryDef> countries = new ArrayList<>();
        for (Topology.Country c : topology.countries()) {
            List<int[]> rings = new ArrayList<>();
            int[] polygons = new int[c.polygons().length];
            for (int p = 0; p < polygons.length; p++) {
                int[][] polygon = c.polygons()[p];
                polygons[p] = rings.size();
                for (int[] ring : polygon) {
                    rings.add(ring);
                    for (int arc : ring) {
                        users.computeIfAbsent(arc >= 0 ? arc : ~arc, k -> new ArrayList<>()).add(c.iso());
                    }
                }
            }
            projection.project(c.labelLon(), c.labelLat(), xy);
            countries.add(new CountryDef(c.name(), c.iso(), rings.toArray(new int[0][]), polygons, xy[0], xy[1],
                    c.labelRoom()));
        }

        Set<String> disputed = topology.disputed().stream().map(Basemap::pairKey).collect(Collectors.toSet());
        List<LineDef> lines = new ArrayList<>();
        for (int a = 0; a < projectedArcs.length; a++) {
            List<String> isos = users.getOrDefault(a, List.of());
            if (isos.isEmpty()) {
                continue;
            }
            BoundaryLine.Kind kind;
            if (isos.size() == 1) {
                kind = BoundaryLine.Kind.COAST;
            } else if (disputed.contains(pairKey(isos))) {
                kind = BoundaryLine.Kind.DISPUTED;
            } else {
                kind = BoundaryLine.Kind.BORDER;
            }
            lines.add(new LineDef(a, null, kind));
        }
        for (double[][] lonLats : topology.disputedLines()) {
            double[] flat = new double[lonLats.length * 2];
            for (int i = 0; i < lonLats.length; i++) {
                flat[2 * i] = lonLats[i][0];
                flat[2 * i + 1] = lonLats[i][1];
            }
            lines.add(new LineDef(-1, project(flat, projection, xy), BoundaryLine.Kind.DISPUTED));
        }
        return new Basemap(projectedArcs, countries, lines);
    }

    /** Every country at full detail. */
    public List<CountryShape> countries() {
        return full.countries();
    }

    /** Every boundary at full detail. */
    public List<BoundaryLine> boundaries() {
        return full.boundaries();
    }

    /** The area of country {@code index} of {@link #countries()} at full detail. */
    public PreparedGeometry area(int index) {
        return full.area(index);
    }

    /** The country with this ISO code, if the base map has it. */
    public Optional<CountryShape> country(String iso) {
        return full.countries().stream().filter(c -> iso.equals(c.iso())).findFirst();
    }

    /** The base map simplified for drawing at {@code metresPerPixel}: no error beyond half a pixel. */
    public BasemapLevel forScale(double metresPerPixel) {
        int band = band(metresPerPixel);
        return levels.computeIfAbsent(band, b -> level(simplify(Math.scalb(0.5, b)), Math.scalb(0.5, b), full));
    }

    /** Computes the bands that scales from {@code finest} to {@code coarsest} metres per pixel will use. */
    public void prepare(double finest, double coarsest) {
        for (int b = band(finest); b <= band(coarsest); b++) {
            forScale(Math.scalb(1.0, b));
        }
    }

    private static int band(double metresPerPixel) {
        return Math.getExponent(Math.max(1, metresPerPixel));
    }

    private double[][] simplify(double tolerance) {
        double[][] out = new double[arcs.length][];
        for (int a = 0; a < arcs.length; a++) {
            out[a] = simplify(arcs[a], tolerance);
        }
        return out;
    }

    /** Douglas-Peucker on one line; its end points always stay, so arcs still join. */
    static double[] simplify(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 2 || tolerance <= 0) {
            return xy;
        }
        Coordinate[] points = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            points[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        Geometry simplified = DouglasPeuckerSimplifier.simplify(GEOMETRY.createLineString(points), tolerance);
        Coordinate[] kept = simplified.getCoordinates();
        if (kept.length < 2) {
            return new double[] {xy[0], xy[1], xy[xy.length - 2], xy[xy.length - 1]};
        }
        double[] out = new double[kept.length * 2];
        for (int i = 0; i < kept.length; i++) {
            out[2 * i] = kept[i].x;
            out[2 * i + 1] = kept[i].y;
        }
        return out;
    }

    /**
     * The map drawn from {@code levelArcs}. Bounds are those of {@code detailed} (null: computed here), so that
     * culling never drops a shape that a simplified outline would wrongly leave out of view.
     */
    private BasemapLevel level(double[][] levelArcs, double tolerance, BasemapLevel detailed) {
        List<CountryShape> shapes = new ArrayList<>(countries.size());
        for (int i = 0; i < countries.size(); i++) {
            CountryDef c = countries.get(i);
            double[][] rings = new double[c.rings().length][];
            for (int r = 0; r < rings.length; r++) {
                rings[r] = stitch(c.rings()[r], levelArcs);
            }
            Bounds bounds = detailed == null ? boundsOf(rings) : detailed.countries().get(i).bounds();
            shapes.add(new CountryShape(c.name(), c.iso(), rings, c.polygons(), bounds, c.labelX(), c.labelY(),
                    c.labelRoom()));
        }
        List<BoundaryLine> boundaries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineDef l = lines.get(i);
            double[] xy = l.arc() >= 0 ? levelArcs[l.arc()] : simplify(l.points(), tolerance);
            Bounds bounds = detailed == null ? boundsOf(new double[][] {xy}) : detailed.boundaries().get(i).bounds();
            boundaries.add(new BoundaryLine(xy, l.kind(), bounds));
        }
        return new BasemapLevel(shapes, boundaries, tolerance);
    }

    private static double[] project(double[] lonLat, GeoProjection projection, double[] xy) {
        double[] out = new double[lonLat.length];
        for (int i = 0; i < lonLat.length; i += 2) {
            projection.project(lonLat[i], lonLat[i + 1], xy);
            out[i] = xy[0];
            out[i + 1] = xy[1];
        }
        return out;
    }

    private static String pairKey(List<String> isos) {
        return isos.stream().map(String::valueOf).sorted().collect(Collectors.joining("|"));
    }

    /** Joins a ring's arcs end to start; consecutive arcs share their joining point, which is kept once. */
    private static double[] stitch(int[] ring, double[][] arcs) {
        int total = 0;
        for (int a : ring) {
            total += arcs[a >= 0 ? a : ~a].length;
        }
        double[] out = new double[total];
        int n = 0;
        for (int k = 0; k < ring.length; k++) {
            int a = ring[k];
            double[] arc = arcs[a >= 0 ? a : ~a];
            int points = arc.length / 2;
            for (int i = (k == 0 ? 0 : 1); i < points; i++) {
                int src = a >= 0 ? i : points - 1 - i;
                out[n++] = arc[2 * src];
                out[n++] = arc[2 * src + 1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static Bounds boundsOf(double[][] rings) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }
}
