package org.sirocco.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Meridians and parallels every few degrees, projected: straight lines and circular arcs on a conic, sampled finely
 * enough to look smooth.
 */
public final class Graticule {

    /** A line of constant longitude ({@code meridian}) or latitude, in projected metres. */
    public record Line(boolean meridian, double degrees, double[] xy) {
    }

    private static final double SOUTH = -10;
    private static final double NORTH = 60;
    private static final double WEST = -30;
    private static final double EAST = 45;
    private static final double SAMPLE = 0.5;

    private Graticule() {
    }

    /** Degrees between lines for a scale: about a line per 150 pixels or more. */
    public static double spacing(double metresPerPixel) {
        double degreesPer150px = metresPerPixel * 150 / 111_000;
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step >= degreesPer150px) {
                return step;
            }
        }
        return 20;
    }

    public static List<Line> lines(GeoProjection projection, double step) {
        List<Line> lines = new ArrayList<>();
        double[] xy = new double[2];
        for (double lon = Math.ceil(WEST / step) * step; lon <= EAST; lon += step) {
            lines.add(new Line(true, lon, sample(projection, xy, lon, lon, SOUTH, NORTH)));
        }
        for (double lat = Math.ceil(SOUTH / step) * step; lat <= NORTH; lat += step) {
            lines.add(new Line(false, lat, sample(projection, xy, WEST, EAST, lat, lat)));
        }
        return lines;
    }

    private static double[] sample(GeoProjection projection, double[] xy, double lon0, double lon1, double lat0,
            double lat1) {
        int n = (int) Math.ceil(Math.max(lon1 - lon0, lat1 - lat0) / SAMPLE) + 1;
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            projection.project(lon0 + t * (lon1 - lon0), lat0 + t * (lat1 - lat0), xy);
            out[2 * i] = xy[0];
            out[2 * i + 1] = xy[1];
        }
        return out;
    }

    /** "15°N", "5°W", "0°". */
    public static String label(Line line) {
        long d = Math.round(Math.abs(line.degrees()));
        if (d == 0) {
            return "0°";
        }
        String hemisphere = line.meridian() ? (line.degrees() < 0 ? "W" : "E") : (line.degrees() < 0 ? "S" : "N");
        return d + "°" + hemisphere;
    }
}
