package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
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
import org.sirocco.i18n.Language;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.testing.FxThread;
import org.sirocco.timeline.TimelineView;
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
        MapView template = new MapView(new ViewState(startup.data().dataset()), projection,
                Language.ENGLISH.messages());
        template.setBasemap(startup.basemap());
        template.setCities(startup.cities());
        template.setHomeBounds(Bounds.ofLonLat(projection, -18, 9, 25, 51.5));
        renderer = new SceneRenderer(startup.data().dataset(), template, ResourceBundle.getBundle("i18n.messages"),
                List.of(getClass().getResource("/styles/sirocco.css").toExternalForm()));
    }

    @Test
    void thePictureShowsTheScenesTitleWindowAreaAndEvents() {
        SceneRenderer.Composition c = FxThread.call(() -> renderer.compose(TUNISIA, 3840, 2160,
                SceneRenderer.scaleFor(3840, 2160), true));
        SceneRenderer.Composition hd = FxThread.call(() -> renderer.compose(TUNISIA, 1920, 1080,
                SceneRenderer.scaleFor(1920, 1080), true));

        assertEquals(2 * hd.scale(), c.scale(), 1e-9, "4K is the full-HD composition at twice the resolution");
        assertEquals(hd.root().getWidth(), c.root().getWidth(), 1e-9);
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
    void aPictureOnItsOwnHasACaptionAndOneForASlideHasNoSecondTitle() {
        SceneRenderer.Composition alone = FxThread.call(() -> renderer.compose(TUNISIA, 1920, 1080, 1.8, true));
        SceneRenderer.Composition onSlide = FxThread.call(() -> renderer.compose(TUNISIA, 1920, 830, 1.8, false));
        assertEquals("Tunisia, 2015", ((Label) alone.root().lookup("#export-title")).getText());
        assertNull(onSlide.root().lookup("#export-title"), "the slide's title is the only one");
        assertNull(onSlide.root().getTop(), "no caption band at all");
    }

    /**
     * On a full-HD page every piece of text the map and the timeline draw and the caption's labels are at least 16
     * pixels high once the composition is scaled.
     */
    @Test
    void theSmallestTextOfAFullHdPictureIsAtLeastSixteenPixelsHigh() throws Exception {
        double scale = SceneRenderer.scaleFor(1920, 1080);
        List<Double> sizes = new ArrayList<>();
        for (Font font : MapView.fonts()) {
            sizes.add(font.getSize());
        }
        for (Font font : TimelineView.fonts()) {
            sizes.add(font.getSize());
        }
        double smallest = Collections.min(sizes);
        assertTrue(smallest * scale >= 16, smallest + " px × " + scale + " is under 16 px");

        SceneRenderer.Composition c = FxThread.call(() -> renderer.compose(TUNISIA, 1920, 1080, scale, true));
        for (Node node : c.root().lookupAll(".label")) {
            double size = ((Label) node).getFont().getSize();
            assertTrue(size * scale >= 16, ((Label) node).getText() + ": " + size + " px × " + scale);
        }
    }

    @Test
    void aPictureCarriesItsScenesEventsAndSaysWhatItShows() throws Exception {
        SceneRenderer.Picture picture = FxThread.call(() -> {
            try {
                return renderer.picture(TUNISIA, 1920, 1080, SceneRenderer.scaleFor(1920, 1080), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(picture.altText().startsWith("Map and timeline of the scene \u201cTunisia, 2015\u201d, "
                + "1 January 2015 \u2013 31 December 2015: "), picture.altText());
        assertTrue(picture.altText().matches(".*: \\d+ events shown: \\d+ attacks?\\. 1 event is highlighted\\."),
                picture.altText());

        Image image = new Image(new ByteArrayInputStream(picture.png()));
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        // The legend sits in the map's lower left corner, where this scene has no events: its attack swatch.
        int legendSwatches = pixelsNear(image.getPixelReader(), 0, 500, 420, 400,
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
