package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GeoProjectionTest {

    private final GeoProjection projection = GeoProjection.region();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Rabat, -6.8326, 34.0132",
        "Nouakchott, -15.9785, 18.0858",
        "N'Djamena, 15.0444, 12.1348",
        "Brussels, 4.3517, 50.8503",
        "Tripoli, 13.1875, 32.8752",
        "Dakar, -17.4441, 14.6937",
    })
    void projectingThenUnprojectingReturnsThePlace(String name, double lon, double lat) {
        double[] xy = projection.project(lon, lat);
        double[] back = projection.unproject(xy[0], xy[1]);
        assertEquals(lon, back[0], 1e-7, name + " longitude");
        assertEquals(lat, back[1], 1e-7, name + " latitude");
    }

    @Test
    void theCentralMeridianAndOriginLatitudeProjectToTheOrigin() {
        double[] xy = projection.project(5, 24);
        assertEquals(0, xy[0], 1e-6);
        assertEquals(0, xy[1], 1e-6);
    }

    @Test
    void northIsUpAndEastIsRight() {
        double[] algiers = projection.project(3.0875, 36.7323);
        double[] tamanrasset = projection.project(5.5228, 22.785);
        double[] rabat = projection.project(-6.8326, 34.0132);
        assertTrue(algiers[1] > tamanrasset[1], "Algiers lies north of Tamanrasset");
        assertTrue(algiers[0] > rabat[0], "Algiers lies east of Rabat");
    }

    @Test
    void distancesOnTheStandardParallelsAreTrueToScale() {
        // Along 32°N (a standard parallel) one degree of longitude is 94.5 km on the WGS84 ellipsoid.
        double[] a = projection.project(0, 32);
        double[] b = projection.project(1, 32);
        double chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
        assertEquals(94_500, chord, 300);
    }

    @Test
    void distancesAcrossTheRegionStayWithinTwoPercentOfTheGeodesic() {
        // Rabat-Algiers lies just north of the 32°N standard parallel, where the conic's scale is about 1.013.
        double[] rabat = projection.project(-6.8326, 34.0132);
        double[] algiers = projection.project(3.0875, 36.7323);
        double projected = Math.hypot(algiers[0] - rabat[0], algiers[1] - rabat[1]);
        double geodesic = 949_000;
        assertEquals(geodesic, projected, geodesic * 0.02);
        // Nouakchott-Tamanrasset lies between the standard parallels, where the scale is just below 1.
        double[] nouakchott = projection.project(-15.9785, 18.0858);
        double[] tamanrasset = projection.project(5.5228, 22.785);
        double between = Math.hypot(tamanrasset[0] - nouakchott[0], tamanrasset[1] - nouakchott[1]);
        assertEquals(2_297_000, between, 2_297_000 * 0.02);
    }
}
