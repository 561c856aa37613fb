package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;
import org.sirocco.data.io.EventCheck;
import org.sirocco.data.io.Problem;
import org.sirocco.exchange.io.ImportedDatasetFile;

/**
 * Imports one file: its driver reads and maps records on a thread of its own while this one validates them by the
 * dataset's rules ({@link EventCheck}) and spools the valid events, so that memory stays bounded by a few runs of
 * records however long the file. Cancelling leaves nothing behind.
 */
public final class ImportJob {

    /** Problems kept for the report; beyond, they are only counted. */
    public static final int MAX_PROBLEMS = 10_000;
    /** Events in the preview's sample. */
    public static final int SAMPLE = 50;
    private static final int BATCH = 2_048;
    private static final int QUEUED_BATCHES = 4;

    /** Told how far the import has come. */
    @FunctionalInterface
    public interface Progress {
        /** @param fraction how much of the file is read, 0 to 1; @param records how many records so far */
        void update(double fraction, long records);
    }

    private final ImportDriver driver;
    private final Path input;
    private final ImportSettings settings;
    private final ImportContext context;

    public ImportJob(ImportDriver driver, Path input, ImportSettings settings, ImportContext context) {
        this.driver = driver;
        this.input = input;
        this.settings = settings;
        this.context = context;
    }

    /**
     * Imports the whole file into a dataset named {@code name} written to {@code output} (whole, or not at all when
     * nothing can be imported or the user cancels).
     *
     * @throws CancellationException when {@code cancelled} says so; {@code output} is then untouched
     */
    public ImportResult run(Path output, String name, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        ImportedDatasetFile dataset = new ImportedDatasetFile(output);
        try {
            Outcome outcome = read(Long.MAX_VALUE, progress, cancelled, dataset);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("import cancelled");
            }
            if (dataset.size() > 0) {
                dataset.finish(output, name, outcome.actorsUsed());
            }
            return outcome.result(driver.format(), List.of());
        } finally {
            dataset.discard();
        }
    }

    /** Reads the first {@code records} records as the import would, writing nothing: what the preview shows. */
    public ImportResult preview(int records) throws IOException {
        Outcome outcome = read(records, (f, n) -> { }, () -> false, null);
        return outcome.result(driver.format(), outcome.sample);
    }

    /** An event to check, built by a driver ({@code event}) or already in the schema's JSON ({@code json}). */
    private record Candidate(Event event, String json) {
    }

    /** One run of records on its way from the reading thread to the checking one. */
    private static final class Batch {
        final List<Candidate> candidates = new ArrayList<>(BATCH);
        final List<Integer> lines = new ArrayList<>(BATCH);
        final List<Actor> actors = new ArrayList<>(0);
        /** Skips and warnings, already final: the checking thread only counts and keeps them, in order. */
        final List<Problem> problems = new ArrayList<>(0);
        final List<SkipReason> skips = new ArrayList<>(0);
        long records;
        boolean last;
    }

    private Outcome read(long limit, Progress progress, BooleanSupplier cancelled, ImportedDatasetFile dataset)
            throws IOException {
        Outcome outcome = new Outcome();
        String fileName = input.toString();
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Throwable[] failure = {null};
        AtomicBoolean checkerGone = new AtomicBoolean();
        try (ImportReader reader = driver.open(input, settings, context)) {
            Thread producer = new Thread(() -> {
                BatchingSink sink = new BatchingSink(fileName, queue, limit, cancelled, checkerGone);
                try {
                    reader.read(sink);
                } catch (IOException | RuntimeException | Error e) {
                    failure[0] = e;
                } finally {
                    sink.close();
                }
            }, "import-reader");
            producer.setDaemon(true);
            producer.start();
            Rules check = new Rules(fileName, context.catalog().names());
            IdSet ids = new IdSet();
            try {
                for (Batch b = take(queue); ; b = take(queue)) {
                    outcome.accept(b, check, ids, dataset, fileName);
                    progress.update(reader.progress(), outcome.records);
                    if (b.last) {
                        break;
                    }
                }
            } finally {
                checkerGone.set(true);
                queue.clear();
                joinQuietly(producer);
            }
            outcome.description = reader.description();
        }
        if (failure[0] instanceof IOException e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return outcome;
    }

    private static Batch take(BlockingQueue<Batch> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gathers what the driver hands over into runs for the checking thread. */
    private static final class BatchingSink implements ImportSink {
        private final String file;
        private final BlockingQueue<Batch> queue;
        private final long limit;
        private final BooleanSupplier cancelled;
        private final AtomicBoolean checkerGone;
        private Batch batch = new Batch();
        private long records;

        BatchingSink(String file, BlockingQueue<Batch> queue, long limit, BooleanSupplier cancelled,
                AtomicBoolean checkerGone) {
            this.file = file;
            this.queue = queue;
            this.limit = limit;
            this.cancelled = cancelled;
            this.checkerGone = checkerGone;
        }

        @Override
        public void event(int line, Event event) {
            add(line, new Candidate(event, null));
        }

        @Override
        public void eventJson(int line, String json, String id) {
            add(line, new Candidate(null, json));
        }

        private void add(int line, Candidate c) {
            batch.candidates.add(c);
            batch.lines.add(line);
            counted();
        }

        @Override
        public void skipped(int line, SkipReason reason, String column, String problem) {
            batch.skips.add(reason);
            if (problem != null) {
                batch.problems.add(new Problem(file, line, null, column, problem));
            }
            counted();
        }

        @Override
        public void warning(int line, String column, String problem) {
            batch.problems.add(new Problem(file, line, null, column, problem));
        }

        @Override
        public void actor(Actor actor) {
            batch.actors.add(actor);
        }

        @Override
        public boolean stopRequested() {
            return records >= limit || cancelled.getAsBoolean() || checkerGone.get();
        }

        private void counted() {
            records++;
            batch.records++;
            if (batch.candidates.size() >= BATCH || batch.records >= BATCH * 4L) {
                hand(false);
            }
        }

        private void hand(boolean last) {
            batch.last = last;
            Batch full = batch;
            batch = new Batch();
            try {
                while (!checkerGone.get() && !queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                    // the checker is busy: wait for room, unless it has stopped
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void close() {
            hand(true);
        }
    }

    /** The dataset's rules, with the actors the import adds to the glossary's. */
    private static final class Rules {
        private final String file;
        private final Set<String> knownActors;
        private final LocalDate today = LocalDate.now();

        /** @param knownActors the glossary's names; empty to accept any name, as the dataset reader does */
        Rules(String file, Set<String> knownActors) {
            this.file = file;
            this.knownActors = new HashSet<>(knownActors);
        }

        void addActor(String name) {
            if (!knownActors.isEmpty()) {
                knownActors.add(name);
            }
        }

        EventCheck.Result check(Candidate c) {
            return c.event() != null ? EventCheck.check(c.event(), file, knownActors, today)
                    : EventCheck.check(c.json(), file, knownActors, today);
        }
    }

    /** What the checking thread has counted and kept. */
    private static final class Outcome {
        FileDescription description = FileDescription.UNKNOWN;
        long records;
        long imported;
        final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        final List<Problem> problems = new ArrayList<>();
        long problemCount;
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final Set<String> actorsNamed = new HashSet<>();
        final List<Event> sample = new ArrayList<>();

        void accept(Batch b, Rules check, IdSet ids, ImportedDatasetFile dataset, String file)
                throws IOException {
            records += b.records;
            b.skips.forEach(r -> skipped.merge(r, 1L, Long::sum));
            b.problems.forEach(this::problem);
            for (Actor a : b.actors) {
                if (actors.putIfAbsent(a.name(), a) == null) {
                    check.addActor(a.name());
                }
            }
            for (int k = 0; k < b.candidates.size(); k++) {
                Candidate c = b.candidates.get(k);
                EventCheck.Result v = check.check(c);
                int line = b.lines.get(k);
                if (v.event() == null) {
                    skipped.merge(SkipReason.INVALID, 1L, Long::sum);
                    for (Problem p : v.problems()) {
                        problem(new Problem(file, line, p.eventId(), p.field(), p.message()));
                    }
                } else if (!ids.add(v.event().id())) {
                    skipped.merge(SkipReason.REPEATED, 1L, Long::sum);
                    problem(new Problem(file, line, v.event().id(), "id", "given by an earlier record of the file, "
                            + "whose event was kept"));
                } else {
                    imported++;
                    actorsNamed.addAll(v.event().perpetrators());
                    actorsNamed.addAll(v.event().agencies());
                    if (dataset != null && c.event() != null) {
                        dataset.add(c.event());
                    } else if (dataset != null) {
                        dataset.add(c.json());
                    }
                    if (sample.size() < SAMPLE) {
                        sample.add(v.event());
                    }
                }
            }
        }

        private void problem(Problem p) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        }

        /** The added actors some imported event names. */
        List<Actor> actorsUsed() {
            return actors.values().stream().filter(a -> actorsNamed.contains(a.name())).toList();
        }

        ImportResult result(ImportFormat format, List<Event> shown) {
            return new ImportResult(format, description, records, imported, skipped, problems, problemCount,
                    actorsUsed(), shown);
        }
    }
}
