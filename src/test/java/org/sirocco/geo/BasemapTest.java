package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sirocco.geo.io.TopologyReader;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasemapTest {

    private final GeoProjection projection = GeoProjection.region();
    private Basemap basemap;

    @BeforeAll
    void readBundledBasemap() throws IOException {
        try (InputStream in = BasemapTest.class.getResourceAsStream("/geodata/countries-50m.json")) {
            basemap = Basemap.of(TopologyReader.read(in, "countries-50m.json"), projection);
        }
    }

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
        "Rabat, MA, -6.8326, 34.0132",
        "Algiers, DZ, 3.0875, 36.7323",
        "Tunis, TN, 10.1815, 36.8065",
        "Tripoli, LY, 13.1875, 32.8752",
        "Nouakchott, MR, -15.9785, 18.0858",
        "Bamako, ML, -8.0029, 12.6392",
        "Niamey, NE, 2.1098, 13.5137",
        "Ouagadougou, BF, -1.5339, 12.3657",
        "N'Djamena, TD, 15.0444, 12.1348",
        "Madrid, ES, -3.7026, 40.4165",
        "Paris, FR, 2.3488, 48.8534",
        "Brussels, BE, 4.3517, 50.8503",
    })
    void projectedCapitalsFallInsideTheirOwnCountry(String city, String iso, double lon, double lat) {
        double[] xy = projection.project(lon, lat);
        CountryShape country = basemap.country(iso).orElseThrow();
        assertTrue(contains(country, xy[0], xy[1]), city + " inside " + country.name());
        for (CountryShape other : basemap.countries()) {
            if (other != country) {
                assertFalse(contains(other, xy[0], xy[1]), city + " is not inside " + other.name());
            }
        }
    }

    @Test
    void westernSaharasBoundariesWithMoroccoAreTheDisputedLines() {
        // Natural Earth draws control de facto: its Morocco / W. Sahara line is the berm, from the Algerian border
        // to the Mauritanian one. The territory's northern limit, 27°40'N, is added from geodata. Both are dashed.
        List<double[]> lonLatEnds = new ArrayList<>();
        boolean northernLimit = false;
        double[] lonLat = new double[2];
        for (BoundaryLine b : basemap.boundaries()) {
            if (b.kind() != BoundaryLine.Kind.DISPUTED) {
                continue;
            }
            double minLat = 90;
            double maxLat = -90;
            for (int i = 0; i < b.xy().length; i += 2) {
                projection.unproject(b.xy()[i], b.xy()[i + 1], lonLat);
                assertTrue(lonLat[0] > -17.2 && lonLat[0] < -8.6 && lonLat[1] > 20.7 && lonLat[1] < 27.7,
                        "disputed lines lie in Western Sahara");
                minLat = Math.min(minLat, lonLat[1]);
                maxLat = Math.max(maxLat, lonLat[1]);
            }
            northernLimit |= maxLat - minLat < 1e-6 && Math.abs(maxLat - (27 + 40 / 60.0)) < 1e-4;
            lonLatEnds.add(new double[] {minLat, maxLat});
        }
        assertTrue(northernLimit, "the 27°40'N line is drawn");
        assertTrue(lonLatEnds.stream().anyMatch(e -> e[1] - e[0] > 5), "the berm, 6 degrees long, is drawn");
    }

    @Test
    void landBordersAndCoastsAreBothPresent() {
        Map<BoundaryLine.Kind, Long> kinds = basemap.boundaries().stream().collect(
                java.util.stream.Collectors.groupingBy(BoundaryLine::kind, java.util.stream.Collectors.counting()));
        assertTrue(kinds.get(BoundaryLine.Kind.COAST) > 50);
        assertTrue(kinds.get(BoundaryLine.Kind.BORDER) > 50);
    }

    @Test
    void countryLabelsSitInsideTheirCountries() {
        for (String iso : new String[] {"MA", "DZ", "TN", "LY", "MR", "ML", "NE", "BF", "TD", "EH"}) {
            CountryShape c = basemap.country(iso).orElseThrow();
            assertTrue(contains(c, c.labelX(), c.labelY()), c.name());
            assertTrue(c.labelRoom() > 50_000, c.name() + " has room for a label");
        }
    }

    /** Even-odd point in polygon over all rings, as the map fills them. */
    private static boolean contains(CountryShape c, double x, double y) {
        boolean inside = false;
        for (double[] ring : c.rings()) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
