package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.i18n.Language;

/** Reads the actors glossary ({@code resources/data/actors.json}): {@code {"actors": [{name, fullName, kind,
 * description, abbreviations, translations}]}} (see docs/dataset-schema.md). */
public final class ActorCatalogReader {

    private static final Set<String> KINDS = Set.of("group", "agency", "force", "state-body", "person");
    private static final Set<String> FIELDS = Set.of("name", "fullName", "kind", "description");

    private ActorCatalogReader() {
    }

    /** @throws IOException naming the file and the entry when the glossary is unreadable or inconsistent */
    public static ActorCatalog read(InputStream in, String name) throws IOException {
        List<Actor> actors = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            reader.beginObject();
            boolean seenActors = false;
            while (reader.hasNext()) {
                String field = reader.nextName();
                if (!field.equals("actors")) {
                    errors.add(name + ": " + field + ": unknown field (expected \"actors\")");
                    reader.skipValue();
                    continue;
                }
                seenActors = true;
                actors.addAll(readActors(reader, name, errors));
            }
            reader.endObject();
            if (!seenActors) {
                errors.add(name + ": actors: missing");
            }
        } catch (MalformedJsonException | IllegalStateException e) {
            throw new IOException(name + ": broken JSON: " + EventJsonParser.cleanGsonMessage(e.getMessage()), e);
        }
        if (!errors.isEmpty()) {
            throw new IOException(String.join("\n", errors));
        }
        return new ActorCatalog(actors);
    }

    /**
     * Reads an array of actors, the glossary's or an events file's own, adding what is wrong with them to
     * {@code errors} as {@code name: actors[i] (NAME): field: what is wrong}; returns the valid ones.
     */
    static List<Actor> readActors(JsonReader reader, String name, List<String> errors) throws IOException {
        List<Actor> read = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            read.add(readActor(reader, name + ": actors[" + read.size() + "]", errors));
        }
        reader.endArray();
        List<Actor> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            Actor a = read.get(i);
            String where = name + ": actors[" + i + "] (" + a.name() + ")";
            int before = errors.size();
            if (a.name() == null || a.name().isBlank()) {
                errors.add(name + ": actors[" + i + "]: name: missing");
                continue;
            }
            if (!seen.add(a.name())) {
                errors.add(where + ": name: given twice");
            }
            if (a.fullName() == null || a.fullName().isBlank()) {
                errors.add(where + ": fullName: missing");
            }
            if (a.kind() == null || !KINDS.contains(a.kind())) {
                errors.add(where + ": kind: \"" + a.kind() + "\" is not one of " + String.join(", ", KINDS));
            }
            if (a.description() == null || a.description().isBlank()) {
                errors.add(where + ": description: missing");
            }
            if (errors.size() == before) {
                valid.add(a);
            }
        }
        return valid;
    }

    private static Actor readActor(JsonReader reader, String where, List<String> errors) throws IOException {
        String[] values = new String[4];
        List<String> abbreviations = List.of();
        Map<Language, Actor.Names> translations = new EnumMap<>(Language.class);
        reader.beginObject();
        while (reader.hasNext()) {
            String field = reader.nextName();
            if (field.equals("abbreviations")) {
                abbreviations = strings(reader, where + ": abbreviations", errors);
                continue;
            }
            if (field.equals("translations")) {
                readTranslations(reader, where, translations, errors);
                continue;
            }
            if (!FIELDS.contains(field) || reader.peek() != JsonToken.STRING) {
                errors.add(where + ": " + field + ": " + (FIELDS.contains(field) ? "expected a string"
                        : "unknown field (an actor has name, fullName, kind, description, abbreviations, "
                                + "translations)"));
                reader.skipValue();
                continue;
            }
            String value = reader.nextString();
            switch (field) {
                case "name" -> values[0] = value;
                case "fullName" -> values[1] = value;
                case "kind" -> values[2] = value;
                default -> values[3] = value;
            }
        }
        reader.endObject();
        return new Actor(values[0], values[1], values[2], values[3], abbreviations, translations);
    }

    /** {@code "translations": {"fr": {name, fullName, abbreviations, description}, "ar": {...}}}. */
    private static void readTranslations(JsonReader reader, String where, Map<Language, Actor.Names> into,
            List<String> errors) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            errors.add(where + ": translations: expected an object such as {\"fr\": {...}, \"ar\": {...}}");
            reader.skipValue();
            return;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            String tag = reader.nextName();
            String at = where + ": translations." + tag;
            Language language = EventJsonParser.OTHER_LANGUAGES.get(tag);
            if (language == null || reader.peek() != JsonToken.BEGIN_OBJECT) {
                errors.add(at + ": " + (language == null
                        ? "\"" + tag + "\" is not a language of Sirocco besides English (fr, ar)"
                        : "expected an object with name, fullName, abbreviations, description"));
                reader.skipValue();
                continue;
            }
            String[] values = new String[3];
            List<String> abbreviations = List.of();
            reader.beginObject();
            while (reader.hasNext()) {
                String field = reader.nextName();
                int slot = List.of("name", "fullName", "description").indexOf(field);
                if (field.equals("abbreviations")) {
                    abbreviations = strings(reader, at + ".abbreviations", errors);
                } else if (slot < 0 || reader.peek() != JsonToken.STRING) {
                    errors.add(at + "." + field + ": " + (slot < 0
                            ? "unknown field (a translation has name, fullName, abbreviations, description)"
                            : "expected a string"));
                    reader.skipValue();
                } else {
                    values[slot] = reader.nextString();
                }
            }
            reader.endObject();
            int before = errors.size();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null || values[i].isBlank()) {
                    errors.add(at + "." + List.of("name", "fullName", "description").get(i) + ": missing");
                }
            }
            if (errors.size() == before) {
                into.put(language, new Actor.Names(values[0], values[1], abbreviations, values[2]));
            }
        }
        reader.endObject();
    }

    /** An array of non-blank strings; what is wrong goes to {@code errors}. */
    private static List<String> strings(JsonReader reader, String at, List<String> errors) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_ARRAY) {
            errors.add(at + ": expected an array of strings");
            reader.skipValue();
            return List.of();
        }
        List<String> read = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            if (reader.peek() != JsonToken.STRING) {
                errors.add(at + "[" + read.size() + "]: expected a string");
                reader.skipValue();
                continue;
            }
            String value = reader.nextString();
            if (value.isBlank()) {
                errors.add(at + "[" + read.size() + "]: empty");
            }
            read.add(value);
        }
        reader.endArray();
        return read;
    }
}
