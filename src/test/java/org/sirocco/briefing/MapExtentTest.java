package org.sirocco.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;

class MapExtentTest {

    private final GeoProjection projection = GeoProjection.region();

    @Test
    void aCapturedViewIsShownAgainExactly() {
        double[] tunis = projection.project(10.18, 36.8);
        MapViewport view = new MapViewport(tunis[0], tunis[1], 1234);
        MapExtent extent = MapExtent.of(view, 1100, 700, projection);

        MapViewport back = extent.viewport(1100, 700, projection);

        assertEquals(view.centerX(), back.centerX(), 0.01);
        assertEquals(view.centerY(), back.centerY(), 0.01);
        assertEquals(view.metresPerPixel(), back.metresPerPixel(), 1e-9);
        assertEquals(1357.4, extent.widthKm(), 1e-6);
    }

    @Test
    void aViewOfAnotherShapeShowsAtLeastTheWholeExtent() {
        MapExtent extent = new MapExtent(9.6, 34.3, 700, 820);
        for (double[] size : new double[][] {{1920, 860}, {600, 900}, {800, 800}}) {
            MapViewport v = extent.viewport(size[0], size[1], projection);
            Bounds shown = v.visibleBounds(size[0], size[1]);
            assertTrue(shown.width() >= 700_000 - 1e-6 && shown.height() >= 820_000 - 1e-6, shown::toString);
            assertTrue(Math.abs(shown.width() - 700_000) < 1 || Math.abs(shown.height() - 820_000) < 1,
                    "and no more than it needs along one side");
        }
    }

    @Test
    void impossibleExtentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MapExtent(181, 0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new MapExtent(0, 0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new MapExtent(0, Double.NaN, 10, 10));
    }

    @Test
    void aViewWiderThanTheGlobeIsCapturedAsTheLargestExtent() {
        MapViewport farOut = new MapViewport(0, 0, 20_000);
        MapExtent extent = MapExtent.of(farOut, 3084, 685, projection);
        assertEquals(MapExtent.MAX_KM, extent.widthKm());
        assertEquals(13_700, extent.heightKm(), 1e-6);
    }
}
