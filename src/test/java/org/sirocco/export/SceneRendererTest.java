package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.MapExtent;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.testing.FxThread;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a scene's picture carries: its title and window, the scene's area and events, the legend and credits. */
@ExtendWith(ApplicationExtension.class)
class SceneRendererTest {

    private static final TimeWindow YEAR_2015 = TimeWindow.ofDays(LocalDate.of(2015, 1, 1),
            LocalDate.of(2015, 12, 31));
    private static final BriefingScene TUNISIA = new BriefingScene("Tunisia, 2015", YEAR_2015,
            new EventFilter(Set.of(Category.ATTACK), Set.of("TN")), new MapExtent(9.6, 34.3, 700, 820),
            List.of("tn-2015-06-sousse-hotel-attack"), "Bardo, then Sousse");

    private SceneRenderer renderer;

    @Start
    void start(Stage stage) {
        Startup startup = Startup.load(null);
        GeoProjection projection = GeoProjection.region();
        MapView template = new MapView(new ViewState(startup.data().dataset()), projection);
        template.setBasemap(startup.basemap());
        template.setCities(startup.cities());
        template.setHomeBounds(Bounds.ofLonLat(projection, -18, 9, 25, 51.5));
        renderer = new SceneRenderer(startup.data().dataset(), template, ResourceBundle.getBundle("i18n.messages"),
                List.of(getClass().getResource("/styles/sirocco.css").toExternalForm()));
    }

    @Test
    void thePictureShowsTheScenesTitleWindowAreaAndEvents() {
        SceneRenderer.Composition c = FxThread.call(() -> renderer.compose(TUNISIA, 3840, 2160));

        assertEquals(2, c.scale(), "4K is the full-HD composition at twice the resolution");
        assertEquals("Tunisia, 2015", ((Label) c.root().lookup("#export-title")).getText());
        assertEquals("1 January 2015 \u2013 31 December 2015", ((Label) c.root().lookup("#export-window")).getText());
        Bounds shown = c.map().getViewport().visibleBounds(c.map().contentWidth(), c.map().contentHeight());
        double[] centre = c.map().getProjection().project(9.6, 34.3);
        assertEquals(centre[0], shown.centerX(), 1);
        assertTrue(shown.width() >= 700_000 - 1 && shown.height() >= 820_000 - 1, "the whole extent shows");
        assertTrue(c.map().getMarkersDrawn() > 0);
        assertEquals(YEAR_2015, c.state().getTimeWindow());
        TimeWindow range = c.timeline().getVisibleRange();
        assertTrue(range.startDay() < YEAR_2015.startDay() && range.endDay() > YEAR_2015.endDay(),
                "the timeline shows the window with room around it");
    }

    @Test
    void aSlideCarriesThePictureItsTextAndItsSources() throws Exception {
        Slide slide = FxThread.call(() -> {
            try {
                return renderer.slide(TUNISIA, 1920, 1080);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals("Tunisia, 2015", slide.title());
        assertEquals("Bardo, then Sousse", slide.note());
        assertTrue(slide.sources().startsWith("Sources: "), slide.sources());
        assertTrue(slide.sources().contains("Natural Earth") && slide.sources().contains("GeoNames"));

        Image picture = new Image(new ByteArrayInputStream(slide.png()));
        assertEquals(1920, picture.getWidth());
        assertEquals(1080, picture.getHeight());
        // The legend sits in the map's lower left corner, where this scene has no events: its attack swatch.
        int legendSwatches = pixelsNear(picture.getPixelReader(), 0, 600, 260, 260,
                CategorySymbols.defaultColor(Category.ATTACK));
        assertTrue(legendSwatches > 4, "legend drawn: " + legendSwatches);
    }

    private static int pixelsNear(PixelReader px, int x0, int y0, int w, int h, Color c) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                Color p = px.getColor(x, y);
                double d = Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue());
                if (d < 0.25) {
                    n++;
                }
            }
        }
        return n;
    }
}
