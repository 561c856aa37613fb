package org.sirocco.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The base map as drawn at one zoom band: countries and boundaries simplified to within {@code tolerance} metres
 * (zero at full detail), and each country's area as a JTS geometry, built the first time a label asks for it.
 */
public final class BasemapLevel {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<CountryShape> countries;
    private final List<BoundaryLine> boundaries;
    private final double tolerance;
    private final AtomicReferenceArray<PreparedGeometry> areas;

    public BasemapLevel(List<CountryShape> countries, List<BoundaryLine> boundaries, double tolerance) {
        this.countries = List.copyOf(countries);
        this.boundaries = List.copyOf(boundaries);
        this.tolerance = tolerance;
        this.areas = new AtomicReferenceArray<>(countries.size());
    }

    public List<CountryShape> countries() {
        return countries;
    }

    public List<BoundaryLine> boundaries() {
        return boundaries;
    }

    public double tolerance() {
        return tolerance;
    }

    /**
     * The area of country {@code index} of {@link #countries()} at this level's detail, prepared for repeated
     * tests. Simplifying shared arcs can make a ring cross itself, so the polygons are repaired when they need it.
     */
    public PreparedGeometry area(int index) {
        PreparedGeometry area = areas.get(index);
        if (area == null) {
            area = PreparedGeometryFactory.prepare(geometryOf(countries.get(index)));
            areas.compareAndSet(index, null, area);
        }
        return area;
    }

    private static Geometry geometryOf(CountryShape c) {
        List<Polygon> polygons = new ArrayList<>();
        int[] starts = c.polygons();
        for (int p = 0; p < starts.length; p++) {
            int end = p + 1 < starts.length ? starts[p + 1] : c.rings().length;
            LinearRing shell = ring(c.rings()[starts[p]]);
            if (shell == null) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int r = starts[p] + 1; r < end; r++) {
                LinearRing hole = ring(c.rings()[r]);
                if (hole != null) {
                    holes.add(hole);
                }
            }
            polygons.add(GEOMETRY.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        Geometry area = GEOMETRY.createMultiPolygon(polygons.toArray(new Polygon[0]));
        return area.isValid() ? area : GeometryFixer.fix(area);
    }

    /** A closed ring of the points, or null when fewer than three distinct points enclose nothing. */
    private static LinearRing ring(double[] xy) {
        int n = xy.length / 2;
        List<Coordinate> cs = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            cs.add(new Coordinate(xy[2 * i], xy[2 * i + 1]));
        }
        if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(cs.get(0));
        }
        return cs.size() < 4 ? null : GEOMETRY.createLinearRing(cs.toArray(new Coordinate[0]));
    }
}
