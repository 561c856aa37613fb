package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.sirocco.data.Actor;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;
import org.sirocco.io.AtomicFile;

/**
 * Writes an events file in the dataset schema (docs/dataset-schema.md): either one field per line, as curators keep
 * the bundled file, or compact with one event per line, for large generated files. The file is written beside its
 * target and moved into place, so a reader never sees half a file.
 */
public final class EventsFileWriter {

    private EventsFileWriter() {
    }

    /** Something that hands events, one by one, to the writer. */
    @FunctionalInterface
    public interface EventSource {
        void forEach(Consumer<Event> sink) throws IOException;
    }

    /**
     * Writes {@code events} to {@code file} as a dataset named {@code name}; {@code synthetic} marks generated
     * test data.
     */
    public static void write(Path file, String name, boolean synthetic, EventSource events) throws IOException {
        write(file, name, synthetic, true, events);
    }

    /** As {@link #write(Path, String, boolean, EventSource)}; {@code indented} false writes one event per line. */
    public static void write(Path file, String name, boolean synthetic, boolean indented, EventSource events)
            throws IOException {
        write(file, name, synthetic, indented, List.of(), events);
    }

    /**
     * As {@link #write(Path, String, boolean, boolean, EventSource)}, with the actors the dataset describes itself
     * (those an import added to the glossary's), written before the events that name them.
     */
    public static void write(Path file, String name, boolean synthetic, boolean indented, List<Actor> actors,
            EventSource events) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            JsonWriter json = new JsonWriter(out);
            json.setStrictness(Strictness.STRICT);
            if (indented) {
                json.setIndent("  ");
            }
            json.beginObject();
            json.name("schemaVersion").value(DatasetReader.SCHEMA_VERSION);
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
        });
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

    /** Writes the fields of one event into an object already open, so that a format may add members of its own. */
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
