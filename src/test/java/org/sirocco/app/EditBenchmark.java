package org.sirocco.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Count;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.TestEvents;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.synthetic.SyntheticEvents;
import org.sirocco.edit.ChangeEvent;
import org.sirocco.edit.Curation;
import org.sirocco.testing.FxThread;
import org.sirocco.testing.Headless;
import org.sirocco.testing.Median;

/**
 * How long an edit takes to show everywhere on 10,000 events ({@code edit.apply_ms_median_10k}): in the main window
 * with every view on a synthetic dataset made by the generator, an event's toll is changed through the curation
 * (a new store, the views told), and the time runs until the work the views put off to after the change (the list's
 * rows, the filter counts) is done and the window is laid out, which is when the map and the timeline draw. The
 * clock starts on the application thread when the edit starts, not while the previous frame is still rendering.
 * <p>
 * Run alone: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sirocco.app.EditBenchmark}.
 */
public final class EditBenchmark {

    static final int EVENTS = 10_000;
    private static final int WARMUP = 15;
    private static final int EDITS = 40;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EditBenchmark() {
    }

    public static void main(String[] args) {
        try {
            Headless.startToolkit();
            run().forEach((k, v) -> System.out.printf(Locale.ROOT, "%s %.2f%n", k, v));
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * The median time from the start of an edit to the end of the layout that shows it, and the application
     * thread's processor time over the same span (which a machine busy with other work does not inflate). Must be
     * called off the FX thread, with the toolkit started.
     */
    public static Map<String, Double> run() {
        List<Event> events = new ArrayList<>(EVENTS);
        new SyntheticEvents(42).generate(EVENTS, events::add);
        Dataset dataset = new Dataset(SyntheticEvents.datasetName(EVENTS), "synthetic", EventStore.of(events), true);
        Startup startup = Startup.load(null);
        Startup tenThousand = new Startup(startup.actors(), new LoadResult(dataset, List.of(), EVENTS, false), null,
                startup.basemap(), startup.cities(), List.of());
        MainWindow window = FxThread.call(() -> {
            MainWindow w = new MainWindow(tenThousand);
            Stage stage = new Stage();
            stage.setScene(new Scene(w.root(), 1600, 1000));
            stage.show();
            return w;
        });
        Curation curation = window.curationActions().curation();
        double[] millis = new double[EDITS];
        double[] cpuMillis = new double[EDITS];
        for (int k = -WARMUP; k < EDITS; k++) {
            int step = k;
            long[] times = new long[2];
            long[] cpu = new long[2];
            FxThread.call(() -> {
                times[0] = System.nanoTime();
                cpu[0] = THREADS.getCurrentThreadCpuTime();
                Event e = window.viewState().store().event(EVENTS / 2);
                Count toll = Math.floorMod(step, 2) == 0 ? Count.range(1, 3) : Count.exact(1);
                curation.apply(new ChangeEvent(e, TestEvents.withKilled(e, toll)));
                return null;
            });
            // Runs after what the views put off with runLater during the edit, then lays out and draws the views.
            FxThread.call(() -> {
                window.root().applyCss();
                window.root().layout();
                times[1] = System.nanoTime();
                cpu[1] = THREADS.getCurrentThreadCpuTime();
                return null;
            });
            long elapsed = times[1] - times[0];
            if (k >= 0) {
                millis[k] = elapsed / 1e6;
                cpuMillis[k] = (cpu[1] - cpu[0]) / 1e6;
            }
        }
        FxThread.call(() -> {
            window.root().getScene().getWindow().hide();
            return null;
        });
        return Map.of("edit.apply_ms_median_10k", Median.of(millis), "edit.apply_cpu_ms_median_10k",
                Median.of(cpuMillis));
    }
}
