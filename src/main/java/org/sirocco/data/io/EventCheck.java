package org.sirocco.data.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.Event;

/**
 * The loader's rules for one event, for whoever holds an event outside a file: the editor checks what is typed
 * against them, the recovery journal reads its events with them. There is one set of rules: an event this accepts
 * the loader accepts too.
 */
public final class EventCheck {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private EventCheck() {
    }

    /**
     * @param event    the event when it is valid, else null
     * @param problems what is wrong, each with the field's path ({@code places[1].lat}, {@code sources}); empty when
     *                 valid
     */
    public record Result(Event event, List<Problem> problems) {
    }

    /**
     * Checks one event given as its fields: strings, numbers, booleans, null, lists and maps as in its JSON (the
     * editor's fields as typed: a latitude that is not a number stays a string, and is reported as the loader
     * reports it).
     */
    public static Result check(Map<String, ?> fields, String source, Set<String> knownActors, LocalDate today) {
        return check(GSON.toJson(fields), source, knownActors, today);
    }

    /**
     * Checks one event written as JSON (as {@link EventsFileWriter#toJson} writes it).
     *
     * @param source      what to name in messages (a file, "editor")
     * @param knownActors names allowed in perpetrators, splitFrom and agencies; empty to accept any
     */
    public static Result check(String json, String source, Set<String> knownActors, LocalDate today) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        EventJsonParser.Parsed parsed = new EventJsonParser(source, knownActors, today)
                .parse(ByteBuffer.wrap(bytes), 0, bytes.length, 1);
        return new Result(parsed.event(), parsed.problems());
    }
}
