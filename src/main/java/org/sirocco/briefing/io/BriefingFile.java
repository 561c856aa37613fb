package org.sirocco.briefing.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.MapExtent;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.io.FilterCodec;
import org.sirocco.io.AtomicFile;

/**
 * A briefing as JSON:
 * <pre>{"schemaVersion": 1, "title": "...", "scenes": [{"name": "...", "note": "...",
 *   "timeWindow": {"first": "2015-01-01", "last": "2016-12-31"} | null, "filter": {...},
 *   "extent": {"centerLon": 2.5, "centerLat": 28.0, "widthKm": 3200, "heightKm": 2100} | null,
 *   "highlighted": ["event-id", ...]}]}</pre>
 * Reading keeps every scene it can and reports the rest as {@code file: scenes[i] "name": field: what is wrong}.
 * Writing replaces the file whole or not at all.
 */
public final class BriefingFile {

    public static final int SCHEMA_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();
    private static final Set<String> FIELDS = Set.of("schemaVersion", "title", "scenes");
    private static final Set<String> SCENE_FIELDS = Set.of("name", "note", "timeWindow", "filter", "extent",
            "highlighted");
    private static final Set<String> EXTENT_FIELDS = Set.of("centerLon", "centerLat", "widthKm", "heightKm");

    /** What was read, and what was wrong with it. */
    public record Loaded(String title, List<BriefingScene> scenes, List<String> problems) {
    }

    private BriefingFile() {
    }

    public static void save(Path file, String title, List<BriefingScene> scenes) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("schemaVersion", SCHEMA_VERSION);
        o.addProperty("title", title);
        JsonArray array = new JsonArray();
        for (BriefingScene s : scenes) {
            array.add(write(s));
        }
        o.add("scenes", array);
        byte[] json = (GSON.toJson(o) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(json));
    }

    private static JsonObject write(BriefingScene s) {
        JsonObject o = new JsonObject();
        o.addProperty("name", s.name());
        o.addProperty("note", s.note());
        o.add("timeWindow", FilterCodec.write(s.window()));
        o.add("filter", FilterCodec.write(s.filter()));
        if (s.extent() == null) {
            o.add("extent", JsonNull.INSTANCE);
        } else {
            JsonObject e = new JsonObject();
            e.addProperty("centerLon", round(s.extent().centerLon(), 1e5));
            e.addProperty("centerLat", round(s.extent().centerLat(), 1e5));
            e.addProperty("widthKm", round(s.extent().widthKm(), 1e3));
            e.addProperty("heightKm", round(s.extent().heightKm(), 1e3));
            o.add("extent", e);
        }
        JsonArray ids = new JsonArray();
        s.highlighted().forEach(ids::add);
        o.add("highlighted", ids);
        return o;
    }

    /** @throws IOException when the file cannot be read, is not JSON, or is not a briefing at all */
    public static Loaded load(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonElement root = FilterCodec.readJson(file);
        if (!root.isJsonObject() || !root.getAsJsonObject().has("scenes")
                || !root.getAsJsonObject().get("scenes").isJsonArray()) {
            throw new IOException(name + ": not a briefing: expected an object with a \"scenes\" array");
        }
        JsonObject o = root.getAsJsonObject();
        List<String> problems = new ArrayList<>();
        for (String key : o.keySet()) {
            if (!FIELDS.contains(key)) {
                problems.add(name + ": " + key + ": unknown field");
            }
        }
        JsonElement version = o.get("schemaVersion");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
                || version.getAsInt() != SCHEMA_VERSION) {
            problems.add(name + ": schemaVersion: expected " + SCHEMA_VERSION);
        }
        String title = text(o, "title", name, problems);
        List<BriefingScene> scenes = new ArrayList<>();
        JsonArray array = o.getAsJsonArray("scenes");
        for (int i = 0; i < array.size(); i++) {
            BriefingScene scene = readScene(array.get(i), name + ": scenes[" + i + "]", problems);
            if (scene != null) {
                scenes.add(scene);
            }
        }
        return new Loaded(title, scenes, problems);
    }

    private static BriefingScene readScene(JsonElement e, String where, List<String> problems) {
        if (!e.isJsonObject()) {
            problems.add(where + ": expected an object; scene skipped");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        String sceneName = text(o, "name", where, problems);
        if (sceneName.isBlank()) {
            problems.add(where + ": name: missing; scene skipped");
            return null;
        }
        String at = where + " \"" + sceneName + "\"";
        for (String key : o.keySet()) {
            if (!SCENE_FIELDS.contains(key)) {
                problems.add(at + ": " + key + ": unknown field");
            }
        }
        TimeWindow window = FilterCodec.readWindow(o.get("timeWindow"), at + ": timeWindow", problems);
        EventFilter filter = o.has("filter") && !o.get("filter").isJsonNull()
                ? FilterCodec.readFilter(o.get("filter"), at + ": filter", problems) : EventFilter.NONE;
        MapExtent extent = readExtent(o.get("extent"), at + ": extent", problems);
        List<String> highlighted = new ArrayList<>();
        JsonElement ids = o.get("highlighted");
        if (ids != null && !ids.isJsonNull()) {
            if (!ids.isJsonArray()) {
                problems.add(at + ": highlighted: expected an array of event ids");
            } else {
                for (JsonElement id : ids.getAsJsonArray()) {
                    if (id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()) {
                        highlighted.add(id.getAsString());
                    } else {
                        problems.add(at + ": highlighted: " + id + " is not an event id");
                    }
                }
            }
        }
        return new BriefingScene(sceneName, window, filter, extent, highlighted, text(o, "note", at, problems));
    }

    private static MapExtent readExtent(JsonElement e, String where, List<String> problems) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            problems.add(where + ": expected an object or null; the whole region is shown");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        double[] values = new double[EXTENT_FIELDS.size()];
        String[] keys = {"centerLon", "centerLat", "widthKm", "heightKm"};
        for (String key : o.keySet()) {
            if (!EXTENT_FIELDS.contains(key)) {
                problems.add(where + "." + key + ": unknown field");
            }
        }
        for (int i = 0; i < keys.length; i++) {
            JsonElement v = o.get(keys[i]);
            if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
                problems.add(where + "." + keys[i] + ": expected a number; the whole region is shown");
                return null;
            }
            values[i] = v.getAsDouble();
        }
        try {
            return new MapExtent(values[0], values[1], values[2], values[3]);
        } catch (IllegalArgumentException x) {
            problems.add(where + ": " + x.getMessage() + "; the whole region is shown");
            return null;
        }
    }

    private static String text(JsonObject o, String key, String where, List<String> problems) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problems.add(where + ": " + key + ": expected text");
            return "";
        }
        return e.getAsString();
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
