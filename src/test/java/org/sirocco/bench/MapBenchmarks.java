package org.sirocco.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import org.sirocco.app.EditBenchmark;
import org.sirocco.app.Startup;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.export.ExportBenchmark;
import org.sirocco.filter.FilterBenchmark;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.i18n.Language;
import org.sirocco.list.EventListBenchmark;
import org.sirocco.map.MapFrameBenchmark;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.timeline.TimelineFrameBenchmark;

/** Starts the toolkit with no display and runs the views' benchmarks: map, timeline, list, filters and export. */
final class MapBenchmarks {

    private MapBenchmarks() {
    }

    static Map<String, Double> run(Path dir) throws IOException {
        startHeadlessToolkit();
        Startup startup = Startup.load(null);
        LoadResult million = new DatasetReader(Set.of()).read(SyntheticFiles.ensure(dir, StoreBenchmark.EVENTS));
        Map<String, Double> figures = new LinkedHashMap<>(MapFrameBenchmark.run(startup.data().dataset(),
                million.dataset(), startup.basemap(), Startup.detailedBasemap(), startup.cities()));
        figures.put("timeline.frame_ms_median_1m", TimelineFrameBenchmark.run(million.dataset()));
        figures.put("list.refresh_ms_median_1m", EventListBenchmark.run(million.dataset()));
        figures.putAll(FilterBenchmark.run(million.dataset()));
        figures.putAll(EditBenchmark.run());
        figures.putAll(ExportBenchmark.run(startup.data().dataset(), () -> {
            MapView map = new MapView(new ViewState(startup.data().dataset()), GeoProjection.region(),
                    Language.ENGLISH.messages());
            map.setBasemap(startup.basemap());
            map.setDetailedBasemap(Startup.detailedBasemap());
            map.setCities(startup.cities());
            map.setHomeBounds(Bounds.ofLonLat(map.getProjection(), -18, 9, 25, 51.5));
            return map;
        }, Path.of("docs/examples/sample.briefing.json"), dir));
        return figures;
    }

    /** The same system properties the headless tests run with, passed down by the bench profile. */
    static void startHeadlessToolkit() {
        for (String arg : System.getProperty("sirocco.headless.args", "").split("\\s+")) {
            if (arg.startsWith("-D") && arg.contains("=")) {
                int eq = arg.indexOf('=');
                System.setProperty(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
    }
}
