package org.sirocco.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.MapViewport;

class TweenTest {

    @Test
    void theCentreMovesEvenlyAndTheScaleGeometrically() {
        MapViewport a = new MapViewport(0, 0, 8000);
        MapViewport b = new MapViewport(1000, -500, 1000);

        MapViewport mid = Tween.viewport(a, b, 0.5);
        assertEquals(500, mid.centerX(), 1e-9);
        assertEquals(-250, mid.centerY(), 1e-9);
        assertEquals(Math.sqrt(8000 * 1000), mid.metresPerPixel(), 1e-6, "halfway in zoom is the geometric mean");
        assertEquals(a, Tween.viewport(a, b, 0));
        assertEquals(b.metresPerPixel(), Tween.viewport(a, b, 1).metresPerPixel(), 1e-9);
    }

    @Test
    void windowsMoveBothEndsAndAllTimeIsReachedOnlyAtTheEnd() {
        TimeWindow all = new TimeWindow(0, 1000);
        TimeWindow w = new TimeWindow(400, 500);

        assertEquals(new TimeWindow(200, 750), Tween.window(null, w, 0.5, all));
        assertEquals(new TimeWindow(200, 750), Tween.window(w, null, 0.5, all));
        assertNull(Tween.window(w, null, 1, all));
        assertEquals(w, Tween.window(null, w, 1, all));
    }
}
