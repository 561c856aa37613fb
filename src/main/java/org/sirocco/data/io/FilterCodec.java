package org.sirocco.data.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;

/**
 * The JSON form of a filter and a time window, shared by the filter files and the briefing files. Reading collects
 * a message for each problem ({@code where: field: what is wrong}) and keeps what it can.
 */
public final class FilterCodec {

    private static final Set<String> FILTER_FIELDS = Set.of("categories", "subtypes", "countries", "actors",
            "confidences", "killedMin", "killedMax", "query", "changedSince");

    private static final int NESTING_LIMIT = 16;

    private FilterCodec() {
    }

    /**
     * Reads a small JSON file strictly (no comments, no unquoted names, a nesting limit).
     *
     * @throws IOException when the file cannot be read or is not JSON; the message names the file
     */
    public static JsonElement readJson(Path file) throws IOException {
        try (JsonReader reader = new JsonReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(NESTING_LIMIT);
            return JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalArgumentException e) {
            int at = EventJsonParser.gsonLine(e.getMessage());
            String why = e.getCause() instanceof EOFException ? "the file ends before its JSON is complete"
                    : EventJsonParser.cleanGsonMessage(e.getMessage());
            throw new IOException(file.getFileName() + (at > 0 ? ":" + at : "") + ": not valid JSON: " + why, e);
        }
    }

    public static JsonObject write(EventFilter f) {
        JsonObject o = new JsonObject();
        o.add("categories", strings(f.categories().stream().map(Category::id).toList()));
        o.add("subtypes", strings(new TreeSet<>(f.subtypes())));
        o.add("countries", strings(new TreeSet<>(f.countries())));
        o.add("actors", strings(new TreeSet<>(f.actors())));
        o.add("confidences", strings(f.confidences().stream().map(Confidence::id).toList()));
        o.add("killedMin", f.killedMin() == null ? JsonNull.INSTANCE : new JsonPrimitive(f.killedMin()));
        o.add("killedMax", f.killedMax() == null ? JsonNull.INSTANCE : new JsonPrimitive(f.killedMax()));
        o.addProperty("query", f.query());
        if (f.changedSince() != null) {
            o.addProperty("changedSince", f.changedSince().toString()); // absent otherwise: older files stay as they were
        }
        return o;
    }

    /** A window as its first and last days, both included; null as JSON null. */
    public static JsonElement write(TimeWindow w) {
        if (w == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("first", LocalDate.ofEpochDay((long) Math.floor(w.startDay())).toString());
        o.addProperty("last", LocalDate.ofEpochDay((long) Math.ceil(w.endDay()) - 1).toString());
        return o;
    }

    public static EventFilter readFilter(JsonElement e, String where, List<String> problems) {
        if (e == null || !e.isJsonObject()) {
            problems.add(where + ": expected an object");
            return EventFilter.NONE;
        }
        JsonObject o = e.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!FILTER_FIELDS.contains(key)) {
                problems.add(where + "." + key + ": unknown field");
            }
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String id : strings(o, "categories", where, problems)) {
            Category.fromId(id).ifPresentOrElse(categories::add,
                    () -> problems.add(where + ".categories: unknown category \"" + id + "\""));
        }
        Set<String> subtypes = new LinkedHashSet<>();
        for (String id : strings(o, "subtypes", where, problems)) {
            if (Category.allSubtypes().contains(id)) {
                subtypes.add(id);
            } else {
                problems.add(where + ".subtypes: unknown subtype \"" + id + "\"");
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (String c : strings(o, "countries", where, problems)) {
            if (iso.contains(c) || c.equals("XK")) {
                countries.add(c);
            } else {
                problems.add(where + ".countries: \"" + c + "\" is not an ISO 3166-1 alpha-2 code");
            }
        }
        Set<String> actors = new LinkedHashSet<>(strings(o, "actors", where, problems));
        Set<Confidence> confidences = EnumSet.noneOf(Confidence.class);
        for (String id : strings(o, "confidences", where, problems)) {
            Confidence.fromId(id).ifPresentOrElse(confidences::add,
                    () -> problems.add(where + ".confidences: unknown confidence \"" + id + "\""));
        }
        Integer min = count(o, "killedMin", where, problems);
        Integer max = count(o, "killedMax", where, problems);
        if (min != null && max != null && max < min) {
            problems.add(where + ".killedMax: " + max + " is below killedMin " + min);
            max = null;
        }
        JsonElement queryValue = o.get("query");
        String query = "";
        if (queryValue != null && queryValue.isJsonPrimitive() && queryValue.getAsJsonPrimitive().isString()) {
            query = queryValue.getAsString();
        } else if (queryValue != null && !queryValue.isJsonNull()) {
            problems.add(where + ".query: expected a string");
        }
        LocalDate since = null;
        JsonElement sinceValue = o.get("changedSince");
        if (sinceValue != null && !sinceValue.isJsonNull()) {
            try {
                since = LocalDate.parse(sinceValue.getAsString());
            } catch (DateTimeException | UnsupportedOperationException | IllegalStateException x) {
                problems.add(where + ".changedSince: expected a date written YYYY-MM-DD");
            }
        }
        return new EventFilter(categories, subtypes, countries, actors, confidences, min, max, query, since);
    }

    public static TimeWindow readWindow(JsonElement e, String where, List<String> problems) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            problems.add(where + ": expected an object with first and last days, or null");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        try {
            LocalDate first = LocalDate.parse(o.get("first").getAsString());
            LocalDate last = LocalDate.parse(o.get("last").getAsString());
            if (last.isBefore(first)) {
                problems.add(where + ".last: " + last + " is before first " + first);
                return null;
            }
            return TimeWindow.ofDays(first, last);
        } catch (DateTimeException | NullPointerException | IllegalStateException | UnsupportedOperationException x) {
            problems.add(where + ": first and last must be dates written YYYY-MM-DD");
            return null;
        }
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static List<String> strings(JsonObject o, String key, String where, List<String> problems) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            problems.add(where + "." + key + ": expected an array of strings");
            return List.of();
        }
        Function<JsonElement, String> text = x -> x.isJsonPrimitive() && x.getAsJsonPrimitive().isString()
                ? x.getAsString() : null;
        List<String> out = new java.util.ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            String s = text.apply(x);
            if (s == null) {
                problems.add(where + "." + key + ": expected strings");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static Integer count(JsonObject o, String key, String where, List<String> problems) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        try {
            int n = e.getAsInt();
            if (n < 0) {
                problems.add(where + "." + key + ": " + n + " is negative");
                return null;
            }
            return n;
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException x) {
            problems.add(where + "." + key + ": expected a whole number or null");
            return null;
        }
    }
}
