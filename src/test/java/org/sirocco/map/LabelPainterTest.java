package org.sirocco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.geo.BasemapLevel;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.CountryShape;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Where a country's name stands when event markers are drawn over its label point. */
@ExtendWith(ApplicationExtension.class)
class LabelPainterTest {

    private static final double W = 800;
    private static final double H = 600;

    /** The vertical centre of the one country name drawn with {@code markers} ({x, y, radius} discs). */
    private static double nameCentre(List<double[]> markers) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            GeoProjection projection = GeoProjection.region();
            double[] p = projection.project(-4, 17);
            double r = 1e6;
            double[] square = {p[0] - r, p[1] - r, p[0] + r, p[1] - r, p[0] + r, p[1] + r, p[0] - r, p[1] + r,
                p[0] - r, p[1] - r};
            CountryShape mali = new CountryShape("Mali", "ML", new double[][] {square}, new int[] {0},
                    new Bounds(p[0] - r, p[1] - r, p[0] + r, p[1] + r), p[0], p[1], r);
            MapFrame frame = new MapFrame(W, H, new MapViewport(p[0], p[1], 5_000), projection,
                    new BasemapLevel(List.of(mali), List.of(), 0), null, null, null, -1, -1, null, false, false,
                    null);
            MapView style = new MapView(new ViewState(new Dataset("t", "", EventStore.of(List.of()), false)),
                    projection, Language.ENGLISH.messages());
            LabelPainter labels = new LabelPainter();
            labels.layout(frame, Language.ENGLISH, markers, List.of());
            List<double[]> boxes = labels.countryLabelBoxes();
            assertEquals(1, boxes.size(), "the name is drawn");
            return (boxes.get(0)[1] + boxes.get(0)[3]) / 2;
        }).get();
    }

    @Test
    void theNameStandsAtItsLabelPointWhenNothingCoversIt() throws Exception {
        assertEquals(H / 2, nameCentre(List.of()), 1e-9);
    }

    @Test
    void aClusterOverTheLabelPointMovesTheNameClearOfItAboveFirst() throws Exception {
        double centre = nameCentre(List.of(new double[] {W / 2, H / 2, 12}));
        assertTrue(centre + 9 <= H / 2 - 12, "clear above the cluster: " + centre);
    }

    @Test
    void withMarkersAllAroundTheNameStaysAtItsPoint() throws Exception {
        // Markers over every place the name may take, above, below and beside its point.
        List<double[]> markers = new java.util.ArrayList<>();
        for (double dx = -160; dx <= 160; dx += 16) {
            for (double dy = -64; dy <= 64; dy += 16) {
                markers.add(new double[] {W / 2 + dx, H / 2 + dy, 12});
            }
        }
        assertEquals(H / 2, nameCentre(markers), 1e-9);
    }
}
