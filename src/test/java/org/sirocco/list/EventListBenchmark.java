package org.sirocco.list;

import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sirocco.data.Dataset;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Median;

/**
 * Event list refresh time while brushing ({@code list.refresh_ms_median_1m}): a two-year window is moved across a
 * million synthetic events, and each step's rebuild of the rows (hundreds of thousands of them, in date order) and
 * layout of the table is timed. The list refreshes once per pulse, so this is its share of a brushing frame.
 */
public final class EventListBenchmark {

    private static final int WARMUP = 20;
    private static final int FRAMES = 80;

    private EventListBenchmark() {
    }

    /** Must be called off the FX thread, with the toolkit started. */
    public static double run(Dataset million) {
        return FxThread.call(() -> medianRefresh(million));
    }

    private static double medianRefresh(Dataset dataset) {
        ViewState state = new ViewState(dataset);
        EventListView list = new EventListView(state, ResourceBundle.getBundle("i18n.messages"));
        Stage stage = new Stage();
        stage.setScene(new Scene(list, 520, 600));
        stage.show();
        list.applyCss();
        list.layout();
        double first = dataset.store().firstDay();
        double length = dataset.store().lastDay() - first;
        double span = 730;
        double[] millis = new double[FRAMES];
        for (int k = -WARMUP; k < FRAMES; k++) {
            int step = Math.floorMod(k, FRAMES);
            double start = Math.floor(first + (length - span) * step / FRAMES);
            long begin = System.nanoTime();
            state.setTimeWindow(new TimeWindow(start, start + span));
            list.refresh();
            list.layout();
            long elapsed = System.nanoTime() - begin;
            if (k >= 0) {
                millis[k] = elapsed / 1e6;
            }
        }
        stage.close();
        return Median.of(millis);
    }
}
