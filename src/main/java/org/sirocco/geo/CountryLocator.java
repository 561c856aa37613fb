package org.sirocco.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which country a projected point lies in, and how far a point lies outside a given country. Each ring of the base
 * map becomes a prepared JTS polygon in an STR-tree; a point is inside a country when an odd number of its rings
 * cover it (holes are rings too), the rule the map fills with.
 */
public final class CountryLocator {

    private record Ring(String iso, Polygon polygon, PreparedGeometry prepared) {
    }

    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, List<Ring>> byIso = new HashMap<>();
    private final STRtree index = new STRtree();

    public CountryLocator(Basemap basemap) {
        for (CountryShape c : basemap.countries()) {
            if (c.iso() == null) {
                continue;
            }
            for (double[] xy : c.rings()) {
                Polygon polygon = polygon(xy);
                if (polygon != null) {
                    Ring ring = new Ring(c.iso(), polygon, PreparedGeometryFactory.prepare(polygon));
                    byIso.computeIfAbsent(c.iso(), k -> new ArrayList<>()).add(ring);
                    index.insert(polygon.getEnvelopeInternal(), ring);
                }
            }
        }
        index.build();
    }

    /** The ISO code of the country containing the projected point, or null at sea. */
    public String countryAt(double x, double y) {
        Point p = point(x, y);
        Map<String, Integer> covering = new HashMap<>();
        for (Object o : index.query(p.getEnvelopeInternal())) {
            Ring r = (Ring) o;
            if (r.prepared().covers(p)) {
                covering.merge(r.iso(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : covering.entrySet()) {
            if (e.getValue() % 2 == 1) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Distance in metres from the projected point to country {@code iso} (0 inside), or infinity if unknown. */
    public double distanceTo(String iso, double x, double y) {
        List<Ring> rings = byIso.get(iso);
        if (rings == null) {
            return Double.POSITIVE_INFINITY;
        }
        Point p = point(x, y);
        int covering = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (Ring r : rings) {
            if (r.prepared().covers(p)) {
                covering++;
            }
            nearest = Math.min(nearest, r.polygon().getExteriorRing().distance(p));
        }
        return covering % 2 == 1 ? 0 : nearest;
    }

    public boolean knows(String iso) {
        return byIso.containsKey(iso);
    }

    private Point point(double x, double y) {
        return factory.createPoint(new Coordinate(x, y));
    }

    private Polygon polygon(double[] xy) {
        int n = xy.length / 2;
        List<Coordinate> cs = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            cs.add(new Coordinate(xy[2 * i], xy[2 * i + 1]));
        }
        if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(cs.get(0));
        }
        if (cs.size() < 4) {
            return null; // a ring of fewer than three distinct points encloses nothing
        }
        return factory.createPolygon(cs.toArray(new Coordinate[0]));
    }
}
