package org.sirocco.edit.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;
import org.sirocco.data.io.EventCheck;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.io.FilterCodec;
import org.sirocco.edit.UnsavedChanges;
import org.sirocco.io.AtomicFile;

/**
 * The recovery journal: the unsaved changes of the dataset being edited, in one small file in the user's data
 * folder, written whole or not at all. {@code {"schemaVersion": 1, "dataset": PATH | null, "events": [...],
 * "deleted": [ids], "actors": [...]}}; its events are checked by the loader's rules when read back.
 */
public final class RecoveryJournal {

    public static final String FILE_NAME = "recovery.json";
    static final int SCHEMA_VERSION = 1;

    private RecoveryJournal() {
    }

    public static Path in(Path dataFolder) {
        return dataFolder.resolve(FILE_NAME);
    }

    public static void write(Path file, UnsavedChanges changes) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            JsonWriter json = new JsonWriter(out);
            json.setStrictness(Strictness.STRICT);
            json.beginObject();
            json.name("schemaVersion").value(SCHEMA_VERSION);
            json.name("dataset").value(changes.dataset());
            json.name("events").beginArray();
            for (Event e : changes.events()) {
                json.jsonValue(EventsFileWriter.toJson(e));
            }
            json.endArray();
            json.name("deleted").beginArray();
            for (String id : changes.deleted()) {
                json.value(id);
            }
            json.endArray();
            json.name("actors").beginArray();
            for (Actor a : changes.actors()) {
                json.beginObject().name("name").value(a.name()).name("fullName").value(a.fullName())
                        .name("kind").value(a.kind()).name("description").value(a.description()).endObject();
            }
            json.endArray();
            json.endObject();
            json.flush();
            out.flush();
        });
    }

    /**
     * Reads a journal back; events that the loader would refuse now (an actor gone from the catalogue) are left
     * out rather than restored.
     *
     * @throws IOException when the file is unreadable or not a journal
     */
    public static UnsavedChanges read(Path file, Set<String> knownActors, LocalDate today) throws IOException {
        try {
            JsonObject o = FilterCodec.readJson(file).getAsJsonObject();
            if (o.get("schemaVersion").getAsInt() != SCHEMA_VERSION) {
                throw new IOException(file + ": not a journal this version reads");
            }
            String dataset = o.get("dataset").isJsonNull() ? null : o.get("dataset").getAsString();
            List<Actor> actors = new ArrayList<>();
            for (JsonElement a : o.getAsJsonArray("actors")) {
                JsonObject ao = a.getAsJsonObject();
                actors.add(new Actor(ao.get("name").getAsString(), ao.get("fullName").getAsString(),
                        ao.get("kind").getAsString(), ao.get("description").getAsString()));
            }
            Set<String> names = new java.util.HashSet<>(knownActors);
            actors.forEach(a -> names.add(a.name()));
            List<Event> events = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("events")) {
                Event event = EventCheck.check(e.toString(), file.getFileName().toString(), names, today).event();
                if (event != null) {
                    events.add(event);
                }
            }
            List<String> deleted = new ArrayList<>();
            JsonArray ids = o.getAsJsonArray("deleted");
            ids.forEach(id -> deleted.add(id.getAsString()));
            return new UnsavedChanges(dataset, events, deleted, actors);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable recovery journal (" + e.getMessage() + ")", e);
        }
    }

    /** Removes the journal: the changes are saved, undone or given up. */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
