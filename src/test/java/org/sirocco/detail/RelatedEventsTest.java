package org.sirocco.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;
import static org.sirocco.data.TestEvents.place;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.detail.RelatedEvents.Kind;
import org.sirocco.detail.RelatedEvents.Related;

class RelatedEventsTest {

    private static final Place ALGIERS = place("Algiers", "DZ", 36.75, 3.06);
    private static final Place BLIDA = place("Blida", "DZ", 36.47, 2.83); // about 40 km from Algiers
    private static final Place TUNIS = place("Tunis", "TN", 36.81, 10.18); // about 640 km away
    private static final Place RABAT = place("Rabat", "MA", 34.02, -6.84);

    private static List<Integer> ids(EventStore store, List<Related> related, Kind kind) {
        return related.stream().filter(r -> r.kind() == kind)
                .map(r -> Integer.parseInt(store.event(r.index()).id().substring(1))).toList();
    }

    @Test
    void eventsOfTheSameGroupComeNearestInTimeFirstUpToTheLimit() {
        EventStore store = EventStore.of(List.of(
                event("e1", "2010-01-01", Category.ATTACK, List.of("AQIM"), List.of(), TUNIS),
                event("e2", "2012-01-01", Category.ATTACK, List.of("AQIM"), List.of(), TUNIS),
                event("e3", "2013-01-01", Category.ATTACK, List.of("AQIM"), List.of(), TUNIS),
                event("e4", "2013-02-01", Category.ATTACK, List.of("GIA"), List.of(), TUNIS),
                event("e5", "2013-06-01", Category.ATTACK, List.of("AQIM"), List.of(), RABAT),
                event("e6", "2020-01-01", Category.ATTACK, List.of("AQIM"), List.of(), TUNIS)));
        int e3 = store.indexOf("e3");
        List<Related> related = RelatedEvents.of(store, e3, 3);
        assertEquals(List.of(5, 2, 1), ids(store, related, Kind.SAME_GROUP));
        assertTrue(related.stream().filter(r -> r.kind() == Kind.SAME_GROUP).allMatch(r -> "AQIM".equals(r.group())));
        Related e5 = related.get(0);
        assertEquals(151, e5.days(), "2013-01-01 to 2013-06-01");
    }

    @Test
    void nearbyMeansWithinThreeWeeksAndTwoHundredFiftyKilometres() {
        EventStore store = EventStore.of(List.of(
                event("e1", "2015-03-01", Category.ATTACK, List.of(), List.of(), ALGIERS),
                event("e2", "2015-03-10", Category.DISMANTLING, List.of(), List.of(), BLIDA),
                event("e3", "2015-03-22", Category.DISMANTLING, List.of(), List.of(), BLIDA),
                event("e4", "2015-02-05", Category.DISMANTLING, List.of(), List.of(), ALGIERS),
                event("e5", "2015-03-02", Category.ATTACK, List.of(), List.of(), TUNIS)));
        List<Related> related = RelatedEvents.of(store, store.indexOf("e1"), 4);
        assertEquals(List.of(2, 3), ids(store, related, Kind.NEARBY), "e4 is 24 days before, e5 too far");
        Related blida = related.get(0);
        assertEquals(9, blida.days());
        assertEquals(40, blida.km(), 5);
    }

    @Test
    void aDiplomaticBreakLeadsToTheOtherEventsBetweenTheSameStates() {
        EventStore store = EventStore.of(List.of(
                event("e1", "1994-08-27", Category.DIPLOMATIC, List.of(), List.of("DZ", "MA"), ALGIERS, RABAT),
                event("e2", "2021-08-24", Category.DIPLOMATIC, List.of(), List.of("DZ", "MA"), ALGIERS, RABAT),
                event("e3", "2021-09-22", Category.DIPLOMATIC, List.of(), List.of("DZ", "MA"), ALGIERS, RABAT),
                event("e4", "2021-09-01", Category.DIPLOMATIC, List.of(), List.of("DZ", "TN"), ALGIERS, TUNIS)));
        List<Related> related = RelatedEvents.of(store, store.indexOf("e2"), 4);
        assertEquals(List.of(3, 1), ids(store, related, Kind.SAME_STATES));
        assertEquals(List.of(4), ids(store, related, Kind.NEARBY), "same capital, 8 days later; listed once");
    }

    @Test
    void anEventIsNeverRelatedToItselfNorListedTwice() {
        EventStore store = EventStore.of(List.of(
                event("e1", "2015-03-01", Category.ATTACK, List.of("AQIM", "MUJAO"), List.of(), ALGIERS),
                event("e2", "2015-03-03", Category.ATTACK, List.of("AQIM", "MUJAO"), List.of(), ALGIERS)));
        List<Related> related = RelatedEvents.of(store, store.indexOf("e1"), 4);
        assertEquals(1, related.size(), related.toString());
        assertEquals(Kind.SAME_GROUP, related.get(0).kind());
    }
}
