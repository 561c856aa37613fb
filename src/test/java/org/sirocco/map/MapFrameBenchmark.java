package org.sirocco.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sirocco.data.Dataset;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.City;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Median;

/**
 * Map frame time while panning across the region ({@code map.frame_ms_median_curated} with the bundled events,
 * {@code map.frame_ms_median_1m} with a million synthetic ones): the median time the skin takes to draw a frame
 * (base map, labels, events, furniture) into its Canvas after each pan step, on a 1280 × 800 map. The toolkit's own
 * rasterisation of the Canvas on the render thread is not included.
 */
public final class MapFrameBenchmark {

    private static final int WARMUP = 60;
    private static final int FRAMES = 240;

    private MapFrameBenchmark() {
    }

    /** Must be called off the FX thread, with the toolkit started. */
    public static Map<String, Double> run(Dataset curated, Dataset million, Basemap coarse, Basemap detailed,
            List<City> cities) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("map.frame_ms_median_curated",
                FxThread.call(() -> medianFrame(curated, coarse, detailed, cities)));
        figures.put("map.frame_ms_median_1m", FxThread.call(() -> medianFrame(million, coarse, detailed, cities)));
        return figures;
    }

    private static double medianFrame(Dataset dataset, Basemap coarse, Basemap detailed, List<City> cities) {
        ViewState state = new ViewState(dataset);
        GeoProjection projection = GeoProjection.region();
        MapView map = new MapView(state, projection, Language.ENGLISH.messages());
        map.setBasemap(coarse);
        map.setDetailedBasemap(detailed);
        map.setCities(cities);
        map.setHomeBounds(Bounds.ofLonLat(projection, -18, 9, 25, 51.5));
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(map), 1280, 800));
        stage.show();
        map.applyCss();
        map.layout();
        map.fitRegion();
        MapViewport home = map.getViewport();
        double[] millis = new double[FRAMES];
        for (int k = -WARMUP; k < FRAMES; k++) {
            // a figure of eight over the region at two zooms, as a user pans around while reading
            int step = Math.floorMod(k, FRAMES);
            double t = 2 * Math.PI * step / FRAMES;
            double zoom = step < FRAMES / 2 ? 1 : 2.5;
            MapViewport v = new MapViewport(home.centerX() + Math.sin(t) * 900_000,
                    home.centerY() + Math.sin(2 * t) * 500_000, home.metresPerPixel() / zoom);
            map.setViewport(v);
            long start = System.nanoTime();
            map.layout();
            long elapsed = System.nanoTime() - start;
            if (k >= 0) {
                millis[k] = elapsed / 1e6;
            }
        }
        stage.close();
        return Median.of(millis);
    }
}
