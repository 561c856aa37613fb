package org.sirocco.briefing;

import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;

/**
 * The part of the map a scene shows: its centre in degrees and the projected width and height in kilometres that
 * must be visible. Stored this way, rather than as a longitude/latitude box, so that capturing a view and showing
 * it again gives the same view, and so that a picture of another shape shows at least the same area.
 */
public record MapExtent(double centerLon, double centerLat, double widthKm, double heightKm) {

    /** About the length of the equator: no map extent is wider or taller. */
    public static final double MAX_KM = 40_000;

    public MapExtent {
        if (!(centerLon >= -180 && centerLon <= 180) || !(centerLat >= -90 && centerLat <= 90)) {
            throw new IllegalArgumentException("centre " + centerLon + ", " + centerLat + " is not on the globe");
        }
        if (!(widthKm > 0) || !(heightKm > 0) || widthKm > MAX_KM || heightKm > MAX_KM) {
            throw new IllegalArgumentException("size " + widthKm + " × " + heightKm + " km is not a map extent");
        }
    }

    /**
     * What a {@code width} × {@code height} pixel view at {@code viewport} shows. A view zoomed far out on a wide
     * screen can show more than the globe is wide; the extent keeps at most {@link #MAX_KM} each way.
     */
    public static MapExtent of(MapViewport viewport, double width, double height, GeoProjection projection) {
        double[] lonLat = projection.unproject(viewport.centerX(), viewport.centerY());
        double lon = Double.isFinite(lonLat[0]) ? Math.max(-180, Math.min(180, lonLat[0])) : 0;
        double lat = Double.isFinite(lonLat[1]) ? Math.max(-90, Math.min(90, lonLat[1])) : 0;
        return new MapExtent(lon, lat, clampKm(width * viewport.metresPerPixel() / 1000),
                clampKm(height * viewport.metresPerPixel() / 1000));
    }

    private static double clampKm(double km) {
        return Math.max(0.001, Math.min(MAX_KM, km));
    }

    /** The viewport that shows all of this extent, and no more than needed, in a {@code width} × {@code height} view. */
    public MapViewport viewport(double width, double height, GeoProjection projection) {
        double[] xy = projection.project(centerLon, centerLat);
        double mpp = Math.max(widthKm * 1000 / Math.max(1, width), heightKm * 1000 / Math.max(1, height));
        return new MapViewport(xy[0], xy[1], mpp);
    }
}
