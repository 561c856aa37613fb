package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;

/**
 * Reads an events file (docs/dataset-schema.md) strictly, reporting every problem at once, and builds the store
 * from the valid events. Events are parsed in parallel batches; files of more than {@link #IN_MEMORY_LIMIT}
 * events keep only columns in memory and read details back from the file on demand.
 */
public final class DatasetReader {

    public static final int SCHEMA_VERSION = 1;
    /** Above this many events, details are read back from the file instead of being held in memory. */
    public static final int IN_MEMORY_LIMIT = 50_000;
    private static final int BATCH = 65_536;
    private static final int CHUNK = 2_048;
    /** Below this many events, parsing on one thread beats starting the common pool. */
    private static final int PARALLEL_THRESHOLD = 4 * CHUNK;
    /** Arrays index bytes with an int. */
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;
    private static final Set<String> TOP_LEVEL = Set.of("schemaVersion", "name", "events");

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

    /** Reads a file on disk. Never throws for bad content or a missing file: those are problems. */
    public LoadResult read(Path path) {
        String name = path.toString();
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                return failed(name, "the file is larger than 2 GB");
            }
            return read(name, Files.readAllBytes(path), path);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file");
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads content already in memory (a bundled resource); {@code name} is used in messages. */
    public LoadResult read(String name, byte[] content) {
        return read(name, content, null);
    }

    private LoadResult read(String name, byte[] buf, Path file) {
        List<Problem> problems = new ArrayList<>();
        JsonSlicer.Result sliced = JsonSlicer.slice(buf, "events");
        for (JsonSlicer.Break b : sliced.breaks()) {
            problems.add(new Problem(name, b.line(), null, null, "broken JSON: " + b.message()));
        }
        String datasetName = readTopLevel(name, buf, sliced, problems);

        EventJsonParser parser = new EventJsonParser(name, knownActors, today);
        List<JsonSlicer.Slice> slices = sliced.elements();
        boolean inMemory = slices.size() <= inMemoryLimit || file == null;
        EventStore.Builder builder = inMemory ? EventStore.builder() : EventStore.referenceBuilder();
        Map<String, Integer> idLines = new HashMap<>(slices.size() * 2);
        for (int batchStart = 0; batchStart < slices.size(); batchStart += BATCH) {
            List<JsonSlicer.Slice> batch = slices.subList(batchStart, Math.min(slices.size(), batchStart + BATCH));
            for (ParsedEvent parsed : parseBatch(name, buf, batch, parser)) {
                problems.addAll(parsed.problems());
                if (parsed.event() == null) {
                    continue;
                }
                Integer firstLine = idLines.putIfAbsent(parsed.id(), parsed.line());
                if (firstLine != null) {
                    problems.add(new Problem(name, parsed.line(), parsed.id(), "id",
                            "duplicate id: already used by the event on line " + firstLine));
                    continue;
                }
                builder.add(parsed.event(), parsed.ref());
            }
        }
        EventStore store = inMemory ? builder.build() : builder.build(refs -> new FileDetailSource(file, refs, parser));
        problems.sort(Comparator.comparingInt(Problem::line));
        return new LoadResult(new Dataset(datasetName, name, store), problems, slices.size());
    }

    /** Parses a batch of entries in parallel chunks, returning them in file order. */
    private static List<ParsedEvent> parseBatch(String file, byte[] buf, List<JsonSlicer.Slice> batch,
            EventJsonParser parser) {
        int chunks = (batch.size() + CHUNK - 1) / CHUNK;
        IntStream chunkIndices = IntStream.range(0, chunks);
        if (batch.size() >= PARALLEL_THRESHOLD) {
            chunkIndices = chunkIndices.parallel();
        }
        List<List<ParsedEvent>> results = chunkIndices.mapToObj(c -> {
            List<ParsedEvent> out = new ArrayList<>(CHUNK);
            for (int i = c * CHUNK; i < Math.min(batch.size(), (c + 1) * CHUNK); i++) {
                JsonSlicer.Slice s = batch.get(i);
                out.add(parseSlice(file, buf, s, parser));
            }
            return out;
        }).toList();
        List<ParsedEvent> all = new ArrayList<>(batch.size());
        results.forEach(all::addAll);
        return all;
    }

    private static ParsedEvent parseSlice(String file, byte[] buf, JsonSlicer.Slice s, EventJsonParser parser) {
        if (s.length() > FileDetailSource.MAX_EVENT_BYTES) {
            Problem p = new Problem(file, s.line(), null, null, "event larger than 16 MB");
            return new ParsedEvent(new EventJsonParser.Parsed(null, null, s.line(), List.of(p)), -1);
        }
        String json = new String(buf, (int) s.offset(), s.length(), StandardCharsets.UTF_8);
        EventJsonParser.Parsed parsed = parser.parse(json, s.line());
        return new ParsedEvent(parsed, FileDetailSource.ref(s.offset(), s.length()));
    }

    /** One parsed entry and where it lies in the file. */
    private record ParsedEvent(EventJsonParser.Parsed parsed, long ref) {
        List<Problem> problems() {
            return parsed.problems();
        }

        org.sirocco.data.Event event() {
            return parsed.event();
        }

        String id() {
            return parsed.id();
        }

        int line() {
            return parsed.line();
        }
    }

    private String readTopLevel(String file, byte[] buf, JsonSlicer.Result sliced, List<Problem> problems) {
        String datasetName = null;
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
                        "unknown top-level field (expected schemaVersion, name, events)"));
                continue;
            }
            String text = text(buf, m.value());
            try (JsonReader in = new JsonReader(new StringReader(text))) {
                in.setStrictness(Strictness.STRICT);
                switch (m.name()) {
                    case "schemaVersion" -> {
                        if (in.peek() != JsonToken.NUMBER) {
                            problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected a number"));
                        } else {
                            version = in.nextInt();
                            if (version != SCHEMA_VERSION) {
                                problems.add(new Problem(file, m.nameLine(), null, m.name(), "version " + version
                                        + " is not supported (this version of Sirocco reads version "
                                        + SCHEMA_VERSION + ")"));
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
                    case "events" -> {
                        eventsSeen = true;
                        if (in.peek() != JsonToken.BEGIN_ARRAY) {
                            problems.add(new Problem(file, m.nameLine(), null, m.name(), "expected an array"));
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
        return datasetName;
    }

    private static String text(byte[] buf, JsonSlicer.Slice s) {
        return new String(buf, (int) s.offset(), s.length(), StandardCharsets.UTF_8);
    }

    private static LoadResult failed(String name, String message) {
        return new LoadResult(new Dataset(name, name, EventStore.builder().build()),
                List.of(new Problem(name, 0, null, null, message)), 0);
    }
}
