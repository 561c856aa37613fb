package org.sirocco.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;

/**
 * What changed between two versions of the dataset: the events added, removed, and changed (the same id), each
 * changed event with the fields that differ, old and new. When an event was added or changed is its history, not
 * its content: it is not compared.
 *
 * @param added   events of the new version only, by id
 * @param removed events of the old version only, by id
 * @param changed events of both whose content differs, by id
 */
public record DatasetDiff(List<Event> added, List<Event> removed, List<Changed> changed) {

    /** One field that differs, as text for people to read. */
    public record Field(String name, String before, String after) {
    }

    /** An event of both versions, and how it differs. */
    public record Changed(Event before, Event after, List<Field> fields) {
        public String id() {
            return after.id();
        }

        public List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }
    }

    /** The fields compared, in the schema's order, each as text. */
    private static final Map<String, Function<Event, String>> FIELDS = fields();

    public static DatasetDiff between(List<Event> before, List<Event> after) {
        Map<String, Event> old = byId(before);
        Map<String, Event> now = byId(after);
        List<Event> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (Event e : now.values()) {
            Event was = old.get(e.id());
            if (was == null) {
                added.add(e);
            } else {
                List<Field> fields = differences(was, e);
                if (!fields.isEmpty()) {
                    changed.add(new Changed(was, e, fields));
                }
            }
        }
        List<Event> removed = old.values().stream().filter(e -> !now.containsKey(e.id())).toList();
        return new DatasetDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static List<Field> differences(Event before, Event after) {
        List<Field> out = new ArrayList<>();
        FIELDS.forEach((name, text) -> {
            String b = text.apply(before);
            String a = text.apply(after);
            if (!Objects.equals(a, b)) {
                out.add(new Field(name, b, a));
            }
        });
        return out;
    }

    private static Map<String, Event> byId(List<Event> events) {
        Map<String, Event> map = new TreeMap<>();
        events.forEach(e -> map.put(e.id(), e));
        return map;
    }

    private static Map<String, Function<Event, String>> fields() {
        Map<String, Function<Event, String>> f = new LinkedHashMap<>();
        f.put("date", e -> e.precision().format(e.start()));
        f.put("datePrecision", e -> e.precision().id());
        f.put("endDate", e -> e.hasEndDate() ? e.precision().format(e.end()) : null);
        f.put("category", e -> e.category().id());
        f.put("subtype", Event::subtype);
        f.put("title", Event::title);
        f.put("summary", Event::summary);
        f.put("places", e -> e.places().stream().map(DatasetDiff::place).collect(Collectors.joining("\n")));
        f.put("perpetrators", e -> String.join(", ", e.perpetrators()));
        f.put("splitFrom", e -> String.join(", ", e.splitFrom()));
        f.put("states", e -> String.join(", ", e.states()));
        f.put("agencies", e -> String.join(", ", e.agencies()));
        f.put("killed", e -> count(e.killed()));
        f.put("injured", e -> count(e.injured()));
        f.put("arrested", e -> count(e.arrested()));
        f.put("sources", e -> e.sources().stream().map(DatasetDiff::source).collect(Collectors.joining("\n")));
        f.put("confidence", e -> e.confidence().id());
        f.put("notes", Event::notes);
        return f;
    }

    private static String place(Place p) {
        return p.name() + " (" + p.country() + ") " + p.lat() + ", " + p.lon() + " " + p.precision().id();
    }

    private static String source(Source s) {
        return s.title() + " \u2014 " + s.publisher() + (s.date() == null ? "" : ", " + s.date()) + " \u2014 " + s.url();
    }

    private static String count(Count c) {
        return c.isKnown() ? c.toString() : "null";
    }
}
