package org.sirocco.briefing;

import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;

/**
 * The part of the map a scene shows: its centre in degrees and the projected width and height in kilometres that
 * must be visible. Stored this way, rather than as a longitude/latitude box, so that capturing a view and showing
 * it again gives the same view, and so that a picture of another shape shows at least the same area.
 */
public record MapExtent(double centerLon, double centerLat, double widthKm, double heightKm) {

    public MapExtent {
        if (!(centerLon >= -180 && centerLon <= 180) || !(centerLat >= -90 && centerLat <= 90)) {
            throw new IllegalArgumentException("centre " + centerLon + ", " + centerLat + " is not on the globe");
        }
        if (!(widthKm > 0) || !(heightKm > 0) || widthKm > 40_000 || heightKm > 40_000) {
            throw new IllegalArgumentException("size " + widthKm + " × " + heightKm + " km is not a map extent");
        }
    }

    /** What a {@code width} × {@code height} pixel view at {@code viewport} shows. */
    public static MapExtent of(MapViewport viewport, double width, double height, GeoProjection projection) {
        double[] lonLat = projection.unproject(viewport.centerX(), viewport.centerY());
        return new MapExtent(lonLat[0], lonLat[1], width * viewport.metresPerPixel() / 1000,
                height * viewport.metresPerPixel() / 1000);
    }

    /** The viewport that shows all of this extent, and no more than needed, in a {@code width} × {@code height} view. */
    public MapViewport viewport(double width, double height, GeoProjection projection) {
        double[] xy = projection.project(centerLon, centerLat);
        double mpp = Math.max(widthKm * 1000 / Math.max(1, width), heightKm * 1000 / Math.max(1, height));
        return new MapViewport(xy[0], xy[1], mpp);
    }
}
