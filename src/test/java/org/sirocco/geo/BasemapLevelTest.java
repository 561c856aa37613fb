package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirocco.geo.io.TopologyReader;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasemapLevelTest {

    private Basemap basemap;

    @BeforeAll
    void read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/geodata/countries-50m.json")) {
            basemap = Basemap.of(TopologyReader.read(in, "countries-50m.json"), GeoProjection.region());
        }
    }

    private static long points(BasemapLevel level) {
        return level.boundaries().stream().mapToLong(b -> b.xy().length / 2).sum();
    }

    @Test
    void zoomingOutDrawsFewerPoints() {
        long near = points(basemap.forScale(300));
        long mid = points(basemap.forScale(3_000));
        long far = points(basemap.forScale(15_000));
        assertTrue(near > mid && mid > far, near + " > " + mid + " > " + far);
        assertTrue(far < points(new BasemapLevel(basemap.countries(), basemap.boundaries(), 0)) / 2);
    }

    @Test
    void simplificationStaysWithinHalfAPixel() {
        BasemapLevel level = basemap.forScale(5_000);
        assertTrue(level.tolerance() <= 2_500 && level.tolerance() > 1_000, "tolerance " + level.tolerance());
    }

    @Test
    void bandsAreComputedOnceAndNeighboursShareTheirBorders() {
        assertSame(basemap.forScale(3_000), basemap.forScale(3_500));
        BasemapLevel level = basemap.forScale(8_000);
        // Simplified arcs keep their end points, so rings still close where countries meet.
        for (CountryShape c : level.countries()) {
            for (double[] ring : c.rings()) {
                if (ring.length >= 8) {
                    assertEquals(ring[0], ring[ring.length - 2], 1e-6, c.name());
                    assertEquals(ring[1], ring[ring.length - 1], 1e-6, c.name());
                }
            }
        }
    }

    @Test
    void cullingBoundsComeFromFullDetail() {
        BasemapLevel level = basemap.forScale(15_000);
        for (int i = 0; i < level.countries().size(); i++) {
            assertEquals(basemap.countries().get(i).bounds(), level.countries().get(i).bounds());
        }
    }
}
