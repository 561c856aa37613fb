package org.sirocco.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sirocco.geo.io.TopologyReader;

/** Where a country's name can go in the part of it a view shows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelSpotsTest {

    private static final double MPP = 2_000;
    private final GeoProjection projection = GeoProjection.region();
    private final GeometryFactory geometry = new GeometryFactory();
    private BasemapLevel level;
    private int spain;

    @BeforeAll
    void read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/geodata/countries-50m.json")) {
            Basemap basemap = Basemap.of(TopologyReader.read(in, "countries-50m.json"), projection);
            level = basemap.forScale(MPP);
            spain = basemap.countries().indexOf(basemap.country("ES").orElseThrow());
        }
    }

    /** A 1280 × 520 view of Morocco and northern Algeria whose top edge crosses southern Spain. */
    private Bounds view(double eastPixels, double northPixels) {
        double[] centre = projection.project(-1.5, 32.5);
        double cx = centre[0] + eastPixels * MPP;
        double cy = centre[1] + northPixels * MPP;
        return new Bounds(cx - 640 * MPP, cy - 260 * MPP, cx + 640 * MPP, cy + 260 * MPP);
    }

    private boolean inSpain(double x, double y) {
        return level.area(spain).covers(geometry.createPoint(new Coordinate(x, y)));
    }

    @Test
    void theSpotLiesInTheVisiblePartOfTheCountry() {
        Bounds view = view(0, 0);
        CountryShape shape = level.countries().get(spain);
        assertFalse(view.contains(shape.labelX(), shape.labelY()), "Spain's own label point is out of view");
        LabelSpots.Spot spot = new LabelSpots().spots(level, view, List.of(), MPP).get(spain);
        assertNotNull(spot);
        assertTrue(view.contains(spot.x(), spot.y()), "in view");
        assertTrue(inSpain(spot.x(), spot.y()), "in Spain");
        assertTrue(spot.radius() > 10 * MPP, "room for a name: " + spot.radius() / MPP + " px");
        assertTrue(view.maxY() - spot.y() >= spot.radius() - MPP, "the circle lies in the view");
    }

    @Test
    void aCountryOutOfViewHasNoSpot() {
        double[] lagos = projection.project(3.4, 6.5);
        Bounds overLagos = new Bounds(lagos[0] - 100 * MPP, lagos[1] - 100 * MPP, lagos[0] + 100 * MPP,
                lagos[1] + 100 * MPP);
        assertNull(new LabelSpots().spots(level, overLagos, List.of(), MPP).get(spain));
    }

    @Test
    void panningLessThanACellKeepsTheSpot() {
        LabelSpots spots = new LabelSpots();
        LabelSpots.Spot spot = spots.spots(level, view(0, 0), List.of(), MPP).get(spain);
        assertEquals(spot, spots.spots(level, view(0.3, -0.2), List.of(), MPP).get(spain),
                "the cells are fixed to the map");
        LabelSpots.Spot north = spots.spots(level, view(0, 150), List.of(), MPP).get(spain);
        assertTrue(north.y() > spot.y() + 20 * MPP, "panning north, more of Spain shows and its spot moves north");
    }

    @Test
    void theSpotKeepsOutOfTheCoveredBoxes() {
        LabelSpots spots = new LabelSpots();
        Bounds view = view(0, 0);
        LabelSpots.Spot open = spots.spots(level, view, List.of(), MPP).get(spain);
        Bounds legend = new Bounds(open.x() - 150 * MPP, open.y() - 150 * MPP, open.x() + 150 * MPP, view.maxY());
        LabelSpots.Spot beside = spots.spots(level, view, List.of(legend), MPP).get(spain);
        assertNotNull(beside);
        assertFalse(legend.contains(beside.x(), beside.y()), "not under the legend");
        assertTrue(inSpain(beside.x(), beside.y()));
    }
}
