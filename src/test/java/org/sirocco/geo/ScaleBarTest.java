package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sirocco.i18n.Language;

class ScaleBarTest {

    private final GeoProjection projection = GeoProjection.region();

    @ParameterizedTest(name = "at {0}°E {1}°N, {2} m/px")
    @CsvSource({
        "-7, 34, 5000", "2, 13, 5000", "4.35, 50.85, 800", "15, 12, 20000", "-3, 17, 150", "10, 36, 40",
    })
    void theBarIsAsLongOnTheGroundAsItsLabelSays(double lon, double lat, double metresPerPixel) {
        double[] centre = projection.project(lon, lat);
        MapViewport viewport = new MapViewport(centre[0], centre[1], metresPerPixel);
        double w = 1000;
        double h = 700;
        double x = 700;
        double y = 600;
        ScaleBar bar = ScaleBar.at(viewport, projection, w, h, x, y, 140);
        assertTrue(bar.pixels() <= 140 && bar.pixels() > 140 / 5.0, "a round length that fits: " + bar);
        double[] a = projection.unproject(viewport.toMapX(x, w), viewport.toMapY(y, h));
        double[] b = projection.unproject(viewport.toMapX(x + bar.pixels(), w), viewport.toMapY(y, h));
        double ground = ScaleBar.greatCircleMetres(a[0], a[1], b[0], b[1]);
        assertEquals(bar.metres(), ground, bar.metres() * 0.001, bar.label(Language.ENGLISH.messages()));
    }

    @Test
    void theSameZoomGivesLongerBarsWhereTheConicShrinksDistances() {
        // At the same metres per projected pixel, 23.5°N (between the standard parallels, scale below 1) shows more
        // ground per pixel than 45°N (scale above 1), so the same round length takes fewer pixels there.
        double[] south = projection.project(5, 23.5);
        double[] north = projection.project(5, 45);
        double sPerPx = ScaleBar.groundMetresPerPixel(new MapViewport(south[0], south[1], 1000), projection, 800,
                600, 400, 300, 100);
        double nPerPx = ScaleBar.groundMetresPerPixel(new MapViewport(north[0], north[1], 1000), projection, 800,
                600, 400, 300, 100);
        assertTrue(sPerPx > nPerPx, sPerPx + " > " + nPerPx);
    }

    @Test
    void lengthsRoundDownToOneTwoOrFive() {
        assertEquals(500_000, ScaleBar.roundDown(730_000));
        assertEquals(200_000, ScaleBar.roundDown(200_000));
        assertEquals(1_000, ScaleBar.roundDown(1_999));
        assertEquals(2_000, ScaleBar.roundDown(4_999));
        assertEquals("200 km", new ScaleBar(100, 200_000).label(Language.ENGLISH.messages()));
        assertEquals("1" + "\u202f" + "000 km", new ScaleBar(100, 1_000_000).label(Language.FRENCH.messages()));
        assertEquals("200 \u0643\u0645", new ScaleBar(100, 200_000).label(Language.ARABIC.messages()));
        assertEquals("500 m", new ScaleBar(100, 500).label(Language.ENGLISH.messages()));
    }

    @Test
    void graticuleLabelsNameTheirHemisphere() {
        assertEquals("15°N", Graticule.label(new Graticule.Line(false, 15, new double[0])));
        assertEquals("5°W", Graticule.label(new Graticule.Line(true, -5, new double[0])));
        assertEquals("0°", Graticule.label(new Graticule.Line(true, 0, new double[0])));
        assertEquals(20, Graticule.spacing(20_000));
        assertEquals(5, Graticule.spacing(3_000));
        assertEquals(1, Graticule.spacing(200));
    }
}
