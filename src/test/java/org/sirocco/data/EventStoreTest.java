package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventStoreTest {

    private final EventStore store = EventStore.of(List.of(
            event("c", "2016-09-07", Category.DISMANTLING, "MA", 34.68, -1.91),
            event("a", "2003-05-16", Category.ATTACK, "MA", 33.59, -7.62),
            event("b", "2013-01-16", Category.ATTACK, "DZ", 27.9, 9.1),
            event("d", "2021-08-24", Category.DIPLOMATIC, "DZ", 36.73, 3.09),
            event("long", LocalDate.of(1994, 8, 27), LocalDate.of(2021, 12, 31), Category.DIPLOMATIC, "DZ", 34.8,
                    -1.7)));

    @Test
    void eventsAreSortedByStartDay() {
        for (int i = 1; i < store.size(); i++) {
            assertTrue(store.startDay(i - 1) <= store.startDay(i));
        }
        assertEquals("long", store.event(0).id());
        assertEquals("d", store.event(4).id());
    }

    @Test
    void idsFindTheirIndex() {
        for (int i = 0; i < store.size(); i++) {
            assertEquals(i, store.indexOf(store.event(i).id()));
        }
        assertEquals(-1, store.indexOf("missing"));
    }

    @Test
    void facetFiltersCombineWithinAndAcrossFacets() {
        assertEquals(2, store.select(new EventFilter(Set.of(Category.ATTACK), Set.of())).count());
        assertEquals(3, store.select(new EventFilter(Set.of(Category.ATTACK, Category.DISMANTLING), Set.of())).count());
        assertEquals(1, store.select(new EventFilter(Set.of(Category.ATTACK), Set.of("DZ"))).count());
        assertEquals(5, store.select(EventFilter.NONE).count());
        assertEquals(0, store.select(new EventFilter(Set.of(), Set.of("TD"))).count());
    }

    @Test
    void aTimeWindowKeepsEventsThatOverlapIt() {
        EventSelection all = store.all();
        TimeWindow y2013 = TimeWindow.ofDays(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
        EventSelection in2013 = store.within(all, y2013);
        assertEquals(2, in2013.count(), "the 2013 attack and the 1994-2021 border closure");
        assertTrue(in2013.contains(store.indexOf("long")));
        assertTrue(in2013.contains(store.indexOf("b")));
        TimeWindow oneDay = TimeWindow.ofDays(LocalDate.of(2016, 9, 7), LocalDate.of(2016, 9, 7));
        assertEquals(Set.of("c", "long"), ids(store.within(all, oneDay)));
        TimeWindow after = TimeWindow.ofDays(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1));
        assertEquals(0, store.within(all, after).count());
    }

    @Test
    void windowsAgreeWithABruteForceCheckOnRandomData() {
        Random random = new Random(11);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            LocalDate start = LocalDate.ofEpochDay(11_000 + random.nextInt(8_000));
            int length = random.nextInt(10) == 0 ? random.nextInt(3_000) : random.nextInt(5);
            Category c = Category.ofOrdinal(random.nextInt(Category.count()));
            events.add(event("e" + i, start, start.plusDays(length), c, "ML", 15, -2));
        }
        EventStore big = EventStore.of(events);
        EventSelection attacks = big.select(new EventFilter(Set.of(Category.ATTACK), Set.of()));
        for (int q = 0; q < 200; q++) {
            double from = 10_000 + random.nextDouble() * 10_000;
            TimeWindow w = new TimeWindow(from, from + 1 + random.nextDouble() * 800);
            EventSelection got = big.within(attacks, w);
            int expected = 0;
            for (int i = 0; i < big.size(); i++) {
                boolean in = attacks.contains(i) && w.overlaps(big.startDay(i), big.endDay(i));
                assertEquals(in, got.contains(i), "event " + i + " in " + w);
                expected += in ? 1 : 0;
            }
            assertEquals(expected, got.count());
        }
    }

    @Test
    void lowerBoundFindsTheFirstEventOnOrAfterADay() {
        assertEquals(0, store.lowerBound(0));
        assertEquals(1, store.lowerBound(LocalDate.of(2003, 5, 16).toEpochDay()));
        assertEquals(2, store.lowerBound(LocalDate.of(2003, 5, 16).toEpochDay() + 0.5));
        assertEquals(5, store.lowerBound(LocalDate.of(2030, 1, 1).toEpochDay()));
    }

    @Test
    void everyPlaceCountsForTheCountryFacet() {
        Event crossBorder = new Event("x", LocalDate.of(2023, 1, 11), LocalDate.of(2023, 1, 11), DatePrecision.DAY,
                false, Category.DISMANTLING, "cell_dismantled", "t", "s",
                List.of(new Place("Almería", "ES", 36.84, -2.46, PlacePrecision.TOWN),
                        new Place("Chtouka Aït Baha", "MA", 30.07, -9.15, PlacePrecision.REGION)),
                List.of(), List.of("MA", "ES"), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.exact(3),
                List.of(new Source("t", "p", null, "https://example.org")), Confidence.HIGH, null);
        EventStore s = EventStore.of(List.of(crossBorder));
        assertEquals(1, s.inCountry("ES").count());
        assertEquals(1, s.inCountry("MA").count());
        assertEquals(2, s.placeCount(0));
        assertEquals(List.of("ES", "MA"), s.countries());
    }

    private Set<String> ids(EventSelection s) {
        Set<String> ids = new java.util.HashSet<>();
        s.forEach(i -> ids.add(store.event(i).id()));
        return ids;
    }
}
