package org.sirocco.data.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;

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
     * Checks an event built in memory (an import's), by the same rules and with the same messages as the loader
     * gives the event written out and read back, without writing it. The field paths are the JSON's; problems have
     * no line.
     *
     * @param source      what to name in messages (a file)
     * @param knownActors names allowed in perpetrators, splitFrom and agencies; empty to accept any
     */
    public static Result check(Event event, String source, Set<String> knownActors, LocalDate today) {
        List<Problem> problems = new InMemory(event, source, knownActors, today).problems();
        return new Result(problems.isEmpty() ? event : null, problems);
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

    /** The rules applied to an event's values, field by field in the order the loader meets them in its JSON. */
    private static final class InMemory {
        private static final String NOT_A_STRING = "expected a string, found null";

        private final Event e;
        private final String source;
        private final String id;
        private List<Problem> problems = List.of();

        InMemory(Event event, String source, Set<String> knownActors, LocalDate today) {
            this.e = event;
            this.source = source;
            this.id = event.id() != null && EventRules.isValidId(event.id()) ? event.id() : null;
            check("id", event.id() == null ? NOT_A_STRING : EventRules.id(event.id()));
            if (e.category() == null || e.precision() == null || e.confidence() == null || e.start() == null
                    || e.end() == null || e.killed() == null || e.injured() == null || e.arrested() == null) {
                problem(null, "missing"); // the writer could not write it: nothing else is worth checking
                return;
            }
            check("subtype", e.subtype() == null ? NOT_A_STRING : null);
            text("title", e.title(), EventRules.title(nonNull(e.title())));
            text("summary", e.summary(), EventRules.notBlank(nonNull(e.summary())));
            places();
            actors("perpetrators", e.perpetrators(), knownActors);
            if (!e.splitFrom().isEmpty()) {
                actors("splitFrom", e.splitFrom(), knownActors);
            }
            for (String code : e.states()) {
                check("states", EventRules.country(code));
            }
            actors("agencies", e.agencies(), knownActors);
            sources();
            if (e.added() != null) {
                check("added", EventRules.timestamp(written(e.added()), today));
            }
            if (e.changed() != null) {
                check("changed", EventRules.timestamp(written(e.changed()), today));
            }
            dates(today);
            if (e.subtype() != null) {
                check("subtype", EventRules.subtype(e.category(), e.subtype()));
            }
            if (!e.splitFrom().isEmpty()) {
                check("splitFrom", EventRules.splitFromCategory(e.category()));
                for (String group : e.splitFrom()) {
                    check("splitFrom", EventRules.splitFromGroup(group, e.perpetrators()));
                }
            }
            if (e.added() != null && e.changed() != null) {
                check("changed", EventRules.changed(e.added(), e.changed()));
            }
        }

        List<Problem> problems() {
            return problems;
        }

        private void places() {
            if (e.places().isEmpty()) {
                problem("places", "at least one place is required");
            }
            for (int i = 0; i < e.places().size(); i++) {
                Place p = e.places().get(i);
                text(path("places", i, "name"), p.name(), EventRules.notBlank(nonNull(p.name())));
                text(path("places", i, "country"), p.country(), EventRules.country(nonNull(p.country())));
                check(path("places", i, "lat"), EventRules.latitude(p.lat()));
                check(path("places", i, "lon"), EventRules.longitude(p.lon()));
                check(path("places", i, "precision"), p.precision() == null ? NOT_A_STRING : null);
            }
        }

        private void actors(String field, List<String> names, Set<String> knownActors) {
            for (String name : names) { // an event's lists hold no null
                check(field, EventRules.actor(name, knownActors));
            }
        }

        private void sources() {
            if (e.sources().isEmpty()) {
                problem("sources", "at least one source is required");
            }
            for (int i = 0; i < e.sources().size(); i++) {
                Source s = e.sources().get(i);
                text(path("sources", i, "title"), s.title(), EventRules.notBlank(nonNull(s.title())));
                text(path("sources", i, "publisher"), s.publisher(), EventRules.notBlank(nonNull(s.publisher())));
                if (s.date() != null) {
                    check(path("sources", i, "date"), EventRules.sourceDate(s.date()));
                }
                if (s.url() != null) {
                    check(path("sources", i, "url"), EventRules.url(s.url()));
                }
            }
        }

        /** The dates as the writer writes them, checked as the loader checks what it reads. */
        private void dates(LocalDate today) {
            String startText = e.precision().format(e.start());
            LocalDate start = day("date", startText, today);
            if (e.hasEndDate()) {
                String endText = e.precision().format(e.end());
                LocalDate end = day("endDate", endText, today);
                if (start != null && end != null && end.isBefore(start)) {
                    problem("endDate", EventRules.endDate(endText, startText));
                }
            }
        }

        /** The first day {@code text} stands for, or null after reporting what is wrong with it. */
        private LocalDate day(String field, String text, LocalDate today) {
            try {
                LocalDate day = e.precision().parseFirstDay(text);
                String wrong = EventRules.day(day, text, today);
                check(field, wrong);
                return wrong == null ? day : null;
            } catch (DateTimeException x) {
                problem(field, EventRules.unreadableDate(text, e.precision(), x));
                return null;
            }
        }

        /** A text rule's verdict, or the loader's for a null where a string must be. */
        private void text(String field, String value, String wrong) {
            check(field, value == null ? NOT_A_STRING : wrong);
        }

        private void check(String field, String wrong) {
            if (wrong != null) {
                problem(field, wrong);
            }
        }

        private void problem(String field, String message) {
            if (problems.isEmpty()) {
                problems = new ArrayList<>(2);
            }
            problems.add(new Problem(source, 0, id, field, message));
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }

        private static String written(Instant time) {
            return time.truncatedTo(ChronoUnit.SECONDS).toString();
        }

        private static String path(String parent, int index, String name) {
            String element = parent + "[" + index + "]";
            return name == null ? element : element + "." + name;
        }
    }
}
