package org.sirocco.filter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Median;

/**
 * The filter panel's costs on a million synthetic events: recounting every facet value as a brush moves
 * ({@code filter.counts_ms_median_1m}, with a category ticked), building the search index of a file whose details
 * stay on disk ({@code filter.text_index_s_1m}, done once, in the background, on the first search), and applying a
 * one-word search to every view's events ({@code filter.search_ms_median_1m}).
 */
public final class FilterBenchmark {

    private static final int WARMUP = 10;
    private static final int RUNS = 40;
    private static final List<String> WORDS = List.of("ambush", "gao", "cell", "kidal", "bombing", "tunis",
            "niamey", "arrests");

    private FilterBenchmark() {
    }

    /** Must be called off the FX thread, with the toolkit started. */
    public static Map<String, Double> run(Dataset million) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("filter.counts_ms_median_1m", FxThread.call(() -> medianCounts(million)));
        long begin = System.nanoTime();
        million.store().textIndex();
        figures.put("filter.text_index_s_1m", (System.nanoTime() - begin) / 1e9);
        figures.put("filter.search_ms_median_1m", FxThread.call(() -> medianSearch(million)));
        return figures;
    }

    private static double medianCounts(Dataset dataset) {
        ViewState state = new ViewState(dataset);
        FilterModel model = new FilterModel(state, ResourceBundle.getBundle("i18n.messages"), work -> { });
        state.setFilter(EventFilter.NONE.withCategories(Set.of(Category.ATTACK)));
        double first = dataset.store().firstDay();
        double length = dataset.store().lastDay() - first;
        double[] millis = new double[RUNS];
        for (int k = -WARMUP; k < RUNS; k++) {
            double start = Math.floor(first + (length - 730) * Math.floorMod(k, RUNS) / RUNS);
            state.setTimeWindow(new TimeWindow(start, start + 730));
            long begin = System.nanoTime();
            model.refreshCounts();
            long elapsed = System.nanoTime() - begin;
            if (k >= 0) {
                millis[k] = elapsed / 1e6;
            }
        }
        return Median.of(millis);
    }

    private static double medianSearch(Dataset dataset) {
        ViewState state = new ViewState(dataset);
        double[] millis = new double[RUNS];
        for (int k = -WARMUP; k < RUNS; k++) {
            String word = WORDS.get(Math.floorMod(k, WORDS.size()));
            long begin = System.nanoTime();
            state.setFilter(EventFilter.NONE.withQuery(word));
            long elapsed = System.nanoTime() - begin;
            if (k >= 0) {
                millis[k] = elapsed / 1e6;
            }
        }
        return Median.of(millis);
    }
}
