package org.sirocco.exchange.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946) one feature at a time, so that a file of any size is read in the
 * memory of one feature. A stray {@code crs} member is ignored. Broken JSON ends the reading with a problem: the
 * features before it are kept.
 */
public final class GeoJsonFeatures {

    /** Properties that Sirocco's own export adds beside an event's fields, for other tools. */
    public static final Set<String> EXPORT_ONLY = Set.of("start", "end");
    /** The event fields that mark a feature as Sirocco's own: its properties are an event of the dataset schema. */
    private static final List<String> SIROCCO_FIELDS = List.of("id", "datePrecision", "category", "subtype",
            "places", "sources");
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column");
    private static final int NESTING_LIMIT = 32;

    /**
     * One feature.
     *
     * @param points     its Point or MultiPoint coordinates, each {lon, lat}; empty without a geometry
     * @param properties its properties, nested values as JSON text
     * @param eventJson  for a feature of Sirocco's own export, its event in the dataset schema on one line; else null
     * @param eventId    that event's id, or null
     * @param whenStart  the start of a Linked Places {@code when} timespan, or null
     * @param whenEnd    its end, or null
     */
    public record Feature(int line, String id, List<double[]> points, Map<String, Object> properties,
            String eventJson, String eventId, String whenStart, String whenEnd) {
    }

    /** Where the features go. */
    public interface Handler {
        void feature(Feature feature);

        /** A feature, or the file from there on, that cannot be read; {@code member} names the part at fault. */
        void broken(int line, String member, String message);

        boolean stopRequested();
    }

    private final Path file;
    private final long size;
    private volatile CountingInputStream counted;

    public GeoJsonFeatures(Path file) throws IOException {
        this.file = file;
        this.size = Math.max(1, Files.size(file));
    }

    public double progress() {
        CountingInputStream in = counted;
        return in == null ? 0 : Math.min(1, in.count() / (double) size);
    }

    /** Reads every feature to {@code handler}; returns the collection's {@code name} member, or null. */
    public String read(Handler handler) throws IOException {
        String name = null;
        try (CountingInputStream counted = new CountingInputStream(new BufferedInputStream(
                Files.newInputStream(file), 1 << 16))) {
            this.counted = counted;
            counted.mark(3);
            byte[] bom = counted.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
                counted.reset();
            }
            JsonReader in = new JsonReader(new InputStreamReader(counted, StandardCharsets.UTF_8));
            in.setStrictness(Strictness.LEGACY_STRICT);
            in.setNestingLimit(NESTING_LIMIT);
            try {
                if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    handler.broken(1, null, "a GeoJSON file must hold one JSON object, a FeatureCollection");
                    return null;
                }
                in.beginObject();
                while (in.hasNext() && !handler.stopRequested()) {
                    String member = in.nextName();
                    switch (member) {
                        case "features" -> features(in, handler);
                        case "name" -> name = in.peek() == JsonToken.STRING ? in.nextString() : skip(in);
                        case "type" -> {
                            int line = line(in);
                            String type = in.peek() == JsonToken.STRING ? in.nextString() : skip(in);
                            if (!"FeatureCollection".equals(type)) {
                                handler.broken(line, "type", "\"" + type + "\": only a FeatureCollection is read");
                                return name;
                            }
                        }
                        default -> in.skipValue(); // crs, bbox and foreign members
                    }
                }
            } catch (IOException | IllegalStateException | JsonParseException | NumberFormatException e) {
                handler.broken(line(in), null, "broken JSON: " + clean(e.getMessage())
                        + "; the rest of the file could not be read");
            }
        }
        return name;
    }

    private static String skip(JsonReader in) throws IOException {
        in.skipValue();
        return null;
    }

    private static void features(JsonReader in, Handler handler) throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            handler.broken(line(in), "features", "expected an array of features");
            in.skipValue();
            return;
        }
        in.beginArray();
        while (in.hasNext() && !handler.stopRequested()) {
            int line = line(in);
            JsonElement element = JsonParser.parseReader(in);
            if (!element.isJsonObject()) {
                handler.broken(line, null, "a feature must be a JSON object");
                continue;
            }
            feature(line, element.getAsJsonObject(), handler);
        }
        if (!handler.stopRequested()) {
            in.endArray();
        }
    }

    private static void feature(int line, JsonObject f, Handler handler) {
        List<double[]> points = new ArrayList<>(1);
        JsonElement geometry = f.get("geometry");
        if (geometry != null && !geometry.isJsonNull()) {
            String problem = points(geometry, points);
            if (problem != null) {
                handler.broken(line, "geometry", problem);
                return;
            }
        }
        JsonObject props = f.has("properties") && f.get("properties").isJsonObject()
                ? f.getAsJsonObject("properties") : new JsonObject();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> p : props.entrySet()) {
            properties.put(p.getKey(), plain(p.getValue()));
        }
        String eventJson = null;
        String eventId = null;
        if (SIROCCO_FIELDS.stream().allMatch(props::has)) {
            JsonObject event = props.deepCopy();
            EXPORT_ONLY.forEach(event::remove);
            eventJson = event.toString();
            eventId = props.get("id").isJsonPrimitive() ? props.get("id").getAsString() : null;
        }
        String[] when = when(f.has("when") ? f.get("when") : props.get("when"));
        String id = f.has("id") && f.get("id").isJsonPrimitive() ? f.get("id").getAsString() : null;
        handler.feature(new Feature(line, id, points, properties, eventJson, eventId, when[0], when[1]));
    }

    /** Adds a Point's or MultiPoint's positions to {@code out}; returns what is wrong, or null. */
    private static String points(JsonElement geometry, List<double[]> out) {
        if (!geometry.isJsonObject()) {
            return "expected an object";
        }
        JsonObject g = geometry.getAsJsonObject();
        String type = g.has("type") && g.get("type").isJsonPrimitive() ? g.get("type").getAsString() : null;
        JsonElement coordinates = g.get("coordinates");
        if (!"Point".equals(type) && !"MultiPoint".equals(type)) {
            return "a " + type + " is not read: only Point and MultiPoint features become events";
        }
        if (coordinates == null || !coordinates.isJsonArray()) {
            return "coordinates: expected an array";
        }
        if (type.equals("Point")) {
            return position(coordinates.getAsJsonArray(), out);
        }
        for (JsonElement p : coordinates.getAsJsonArray()) {
            String problem = p.isJsonArray() ? position(p.getAsJsonArray(), out) : "coordinates: expected positions";
            if (problem != null) {
                return problem;
            }
        }
        return out.isEmpty() ? "coordinates: a MultiPoint with no point" : null;
    }

    private static String position(JsonArray p, List<double[]> out) {
        if (p.size() < 2 || !isNumber(p.get(0)) || !isNumber(p.get(1))) {
            return "coordinates: a position is [longitude, latitude]";
        }
        out.add(new double[] {p.get(0).getAsDouble(), p.get(1).getAsDouble()});
        return null;
    }

    private static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    /** A Linked Places {@code when}: the first timespan's start and end ({@code in}, else earliest / latest). */
    private static String[] when(JsonElement when) {
        String[] out = new String[2];
        if (when == null || !when.isJsonObject() || !when.getAsJsonObject().has("timespans")
                || !when.getAsJsonObject().get("timespans").isJsonArray()) {
            return out;
        }
        JsonArray spans = when.getAsJsonObject().getAsJsonArray("timespans");
        if (spans.isEmpty() || !spans.get(0).isJsonObject()) {
            return out;
        }
        JsonObject span = spans.get(0).getAsJsonObject();
        out[0] = bound(span.get("start"), "earliest");
        out[1] = bound(span.get("end"), "latest");
        return out;
    }

    private static String bound(JsonElement b, String fallback) {
        if (b == null || !b.isJsonObject()) {
            return null;
        }
        JsonObject o = b.getAsJsonObject();
        for (String key : new String[] {"in", fallback}) {
            if (o.has(key) && o.get(key).isJsonPrimitive()) {
                return o.get(key).getAsString();
            }
        }
        return null;
    }

    /** A property's value as plain Java: text, a number, true/false, null, or nested JSON as its text. */
    private static Object plain(JsonElement v) {
        if (v.isJsonNull()) {
            return null;
        }
        if (v.isJsonPrimitive()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            return p.isNumber() ? (Object) p.getAsDouble() : p.isBoolean() ? (Object) p.getAsBoolean()
                    : p.getAsString();
        }
        return v.toString();
    }

    private static int line(JsonReader in) {
        Matcher m = LOCATION.matcher(in.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        int see = message.indexOf("\nSee https://");
        String m = see >= 0 ? message.substring(0, see) : message;
        return m.replaceAll(" at line \\d+ column \\d+ path \\S+", "").trim();
    }
}
