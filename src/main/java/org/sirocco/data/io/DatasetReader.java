package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.sirocco.data.Actor;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;

/**
 * Reads an events file (docs/dataset-schema.md) strictly, reporting every problem at once, and builds the store
 * from the valid events. Events are parsed in parallel batches; files of more than {@link #IN_MEMORY_LIMIT}
 * events keep only columns in memory and read details back from the file on demand.
 */
public final class DatasetReader {

    /** The newest version of the schema this code reads and writes. */
    public static final int SCHEMA_VERSION = 3;
    /** The version that added when events were added and changed (version 3 added names in other languages). */
    public static final int HISTORY_SCHEMA_VERSION = 2;
    /** The oldest version it still reads: a version 1 file is a newer one that uses none of the newer fields. */
    public static final int FIRST_SCHEMA_VERSION = 1;
    /** Above this many events, details are read back from the file instead of being held in memory. */
    public static final int IN_MEMORY_LIMIT = 50_000;
    private static final int CHUNK = 2_048;
    /** Below this size, parsing on the calling thread beats starting workers. */
    private static final int PARALLEL_MIN_BYTES = 4 << 20;
    /** Files from this size on are mapped into memory instead of read onto the heap. */
    private static final long MAP_MIN_BYTES = 16 << 20;
    /** Parsed runs waiting to join: bounds the memory of a huge file's parse. */
    private static final int MAX_IN_FLIGHT = 8;
    /** Buffers index bytes with an int. */
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;
    /** The longest title an event may have. */
    public static final int MAX_TITLE_LENGTH = EventRules.MAX_TITLE_LENGTH;
    private static final Set<String> TOP_LEVEL = Set.of("schemaVersion", "name", "synthetic", "actors", "events");

    private final Set<String> knownActors;
    private final LocalDate today;
    private final int inMemoryLimit;

    /** @param knownActors the names perpetrators and agencies may use; empty to accept any name */
    public DatasetReader(Set<String> knownActors) {
        this(knownActors, LocalDate.now(), IN_MEMORY_LIMIT);
    }

    DatasetReader(Set<String> knownActors, LocalDate today, int inMemoryLimit) {
        this.knownActors = Set.copyOf(knownActors);
        this.today = today;
        this.inMemoryLimit = inMemoryLimit;
    }

    /**
     * Whether a point lies in the region the dataset may hold, by the rule the reader applies to every place: an
     * import reports points outside it as such rather than as broken events.
     */
    public static boolean inRegion(double lat, double lon) {
        return EventRules.inRegion(lat, lon);
    }

    /** Reads a file on disk. Never throws for bad content or a missing file: those are problems. */
    public LoadResult read(Path path) {
        String name = path.toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                return failed(name, "the file is larger than 2 GB");
            }
            // A large file is mapped rather than copied onto the heap: no half-gigabyte array to clear and fill.
            ByteBuffer content = size >= MAP_MIN_BYTES ? channel.map(FileChannel.MapMode.READ_ONLY, 0, size)
                    : ByteBuffer.wrap(Files.readAllBytes(path));
            return read(name, content, path);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file");
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads content already in memory (a bundled resource); {@code name} is used in messages. */
    public LoadResult read(String name, byte[] content) {
        return read(name, ByteBuffer.wrap(content), null);
    }

    private LoadResult read(String name, ByteBuffer buf, Path file) {
        List<Problem> problems = new ArrayList<>();
        List<Actor> ownActors = readOwnActors(name, buf, problems);
        EventJsonParser parser = new EventJsonParser(name, withOwn(ownActors), today);
        boolean parallel = buf.limit() >= PARALLEL_MIN_BYTES && Runtime.getRuntime().availableProcessors() > 1;
        ExecutorService workers = parallel ? Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors(), DatasetReader::worker) : null;
        Collector collector = new Collector(name, file != null, problems, buf, parser);
        // Runs of events are parsed by the workers while the next runs are sliced; results join in file order.
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        JsonSlicer.Result sliced;
        try {
            sliced = JsonSlicer.slice(buf, "events", CHUNK, slices -> {
                if (workers == null) {
                    collector.add(parse(buf, slices, parser, collector::keepsDetails));
                    return;
                }
                inFlight.add(workers.submit(() -> parse(buf, slices, parser, collector::keepsDetails)));
                while (!inFlight.isEmpty() && (inFlight.peek().isDone() || inFlight.size() > MAX_IN_FLIGHT)) {
                    collector.add(join(inFlight.poll()));
                }
            });
            while (!inFlight.isEmpty()) {
                collector.add(join(inFlight.poll()));
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        for (JsonSlicer.Break b : sliced.breaks()) {
            problems.add(new Problem(name, b.line(), null, null, "broken JSON: " + b.message()));
        }
        TopLevel top = readTopLevel(name, buf, sliced, problems);
        EventStore store = collector.build(file);
        problems.sort(Comparator.comparingInt(Problem::line));
        return new LoadResult(new Dataset(top.name(), name, store, top.synthetic(), ownActors), problems,
                sliced.elementCount(),
                sliced.cutShort());
    }

    /**
     * The actors the file describes itself, read before its events so that the events may name them: an
     * {@code actors} member must come before {@code events} (the writer puts it there). Broken JSON is left to the
     * slicer, which reports it with its line.
     */
    private static List<Actor> readOwnActors(String file, ByteBuffer buf, List<Problem> problems) {
        int start = buf.limit() >= 3 && (buf.get(0) & 0xff) == 0xef && (buf.get(1) & 0xff) == 0xbb
                && (buf.get(2) & 0xff) == 0xbf ? 3 : 0;
        try (JsonReader in = new JsonReader(new Utf8BufferReader(buf, start, buf.limit() - start, '\0', '\0'))) {
            in.setStrictness(Strictness.STRICT);
            in.setNestingLimit(EventJsonParser.NESTING_LIMIT);
            in.beginObject();
            while (in.hasNext()) {
                String member = in.nextName();
                if (member.equals("events")) {
                    return List.of();
                }
                if (member.equals("actors") && in.peek() == JsonToken.BEGIN_ARRAY) {
                    int line = Math.max(1, EventJsonParser.gsonLine(in.toString()));
                    List<String> errors = new ArrayList<>();
                    List<Actor> actors = ActorCatalogReader.readActors(in, file, errors);
                    for (String e : errors) {
                        problems.add(new Problem(file, line, null, null, e.substring(file.length() + 2)));
                    }
                    return actors;
                }
                in.skipValue();
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // the slicer reports broken JSON with its line
        }
        return List.of();
    }

    private Set<String> withOwn(List<Actor> ownActors) {
        if (knownActors.isEmpty() || ownActors.isEmpty()) {
            return knownActors;
        }
        Set<String> known = new java.util.HashSet<>(knownActors);
        ownActors.forEach(a -> known.add(a.name()));
        return known;
    }

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "dataset-reader");
        t.setDaemon(true);
        return t;
    }

    /**
     * A run of events parsed, in file order: its problems, and its valid events as store columns with their ids
     * and id hashes, worked out by the parsing thread so that joining runs in file order stays cheap.
     *
     * @param validIds the id of each slice's event when it is valid, else null
     */
    private record Chunk(List<JsonSlicer.Slice> slices, List<Problem> problems, String[] validIds, long[] idHashes,
            EventStore.Builder valid) {
    }

    /** Parses a run; its events' details are kept only while {@code keepDetails} says the store still wants them. */
    private static Chunk parse(ByteBuffer buf, List<JsonSlicer.Slice> slices, EventJsonParser parser,
            BooleanSupplier keepDetails) {
        List<Problem> problems = new ArrayList<>();
        String[] validIds = new String[slices.size()];
        long[] idHashes = new long[slices.size()];
        EventStore.Builder valid = EventStore.builder(slices.size());
        if (!keepDetails.getAsBoolean()) {
            valid.dropDetails();
        }
        parser.parseAll(buf, slices, 0, slices.size(), (p, k) -> {
            problems.addAll(p.problems());
            if (p.event() != null) {
                JsonSlicer.Slice s = slices.get(k);
                valid.add(p.event(), FileDetailSource.ref(s.offset(), s.length()));
                validIds[k] = p.id();
                idHashes[k] = IdIndex.hash(p.id());
            }
        });
        return new Chunk(slices, problems, validIds, idHashes, valid);
    }

    private static Chunk join(Future<Chunk> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading events", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading events failed", e.getCause());
        }
    }

    /**
     * Takes parsed runs in file order into the store builder: reports problems and duplicate ids, and once there
     * are more events than {@link #inMemoryLimit}, keeps only references to a file's events instead of their
     * details.
     */
    private final class Collector {
        private final String name;
        private final boolean fromFile;
        private final List<Problem> problems;
        private final ByteBuffer buf;
        private final EventJsonParser parser;
        private final EventStore.Builder builder = EventStore.builder();
        private final IdIndex ids = new IdIndex();
        /** Where each accepted event is and the line it starts on, by builder index: to compare equal hashes' ids. */
        private long[] refs = new long[1024];
        private int[] lines = new int[1024];
        /** Read by the parsing threads, which then leave details out of what they build. */
        private volatile boolean keepsDetails = true;

        Collector(String name, boolean fromFile, List<Problem> problems, ByteBuffer buf, EventJsonParser parser) {
            this.name = name;
            this.fromFile = fromFile;
            this.problems = problems;
            this.buf = buf;
            this.parser = parser;
        }

        boolean keepsDetails() {
            return keepsDetails;
        }

        void add(Chunk chunk) {
            problems.addAll(chunk.problems());
            boolean[] keep = new boolean[chunk.valid().size()];
            int validIndex = 0;
            int next = builder.size();
            for (int k = 0; k < chunk.slices().size(); k++) {
                String id = chunk.validIds()[k];
                if (id == null) {
                    continue;
                }
                int valid = validIndex++;
                JsonSlicer.Slice s = chunk.slices().get(k);
                if (s.length() > FileDetailSource.MAX_EVENT_BYTES) {
                    problems.add(new Problem(name, s.line(), id, null, "event larger than 16 MB"));
                    continue;
                }
                int first = ids.putIfAbsent(chunk.idHashes()[k], next);
                if (first >= 0 && idAt(first).equals(id)) {
                    problems.add(new Problem(name, s.line(), id, "id",
                            "duplicate id: already used by the event on line " + lines[first]));
                    continue;
                }
                keep[valid] = true;
                if (next == lines.length) {
                    refs = Arrays.copyOf(refs, next * 2);
                    lines = Arrays.copyOf(lines, next * 2);
                }
                refs[next] = FileDetailSource.ref(s.offset(), s.length());
                lines[next++] = s.line();
            }
            builder.addAll(chunk.valid(), keep);
            if (fromFile && keepsDetails && builder.size() > inMemoryLimit) {
                builder.dropDetails();
                keepsDetails = false;
            }
        }

        /** The id of the accepted event {@code index}, read again from the file: only needed for equal hashes. */
        private String idAt(int index) {
            return parser.parse(buf, (int) FileDetailSource.offset(refs[index]), FileDetailSource.length(refs[index]),
                    lines[index]).id();
        }

        EventStore build(Path file) {
            return builder.keepsDetails() ? builder.build()
                    : builder.build(refs -> new FileDetailSource(file, refs, parser));
        }
    }

    /** The file's own fields besides its events. */
    private record TopLevel(String name, boolean synthetic) {
    }

    private TopLevel readTopLevel(String file, ByteBuffer buf, JsonSlicer.Result sliced, List<Problem> problems) {
        String datasetName = null;
        boolean synthetic = false;
        Integer version = null;
        boolean eventsSeen = false;
        Set<String> seen = new java.util.HashSet<>();
        for (JsonSlicer.Member m : sliced.members()) {
            if (!seen.add(m.name())) {
                problems.add(new Problem(file, m.nameLine(), null, m.name(), "given twice"));
                continue;
            }
            if (!TOP_LEVEL.contains(m.name())) {
                problems.add(new Problem(file, m.nameLine(), null, m.name(),
                        "unknown top-level field (expected schemaVersion, name, synthetic, actors, events)"));
                continue;
            }
            if (m.name().equals("actors")) {
                if (eventsSeen) {
                    problems.add(new Problem(file, m.nameLine(), null, m.name(), "must come before events, so that "
                            + "the events may name them"));
                } else if (buf.get((int) m.value().offset()) != '[') {
                    problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected an array"));
                }
                continue;
            }
            if (m.name().equals("events")) {
                eventsSeen = true; // its elements were sliced already; only its kind is checked here
                if (buf.get((int) m.value().offset()) != '[') {
                    problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected an array"));
                }
                continue;
            }
            try (JsonReader in = new JsonReader(new StringReader(text(buf, m.value())))) {
                in.setStrictness(Strictness.STRICT);
                switch (m.name()) {
                    case "schemaVersion" -> {
                        if (in.peek() != JsonToken.NUMBER) {
                            problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected a number"));
                        } else {
                            version = in.nextInt();
                            if (version < FIRST_SCHEMA_VERSION || version > SCHEMA_VERSION) {
                                problems.add(new Problem(file, m.nameLine(), null, m.name(), "version " + version
                                        + " is not supported (this version of Sirocco reads versions "
                                        + FIRST_SCHEMA_VERSION + " to " + SCHEMA_VERSION + ")"));
                            }
                        }
                    }
                    case "name" -> {
                        if (in.peek() != JsonToken.STRING) {
                            problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected a string"));
                        } else {
                            datasetName = in.nextString();
                        }
                    }
                    case "synthetic" -> {
                        if (in.peek() != JsonToken.BOOLEAN) {
                            problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected true or false"));
                        } else {
                            synthetic = in.nextBoolean();
                        }
                    }
                    default -> throw new IllegalStateException(m.name());
                }
            } catch (IOException | NumberFormatException | IllegalStateException e) {
                problems.add(new Problem(file, m.value().line(), null, m.name(),
                        "unreadable value: " + EventJsonParser.cleanGsonMessage(e.getMessage())));
            }
        }
        if (sliced.breaks().isEmpty()) {
            if (version == null && !seen.contains("schemaVersion")) {
                problems.add(new Problem(file, 1, null, "schemaVersion", "missing"));
            }
            if (!eventsSeen) {
                problems.add(new Problem(file, 1, null, "events", "missing"));
            }
        }
        if (datasetName == null || datasetName.isBlank()) {
            String base = file.replaceAll(".*[/\\\\]", "");
            datasetName = base.isEmpty() ? file : base;
        }
        return new TopLevel(datasetName, synthetic);
    }

    private static String text(ByteBuffer buf, JsonSlicer.Slice s) {
        byte[] bytes = new byte[s.length()];
        buf.get((int) s.offset(), bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static LoadResult failed(String name, String message) {
        return new LoadResult(new Dataset(name, name, EventStore.builder().build(), false),
                List.of(new Problem(name, 0, null, null, message)), 0, false);
    }
}
