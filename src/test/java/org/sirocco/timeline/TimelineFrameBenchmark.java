package org.sirocco.timeline;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sirocco.data.Dataset;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Median;

/**
 * Timeline redraw time while brushing ({@code timeline.frame_ms_median_1m}): a two-year brush is dragged across the
 * whole dataset of a million synthetic events, writing the shared window at each step as a drag does, and the
 * median time of the timeline's redraw (histogram, lanes, brush, axis) into its Canvas is kept. The window's
 * recomputation of the visible events is included; the toolkit's rasterisation is not.
 */
public final class TimelineFrameBenchmark {

    private static final int WARMUP = 60;
    private static final int FRAMES = 240;

    private TimelineFrameBenchmark() {
    }

    /** Must be called off the FX thread, with the toolkit started. */
    public static double run(Dataset million) {
        return FxThread.call(() -> medianFrame(million));
    }

    private static double medianFrame(Dataset dataset) {
        ViewState state = new ViewState(dataset);
        TimelineView timeline = new TimelineView(state, Language.ENGLISH.messages());
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(timeline), 1280, 260));
        stage.show();
        timeline.applyCss();
        timeline.layout();
        TimeWindow range = timeline.getVisibleRange();
        double span = 730;
        double[] millis = new double[FRAMES];
        for (int k = -WARMUP; k < FRAMES; k++) {
            int step = Math.floorMod(k, FRAMES);
            double start = range.startDay() + (range.length() - span) * step / FRAMES;
            long begin = System.nanoTime();
            state.setTimeWindow(new TimeWindow(Math.floor(start), Math.floor(start) + span));
            timeline.layout();
            long elapsed = System.nanoTime() - begin;
            if (k >= 0) {
                millis[k] = elapsed / 1e6;
            }
        }
        stage.close();
        return Median.of(millis);
    }
}
