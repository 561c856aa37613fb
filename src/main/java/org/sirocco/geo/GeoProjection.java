package org.sirocco.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Longitude/latitude (WGS84 degrees) to projected metres and back. The region's projection is a Lambert
 * conformal conic with standard parallels at 15°N and 32°N, which keeps shapes true (conformal) and areas within
 * a few percent from the Sahel to the Mediterranean. Every other class goes through this one for geography.
 * Not thread-safe (Proj4J transforms reuse buffers): give each thread its own instance.
 */
public final class GeoProjection {

    /** The projection the app uses for the Maghreb and the Sahel. */
    public static final String REGION_LCC =
            "+proj=lcc +lat_1=15 +lat_2=32 +lat_0=24 +lon_0=5 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs";
    private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

    private final String definition;
    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    public GeoProjection(String proj4Definition) {
        this.definition = proj4Definition;
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem geographic = crs.createFromParameters("WGS84", WGS84);
        CoordinateReferenceSystem projected = crs.createFromParameters("map", proj4Definition);
        CoordinateTransformFactory transforms = new CoordinateTransformFactory();
        forward = transforms.createTransform(geographic, projected);
        inverse = transforms.createTransform(projected, geographic);
    }

    public static GeoProjection region() {
        return new GeoProjection(REGION_LCC);
    }

    /** A new instance with the same definition, for use on another thread. */
    public GeoProjection copy() {
        return new GeoProjection(definition);
    }

    public String definition() {
        return definition;
    }

    /** Projects {@code (lon, lat)} into {@code xy[0..1]} (metres east, metres north). */
    public void project(double lon, double lat, double[] xy) {
        in.x = lon;
        in.y = lat;
        forward.transform(in, out);
        xy[0] = out.x;
        xy[1] = out.y;
    }

    public double[] project(double lon, double lat) {
        double[] xy = new double[2];
        project(lon, lat, xy);
        return xy;
    }

    /** Inverse of {@link #project}: {@code (x, y)} metres into {@code lonLat[0..1]} degrees. */
    public void unproject(double x, double y, double[] lonLat) {
        in.x = x;
        in.y = y;
        inverse.transform(in, out);
        lonLat[0] = out.x;
        lonLat[1] = out.y;
    }

    public double[] unproject(double x, double y) {
        double[] lonLat = new double[2];
        unproject(x, y, lonLat);
        return lonLat;
    }
}
