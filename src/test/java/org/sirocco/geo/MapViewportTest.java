package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapViewportTest {

    private static final double W = 800;
    private static final double H = 600;
    private final MapViewport viewport = new MapViewport(100_000, -50_000, 2_000);

    @Test
    void theCentreOfTheViewShowsTheCentrePoint() {
        assertEquals(W / 2, viewport.toScreenX(100_000, W), 1e-9);
        assertEquals(H / 2, viewport.toScreenY(-50_000, H), 1e-9);
    }

    @Test
    void screenAndMapCoordinatesAreInverse() {
        double sx = 123.5;
        double sy = 456.25;
        assertEquals(sx, viewport.toScreenX(viewport.toMapX(sx, W), W), 1e-9);
        assertEquals(sy, viewport.toScreenY(viewport.toMapY(sy, H), H), 1e-9);
    }

    @Test
    void northIsTowardsTheTopOfTheScreen() {
        assertTrue(viewport.toScreenY(0, H) < viewport.toScreenY(-100_000, H));
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        double sx = 650;
        double sy = 120;
        double mx = viewport.toMapX(sx, W);
        double my = viewport.toMapY(sy, H);
        MapViewport zoomed = viewport.zoomedAbout(sx, sy, W, H, 2.5);
        assertEquals(viewport.metresPerPixel() / 2.5, zoomed.metresPerPixel(), 1e-9);
        assertEquals(sx, zoomed.toScreenX(mx, W), 1e-6);
        assertEquals(sy, zoomed.toScreenY(my, H), 1e-6);
    }

    @Test
    void panningMovesContentWithTheDrag() {
        double mx = viewport.toMapX(300, W);
        double my = viewport.toMapY(200, H);
        MapViewport panned = viewport.pannedBy(40, -25);
        assertEquals(340, panned.toScreenX(mx, W), 1e-9);
        assertEquals(175, panned.toScreenY(my, H), 1e-9);
    }

    @Test
    void fittingShowsTheWholeBoundsWithItsMargin() {
        Bounds bounds = new Bounds(-2_000_000, -1_000_000, 3_000_000, 2_500_000);
        MapViewport fit = MapViewport.fit(bounds, W, H, 20);
        assertTrue(fit.toScreenX(bounds.minX(), W) >= 20 - 1e-6);
        assertTrue(fit.toScreenX(bounds.maxX(), W) <= W - 20 + 1e-6);
        assertTrue(fit.toScreenY(bounds.maxY(), H) >= 20 - 1e-6);
        assertTrue(fit.toScreenY(bounds.minY(), H) <= H - 20 + 1e-6);
        // and is as large as it can be: the limiting side touches its margin
        double left = fit.toScreenX(bounds.minX(), W);
        double top = fit.toScreenY(bounds.maxY(), H);
        assertTrue(Math.abs(left - 20) < 1e-6 || Math.abs(top - 20) < 1e-6);
    }

    @Test
    void visibleBoundsAreWhatTheCornersShow() {
        Bounds b = viewport.visibleBounds(W, H);
        assertEquals(viewport.toMapX(0, W), b.minX(), 1e-9);
        assertEquals(viewport.toMapY(0, H), b.maxY(), 1e-9);
        assertEquals(W * viewport.metresPerPixel(), b.width(), 1e-6);
    }
}
