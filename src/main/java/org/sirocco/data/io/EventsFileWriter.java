package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.sirocco.data.Actor;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;
import org.sirocco.i18n.Language;
import org.sirocco.io.AtomicFile;

/**
 * Writes an events file in the dataset schema (docs/dataset-schema.md): either in the canonical form curators keep
 * (events by date then id, two-space indent, one field or list value per line, fields in the schema's order), or
 * compact with one event per line, for large generated files. The file is written beside its target and moved into
 * place, so a reader never sees half a file.
 */
public final class EventsFileWriter {

    /**
     * The canonical order of events in a file: by date as written, then by id. A date written to a coarser precision
     * comes first among those starting on the same day ({@code 2011} before {@code 2011-01} before
     * {@code 2011-01-01}), as the written dates sort as text.
     */
    public static final Comparator<Event> CANONICAL_ORDER = Comparator.comparing(Event::start)
            .thenComparing(e -> -e.precision().ordinal()).thenComparing(Event::id);

    private EventsFileWriter() {
    }

    /** Something that hands events, one by one, to the writer. */
    @FunctionalInterface
    public interface EventSource {
        void forEach(Consumer<Event> sink) throws IOException;
    }

    /**
     * Writes {@code events}, in the order given, to {@code file} as a dataset named {@code name}; {@code synthetic}
     * marks generated test data. For events that record no history (generated ones): the header says version 1.
     */
    public static void write(Path file, String name, boolean synthetic, EventSource events) throws IOException {
        write(file, name, synthetic, true, events);
    }

    /** As {@link #write(Path, String, boolean, EventSource)}; {@code indented} false writes one event per line. */
    public static void write(Path file, String name, boolean synthetic, boolean indented, EventSource events)
            throws IOException {
        write(file, name, synthetic, indented, DatasetReader.FIRST_SCHEMA_VERSION, List.of(), events);
    }

    /**
     * As {@link #write(Path, String, boolean, boolean, EventSource)}, with the actors the dataset describes itself
     * (those an import added to the glossary's), written before the events that name them; {@code version} is the
     * schema version the events need ({@link #schemaVersionFor}).
     */
    public static void write(Path file, String name, boolean synthetic, boolean indented, int version,
            List<Actor> actors, EventSource events) throws IOException {
        AtomicFile.write(file, stream -> write(stream, name, synthetic, indented, version, actors, events));
    }

    /**
     * Writes {@code events} in the canonical form, whole or not at all: a file read and written again without a
     * change is the same to the byte, and a change to one event touches only that event's lines. The header says
     * the oldest version that has every field the file uses ({@link #schemaVersionFor}), so that older versions
     * still read files that do not use the newer fields.
     */
    public static void writeCanonical(Path file, String name, boolean synthetic, List<Actor> actors,
            Collection<Event> events) throws IOException {
        AtomicFile.write(file, stream -> writeCanonical(stream, name, synthetic, actors, events));
    }

    /** As {@link #writeCanonical(Path, String, boolean, List, Collection)}, to a stream left open. */
    public static void writeCanonical(OutputStream stream, String name, boolean synthetic, List<Actor> actors,
            Collection<Event> events) throws IOException {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(CANONICAL_ORDER);
        write(stream, name, synthetic, true, schemaVersionFor(sorted, actors), actors, sink -> sorted.forEach(sink));
    }

    /**
     * The oldest schema version that has every field {@code events} and {@code actors} use: 3 for titles or actor
     * names in other languages, 2 for when events were added or changed, else 1.
     */
    public static int schemaVersionFor(Collection<Event> events, List<Actor> actors) {
        if (events.stream().anyMatch(e -> !e.titles().isEmpty())
                || actors.stream().anyMatch(a -> !a.translations().isEmpty() || !a.abbreviations().isEmpty())) {
            return DatasetReader.SCHEMA_VERSION;
        }
        return events.stream().anyMatch(e -> e.added() != null || e.changed() != null)
                ? DatasetReader.HISTORY_SCHEMA_VERSION : DatasetReader.FIRST_SCHEMA_VERSION;
    }

    /** One event as canonical JSON, indented. */
    public static String toJson(Event e) {
        StringWriter out = new StringWriter();
        try {
            JsonWriter json = jsonWriter(out, true);
            writeEvent(json, e);
            json.flush();
        } catch (IOException x) {
            throw new IllegalStateException("a string cannot fail to be written", x);
        }
        return out.toString();
    }

    private static JsonWriter jsonWriter(Writer out, boolean indented) {
        JsonWriter json = new JsonWriter(out);
        json.setStrictness(Strictness.STRICT);
        if (indented) {
            json.setIndent("  ");
        }
        return json;
    }

    private static void write(OutputStream stream, String name, boolean synthetic, boolean indented, int version,
            List<Actor> actors, EventSource events) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        JsonWriter json = jsonWriter(out, indented);
        json.beginObject();
        json.name("schemaVersion").value(version);
        json.name("name").value(name);
        if (synthetic) {
            json.name("synthetic").value(true);
        }
        if (!actors.isEmpty()) {
            writeActors(json, actors);
        }
        json.name("events").beginArray();
        writeEach(events, e -> {
            if (!indented) {
                json.flush();
                out.write('\n');
            }
            writeEvent(json, e);
        });
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    /** Writes one event somewhere. */
    @FunctionalInterface
    public interface EventWriting {
        void write(Event e) throws IOException;
    }

    /** Hands every event of {@code events} to {@code writing}, stopping at the first failure, which it throws. */
    public static void writeEach(EventSource events, EventWriting writing) throws IOException {
        IOException[] failure = {null};
        events.forEach(e -> {
            if (failure[0] == null) {
                try {
                    writing.write(e);
                } catch (IOException x) {
                    failure[0] = x;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Writes the {@code actors} member: each actor as the glossary describes one. */
    public static void writeActors(JsonWriter json, List<Actor> actors) throws IOException {
        json.name("actors").beginArray();
        for (Actor a : actors) {
            json.beginObject();
            json.name("name").value(a.name());
            json.name("fullName").value(a.fullName());
            json.name("kind").value(a.kind());
            json.name("description").value(a.description());
            if (!a.abbreviations().isEmpty()) {
                strings(json, "abbreviations", a.abbreviations());
            }
            if (!a.translations().isEmpty()) {
                json.name("translations").beginObject();
                for (Language l : Language.values()) {
                    Actor.Names n = a.translations().get(l);
                    if (n != null) {
                        json.name(l.tag()).beginObject();
                        json.name("name").value(n.name());
                        json.name("fullName").value(n.fullName());
                        strings(json, "abbreviations", n.abbreviations());
                        json.name("description").value(n.description());
                        json.endObject();
                    }
                }
                json.endObject();
            }
            json.endObject();
        }
        json.endArray();
    }

    /** Writes one event as an object of the dataset schema: other formats that carry events whole use it too. */
    public static void writeEvent(JsonWriter json, Event e) throws IOException {
        json.beginObject();
        writeEventFields(json, e);
        json.endObject();
    }

    /**
     * Writes the fields of one event, in the schema's order and leaving out optional ones that are not set, into an
     * object already open, so that a format may add members of its own.
     */
    public static void writeEventFields(JsonWriter json, Event e) throws IOException {
        json.name("id").value(e.id());
        json.name("date").value(e.precision().format(e.start()));
        json.name("datePrecision").value(e.precision().id());
        if (e.hasEndDate()) {
            json.name("endDate").value(e.precision().format(e.end()));
        }
        json.name("category").value(e.category().id());
        json.name("subtype").value(e.subtype());
        json.name("title").value(e.title());
        if (!e.titles().isEmpty()) {
            json.name("titles").beginObject();
            for (Language l : Language.values()) {
                if (e.titles().containsKey(l)) {
                    json.name(l.tag()).value(e.titles().get(l));
                }
            }
            json.endObject();
        }
        json.name("summary").value(e.summary());
        json.name("places").beginArray();
        for (Place p : e.places()) {
            json.beginObject();
            json.name("name").value(p.name());
            json.name("country").value(p.country());
            json.name("lat").value(p.lat());
            json.name("lon").value(p.lon());
            json.name("precision").value(p.precision().id());
            json.endObject();
        }
        json.endArray();
        strings(json, "perpetrators", e.perpetrators());
        if (!e.splitFrom().isEmpty()) {
            strings(json, "splitFrom", e.splitFrom());
        }
        strings(json, "states", e.states());
        strings(json, "agencies", e.agencies());
        count(json, "killed", e.killed());
        count(json, "injured", e.injured());
        count(json, "arrested", e.arrested());
        json.name("sources").beginArray();
        for (Source s : e.sources()) {
            json.beginObject();
            json.name("title").value(s.title());
            json.name("publisher").value(s.publisher());
            json.name("date").value(s.date());
            json.name("url").value(s.url());
            json.endObject();
        }
        json.endArray();
        json.name("confidence").value(e.confidence().id());
        if (e.notes() != null) {
            json.name("notes").value(e.notes());
        }
        if (e.added() != null) {
            json.name("added").value(e.added().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        if (e.changed() != null) {
            json.name("changed").value(e.changed().truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        json.name(name).beginArray();
        for (String v : values) {
            json.value(v);
        }
        json.endArray();
    }

    private static void count(JsonWriter json, String name, Count c) throws IOException {
        json.name(name);
        if (!c.isKnown()) {
            json.nullValue();
        } else if (c.isRange()) {
            json.beginObject().name("min").value(c.min()).name("max").value(c.max()).endObject();
        } else {
            json.value(c.min());
        }
    }
}
