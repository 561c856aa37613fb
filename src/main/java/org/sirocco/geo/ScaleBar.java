package org.sirocco.geo;

import java.util.ResourceBundle;
import org.sirocco.i18n.Messages;

/**
 * A scale bar that tells the truth where it stands: its length comes from the ground distance between two screen
 * points at its own position (a conic's scale varies with latitude), rounded down to 1, 2 or 5 times a power of ten.
 *
 * @param pixels the bar's length on screen
 * @param metres the ground distance it stands for
 */
public record ScaleBar(double pixels, double metres) {

    /** Mean Earth radius (IUGG), for great-circle distances. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /**
     * A label such as "200 km" or "500 m" in the language of {@code messages} (Arabic: "200 كم"), its number written as
     * that language writes numbers.
     */
    public String label(ResourceBundle messages) {
        return metres >= 1000 ? Messages.format(messages, "map.scale.km", Math.round(metres / 1000))
                : Messages.format(messages, "map.scale.m", Math.round(metres));
    }

    /**
     * The longest round bar no longer than {@code maxPixels}, drawn eastwards from screen point
     * {@code (x, y)} of a {@code width} × {@code height} view.
     */
    public static ScaleBar at(MapViewport viewport, GeoProjection projection, double width, double height, double x,
            double y, double maxPixels) {
        double maxMetres = ground(viewport, projection, width, height, x, y, maxPixels);
        double nice = roundDown(maxMetres);
        // The scale changes along a long bar: find by bisection the length whose ends are `nice` apart.
        double lo = 0;
        double hi = maxPixels;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (ground(viewport, projection, width, height, x, y, mid) < nice) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new ScaleBar((lo + hi) / 2, nice);
    }

    /** Ground distance between screen points (x, y) and (x + pixels, y). */
    private static double ground(MapViewport viewport, GeoProjection projection, double width, double height,
            double x, double y, double pixels) {
        double[] a = projection.unproject(viewport.toMapX(x, width), viewport.toMapY(y, height));
        double[] b = projection.unproject(viewport.toMapX(x + pixels, width), viewport.toMapY(y, height));
        return greatCircleMetres(a[0], a[1], b[0], b[1]);
    }

    /** Ground metres per screen pixel along the horizontal from {@code (x, y)} over {@code span} pixels. */
    static double groundMetresPerPixel(MapViewport viewport, GeoProjection projection, double width, double height,
            double x, double y, double span) {
        return ground(viewport, projection, width, height, x, y, span) / span;
    }

    /** Great-circle distance between two longitude/latitude points (haversine). */
    public static double greatCircleMetres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The largest 1, 2 or 5 times a power of ten not above {@code value}. */
    static double roundDown(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= value) {
                return step * power;
            }
        }
        return power;
    }
}
