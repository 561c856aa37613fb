package org.sirocco.exchange.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.io.AtomicFile;

/**
 * Writes the dataset an import produced. Its events were validated as they streamed in and spooled, one per line,
 * to a file beside the target; the actors they name are only all known at the end, and must come first in the
 * dataset, so the dataset is its header and actors followed by a copy of the spool, written whole or not at all.
 */
public final class ImportedDatasetFile {

    private final Path spool;
    private final Writer out;
    private int events;

    /** Opens a spool beside {@code target}. */
    public ImportedDatasetFile(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        spool = Files.createTempFile(dir, "." + target.getFileName(), ".spool");
        out = new Utf8Writer(Files.newOutputStream(spool), 1 << 16);
    }

    /** Adds an event already in the schema's JSON, on one line (Sirocco's own export), as it is. */
    public void add(String eventJson) throws IOException {
        out.write(events++ == 0 ? "\n" : ",\n");
        out.write(eventJson);
    }

    /** Adds an event, written on one line of the schema's JSON straight into the spool. */
    public void add(Event event) throws IOException {
        out.write(events++ == 0 ? "\n" : ",\n");
        // Gson's writer keeps nothing back once the object is closed, and its flush would flush the spool's buffer.
        JsonWriter json = new JsonWriter(out);
        json.setStrictness(Strictness.STRICT);
        EventsFileWriter.writeEvent(json, event);
    }

    public int size() {
        return events;
    }

    /** Writes the dataset to {@code target}; the spool is removed either way. */
    public void finish(Path target, String name, List<Actor> actors) throws IOException {
        try {
            out.close();
            AtomicFile.write(target, stream -> {
                Writer header = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(header);
                json.setStrictness(Strictness.STRICT);
                json.beginObject();
                json.name("schemaVersion").value(DatasetReader.SCHEMA_VERSION);
                json.name("name").value(name);
                if (!actors.isEmpty()) {
                    EventsFileWriter.writeActors(json, actors);
                }
                // The events' bracket is opened raw: the spool's lines follow it, and the tail is written by hand.
                json.name("events").jsonValue("[");
                json.flush();
                try (InputStream in = Files.newInputStream(spool)) {
                    in.transferTo(stream);
                }
                header.write("\n]}\n");
                header.flush();
            });
        } finally {
            discard();
        }
    }

    /** Drops the spool: nothing is written. */
    public void discard() throws IOException {
        out.close();
        Files.deleteIfExists(spool);
    }
}
