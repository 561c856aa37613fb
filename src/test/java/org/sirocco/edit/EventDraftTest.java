package org.sirocco.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.PlacePrecision;

/** The editor's model checks what is typed by the loader's rules, and reports each problem at its field. */
class EventDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    /** A complete new event: a bombing in Gao on 14 March 2025. */
    static EventDraft gaoBombing() {
        EventDraft d = EventDraft.blank();
        d.title = "Car bomb at Gao's market";
        d.summary = "A car bomb exploded at the market.";
        d.category = Category.ATTACK;
        d.subtype = "bombing";
        d.date = "2025-03-14";
        EventDraft.PlaceDraft p = d.places.get(0);
        p.name = "Gao";
        p.country = "ML";
        p.lat = "16.2717";
        p.lon = "-0.0447";
        p.precision = PlacePrecision.TOWN;
        EventDraft.SourceDraft s = d.sources.get(0);
        s.title = "Car bomb in Gao";
        s.publisher = "AFP";
        s.url = "https://example.org/gao";
        d.killed.kind = EventDraft.CountDraft.Kind.RANGE;
        d.killed.low = "3";
        d.killed.high = "5";
        return d;
    }

    private static EventDraft.Checked check(EventDraft d) {
        return d.check(Set.of("JNIM"), TODAY, id -> id.equals("ml-2025-03-car-bomb-at-gao-s-market"));
    }

    @Test
    void aCompleteEventPassesWithAnIdMadeFromCountryDateAndTitleThatIsNotTaken() {
        EventDraft.Checked c = check(gaoBombing());
        assertTrue(c.isValid(), c.problems()::toString);
        assertEquals("ml-2025-03-car-bomb-at-gao-s-market-2", c.event().id());
        assertEquals(Count.range(3, 5), c.event().killed());
        Event saved = gaoBombing().stamped(c.event(), Instant.parse("2025-06-30T10:11:12.345Z"));
        assertEquals(Instant.parse("2025-06-30T10:11:12Z"), saved.added());
        assertEquals(saved.added(), saved.changed());
    }

    @Test
    void aBadDateALatitudeOf95AndNoSourceAreEachReportedAtTheirField() {
        EventDraft d = gaoBombing();
        d.date = "2025-02-30";
        d.places.get(0).lat = "95";
        d.sources.clear();
        EventDraft.Checked c = check(d);
        assertFalse(c.isValid());
        assertEquals(List.of("\"2025-02-30\": not a real calendar date"), c.problems().get("date"));
        assertEquals(List.of("95.0 is not a latitude (-90.0 to 90.0)"), c.problems().get("places[0].lat"));
        assertEquals(List.of("at least one source is required"), c.problems().get("sources"));
    }

    @Test
    void whatIsTypedWhereANumberBelongsIsReportedThereAsTheLoaderReportsIt() {
        EventDraft d = gaoBombing();
        d.places.get(0).lon = "west";
        d.killed.high = "many";
        EventDraft.Checked c = check(d);
        assertTrue(c.problems().get("places[0].lon").get(0).startsWith("expected a number"));
        assertTrue(c.problems().get("killed.max").get(0).startsWith("expected a whole number"));
    }

    @Test
    void anExistingEventKeepsItsIdAndWhenItWasAdded() {
        Event first = gaoBombing().stamped(check(gaoBombing()).event(), Instant.parse("2025-04-01T08:00:00Z"));
        EventDraft d = EventDraft.of(first);
        d.title = "Car bomb at the market of Gao";
        EventDraft.Checked c = d.check(Set.of(), TODAY, id -> true);
        assertEquals(first.id(), c.event().id());
        Event saved = d.stamped(c.event(), Instant.parse("2025-06-01T08:00:00Z"));
        assertEquals(Instant.parse("2025-04-01T08:00:00Z"), saved.added());
        assertEquals(Instant.parse("2025-06-01T08:00:00Z"), saved.changed());
    }

    @Test
    void anUnknownActorIsRefusedAsTheLoaderRefusesIt() {
        EventDraft d = gaoBombing();
        d.perpetrators.add("Nobody Known");
        assertTrue(check(d).problems().get("perpetrators").get(0).startsWith("unknown actor \"Nobody Known\""));
        assertNull(check(d).event());
    }
}
