package org.sirocco.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which country a projected point lies in, and how far a point lies outside a given country: the base map's country
 * areas at full detail ({@link BasemapLevel#area}), in an STR-tree by their envelopes.
 */
public final class CountryLocator {

    private record Area(String iso, PreparedGeometry area) {
    }

    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, PreparedGeometry> byIso = new HashMap<>();
    private final STRtree index = new STRtree();

    public CountryLocator(Basemap basemap) {
        List<CountryShape> countries = basemap.countries();
        for (int i = 0; i < countries.size(); i++) {
            String iso = countries.get(i).iso();
            if (iso != null) {
                PreparedGeometry area = basemap.area(i);
                byIso.put(iso, area);
                index.insert(area.getGeometry().getEnvelopeInternal(), new Area(iso, area));
            }
        }
        index.build();
    }

    /** The ISO code of the country containing the projected point, or null at sea. */
    public String countryAt(double x, double y) {
        Point p = point(x, y);
        for (Object o : index.query(p.getEnvelopeInternal())) {
            Area a = (Area) o;
            if (a.area().covers(p)) {
                return a.iso();
            }
        }
        return null;
    }

    /** Distance in metres from the projected point to country {@code iso} (0 inside), or infinity if unknown. */
    public double distanceTo(String iso, double x, double y) {
        PreparedGeometry area = byIso.get(iso);
        if (area == null) {
            return Double.POSITIVE_INFINITY;
        }
        Point p = point(x, y);
        return area.covers(p) ? 0 : area.getGeometry().distance(p);
    }

    public boolean knows(String iso) {
        return byIso.containsKey(iso);
    }

    private Point point(double x, double y) {
        return factory.createPoint(new Coordinate(x, y));
    }
}
