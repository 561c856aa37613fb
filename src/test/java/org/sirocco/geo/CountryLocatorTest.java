package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirocco.geo.io.TopologyReader;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountryLocatorTest {

    private final GeoProjection projection = GeoProjection.region();
    private CountryLocator locator;

    @BeforeAll
    void build() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/geodata/countries-10m.json")) {
            locator = new CountryLocator(Basemap.of(TopologyReader.read(in, "countries-10m.json"), projection));
        }
    }

    private String at(double lon, double lat) {
        double[] xy = projection.project(lon, lat);
        return locator.countryAt(xy[0], xy[1]);
    }

    @Test
    void pointsFallInTheirCountries() {
        assertEquals("ML", at(-8.0029, 12.6392), "Bamako");
        assertEquals("TD", at(15.0444, 12.1348), "N'Djamena");
        assertEquals("BE", at(4.3517, 50.8503), "Brussels");
        assertEquals("DZ", at(2.96, 19.97), "Tinzaouatine, the Algerian side of the border");
    }

    @Test
    void theSeaBelongsToNoCountry() {
        assertNull(at(3.0, 38.0), "Mediterranean between Algeria and Sardinia");
        assertNull(at(-20.0, 25.0), "Atlantic off Western Sahara");
    }

    @Test
    void distanceIsZeroInsideAndGrowsOutside() {
        double[] bamako = projection.project(-8.0029, 12.6392);
        assertEquals(0, locator.distanceTo("ML", bamako[0], bamako[1]));
        double fromAlgeria = locator.distanceTo("DZ", bamako[0], bamako[1]);
        // the nearest Algerian border point, near 22.5°N 1.0°W, is 1,324 km away on the sphere
        assertEquals(1_324_000, fromAlgeria, 1_324_000 * 0.02);
    }
}
