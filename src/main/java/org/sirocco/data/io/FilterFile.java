package org.sirocco.data.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.io.AtomicFile;

/**
 * A saved set of filters with its time window, as JSON:
 * {@code {"schemaVersion": 1, "timeWindow": {"first": "2015-01-01", "last": "2016-12-31"} | null, "filter": {...}}}.
 */
public final class FilterFile {

    public static final int SCHEMA_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();
    private static final Set<String> FIELDS = Set.of("schemaVersion", "timeWindow", "filter");

    /** What was read, and what was wrong with it (the parts read despite problems are kept). */
    public record Loaded(EventFilter filter, TimeWindow window, List<String> problems) {
    }

    private FilterFile() {
    }

    public static void save(Path file, EventFilter filter, TimeWindow window) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("schemaVersion", SCHEMA_VERSION);
        o.add("timeWindow", FilterCodec.write(window));
        o.add("filter", FilterCodec.write(filter));
        byte[] json = (GSON.toJson(o) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(json));
    }

    /** @throws IOException when the file cannot be read or is not JSON at all */
    public static Loaded load(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonElement root = FilterCodec.readJson(file);
        List<String> problems = new ArrayList<>();
        if (!root.isJsonObject()) {
            throw new IOException(name + ": expected a JSON object");
        }
        JsonObject o = root.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!FIELDS.contains(key)) {
                problems.add(name + ": " + key + ": unknown field");
            }
        }
        if (!o.has("schemaVersion") || !o.get("schemaVersion").isJsonPrimitive()
                || o.get("schemaVersion").getAsInt() != SCHEMA_VERSION) {
            problems.add(name + ": schemaVersion: expected " + SCHEMA_VERSION);
        }
        TimeWindow window = FilterCodec.readWindow(o.get("timeWindow"), name + ": timeWindow", problems);
        EventFilter filter = FilterCodec.readFilter(o.get("filter"), name + ": filter", problems);
        return new Loaded(filter, window, problems);
    }
}
