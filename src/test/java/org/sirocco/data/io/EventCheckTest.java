package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;

/**
 * An event checked in memory (as an import checks what its drivers build) gets exactly the verdict the loader gives
 * the same event written out and read back: the same validity, and the same problems with the same fields and words.
 */
class EventCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Set<String> ACTORS = Set.of("AQIM", "JNIM", "Armed Forces of Mali");

    private static final Event VALID = new Event("ml-2020-04-gao-attack", LocalDate.of(2020, 4, 9),
            LocalDate.of(2020, 4, 9), DatePrecision.DAY, false, Category.ATTACK, "ambush", "Ambush near Gao",
            "An army convoy was ambushed near Gao.", List.of(new Place("Gao", "ML", 16.27, -0.04, PlacePrecision.TOWN)),
            List.of("JNIM"), List.of(), List.of("ML"), List.of("Armed Forces of Mali"), Count.exact(3), Count.UNKNOWN,
            Count.range(1, 4), List.of(new Source("Report", "AFP", "2020-04-10", "https://afp.com/a")),
            Confidence.MEDIUM, "A note.", null, null);

    @Test
    void eachRuleGivesTheLoadersVerdictOnAnEventInMemory() {
        Map<String, UnaryOperator<Event>> cases = new LinkedHashMap<>();
        cases.put("valid", e -> e);
        cases.put("month precision, end date", e -> with(e, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30),
                DatePrecision.MONTH, true));
        cases.put("bad id", e -> copy(e, "Bad Id!", e.title(), e.summary(), e.places(), e.perpetrators(), e.states(),
                e.sources()));
        cases.put("blank title", e -> copy(e, e.id(), " ", e.summary(), e.places(), e.perpetrators(), e.states(),
                e.sources()));
        cases.put("long title", e -> copy(e, e.id(), "x".repeat(121), e.summary(), e.places(), e.perpetrators(),
                e.states(), e.sources()));
        cases.put("null summary", e -> copy(e, e.id(), e.title(), null, e.places(), e.perpetrators(), e.states(),
                e.sources()));
        cases.put("places", e -> copy(e, e.id(), e.title(), e.summary(), List.of(
                new Place(" ", "ZZ", 75, 50, PlacePrecision.SITE), new Place("Far", "ML", 95, -200,
                        PlacePrecision.REGION)), e.perpetrators(), e.states(), e.sources()));
        cases.put("no place", e -> copy(e, e.id(), e.title(), e.summary(), List.of(), e.perpetrators(), e.states(),
                e.sources()));
        cases.put("unknown actor, bad state", e -> copy(e, e.id(), e.title(), e.summary(), e.places(),
                List.of("JNIM", "Nobody"), List.of("QQ"), e.sources()));
        cases.put("sources", e -> copy(e, e.id(), e.title(), e.summary(), e.places(), e.perpetrators(), e.states(),
                List.of(new Source(" ", "AFP", "April 2020", "ftp://x"), new Source("T", "", null, null))));
        cases.put("no source", e -> copy(e, e.id(), e.title(), e.summary(), e.places(), e.perpetrators(),
                e.states(), List.of()));
        cases.put("future", e -> with(e, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), DatePrecision.DAY,
                false));
        cases.put("before 1900", e -> with(e, LocalDate.of(1850, 1, 1), LocalDate.of(1850, 12, 31),
                DatePrecision.YEAR, false));
        cases.put("end before start", e -> with(e, LocalDate.of(2020, 4, 9), LocalDate.of(2020, 4, 2),
                DatePrecision.DAY, true));
        cases.put("subtype of another category", e -> new Event(e.id(), e.start(), e.end(), e.precision(), false,
                Category.COUP, "ambush", e.title(), e.summary(), e.places(), e.perpetrators(), e.states(),
                e.agencies(), e.killed(), e.injured(), e.arrested(), e.sources(), e.confidence(), e.notes()));
        cases.put("split from, not a formation", e -> new Event(e.id(), e.start(), e.end(), e.precision(), false,
                e.category(), e.subtype(), e.title(), e.summary(), e.places(), e.perpetrators(), List.of("JNIM", "AQIM"),
                e.states(), e.agencies(), e.killed(), e.injured(), e.arrested(), e.sources(), e.confidence(),
                e.notes(), null, null));
        cases.put("history", e -> e.withHistory(Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-11-01T10:00:00Z")));
        cases.put("history in the future", e -> e.withHistory(Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2027-02-01T10:00:00Z")));

        List<String> invalid = new ArrayList<>();
        cases.forEach((name, change) -> {
            Event event = change.apply(VALID);
            EventCheck.Result inMemory = EventCheck.check(event, "import", ACTORS, TODAY);
            EventCheck.Result loaded = EventCheck.check(EventsFileWriter.toJson(event), "import", ACTORS, TODAY);
            assertEquals(facts(loaded.problems()), facts(inMemory.problems()), name);
            assertEquals(loaded.event() == null, inMemory.event() == null, name);
            if (inMemory.event() == null) {
                invalid.add(name);
            }
        });
        assertEquals(List.of("valid", "month precision, end date"),
                cases.keySet().stream().filter(n -> !invalid.contains(n)).toList(), "the cases meant to be valid");
    }

    @Test
    void aValidEventComesBackAsItIs() {
        EventCheck.Result r = EventCheck.check(VALID, "import", ACTORS, TODAY);
        assertNotNull(r.event());
        assertEquals(VALID, r.event());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void anEmptyActorSetAcceptsAnyName() {
        Event named = copy(VALID, VALID.id(), VALID.title(), VALID.summary(), VALID.places(), List.of("Anyone"),
                VALID.states(), VALID.sources());
        assertNotNull(EventCheck.check(named, "import", Set.of(), TODAY).event());
        assertNull(EventCheck.check(named, "import", ACTORS, TODAY).event());
        assertFalse(EventCheck.check(named, "import", ACTORS, TODAY).problems().isEmpty());
    }

    /** What a problem says, without its line (the in-memory check has none). */
    private static List<String> facts(List<Problem> problems) {
        return problems.stream().map(p -> p.file() + " | " + p.eventId() + " | " + p.field() + " | " + p.message())
                .toList();
    }

    private static Event with(Event e, LocalDate start, LocalDate end, DatePrecision precision, boolean hasEnd) {
        return new Event(e.id(), start, end, precision, hasEnd, e.category(), e.subtype(), e.title(), e.summary(),
                e.places(), e.perpetrators(), e.states(), e.agencies(), e.killed(), e.injured(), e.arrested(),
                e.sources(), e.confidence(), e.notes());
    }

    private static Event copy(Event e, String id, String title, String summary, List<Place> places,
            List<String> perpetrators, List<String> states, List<Source> sources) {
        return new Event(id, e.start(), e.end(), e.precision(), e.hasEndDate(), e.category(), e.subtype(), title,
                summary, places, perpetrators, states, e.agencies(), e.killed(), e.injured(), e.arrested(), sources,
                e.confidence(), e.notes());
    }
}
