package org.sirocco.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.testing.Median;

/**
 * The store at a million synthetic events: load speed from JSON ({@code store.load_events_per_s}), the median time
 * of a time window plus a category and a country filter ({@code store.filter_ms_median}), and the heap the store
 * holds per event ({@code store.bytes_per_event}).
 */
final class StoreBenchmark {

    static final int EVENTS = 1_000_000;
    private static final int LOAD_RUNS = 3;
    private static final int QUERIES = 200;

    private StoreBenchmark() {
    }

    static Map<String, Double> run(Path workDir) throws IOException {
        Path file = SyntheticFiles.ensure(workDir, EVENTS);
        DatasetReader reader = new DatasetReader(Set.of());
        double[] seconds = new double[LOAD_RUNS];
        LoadResult result = null;
        for (int i = 0; i < LOAD_RUNS; i++) {
            result = null;
            System.gc();
            long start = System.nanoTime();
            result = reader.read(file);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (!result.isClean() || result.dataset().store().size() != EVENTS) {
                throw new IllegalStateException("synthetic file did not load cleanly: " + result.problems().size()
                        + " problems, first " + result.problems().stream().limit(3).toList());
            }
        }
        EventStore store = result.dataset().store();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("store.load_events_per_s", EVENTS / Median.of(seconds));
        figures.put("store.filter_ms_median", filterMillis(store));
        result = null;
        figures.put("store.bytes_per_event", bytesPerEvent(reader, file));
        return figures;
    }

    /** Median time of a random window (one to three years) with one category and one country. */
    private static double filterMillis(EventStore store) {
        System.gc(); // leave the loads' garbage out of the timings
        Random random = new Random(5);
        List<String> countries = List.of("ML", "NE", "BF", "MA", "DZ", "TN", "LY", "TD");
        double[] millis = new double[QUERIES];
        int checksum = 0;
        for (int q = -50; q < QUERIES; q++) { // the first 50 warm the code up
            LocalDate from = LocalDate.of(2003 + random.nextInt(20), 1 + random.nextInt(12), 1);
            TimeWindow window = TimeWindow.ofDays(from, from.plusDays(365 + random.nextInt(730)));
            EventFilter filter = new EventFilter(Set.of(Category.ofOrdinal(random.nextInt(Category.count()))),
                    Set.of(countries.get(random.nextInt(countries.size()))));
            long start = System.nanoTime();
            EventSelection visible = store.within(store.select(filter), window);
            long elapsed = System.nanoTime() - start;
            checksum += visible.count();
            if (q >= 0) {
                millis[q] = elapsed / 1e6;
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("no event matched any query");
        }
        return Median.of(millis);
    }

    /** Heap in use with the store loaded minus heap in use without it, after full collections, per event. */
    private static double bytesPerEvent(DatasetReader reader, Path file) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        LoadResult kept = reader.read(file);
        long with = usedAfterGc(memory);
        double perEvent = (double) (with - before) / kept.dataset().store().size();
        if (kept.dataset().store().size() != EVENTS) {
            throw new IllegalStateException("store lost events");
        }
        return perEvent;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
