package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
    void aSplitIsNotAnEventOfTheGroupItLeftButASearchForThatGroupFindsIt() {
        LocalDate day = LocalDate.of(2014, 9, 13);
        Event split = new Event("dz-2014-09-split", day, day, DatePrecision.DAY, false, Category.FORMATION,
                "allegiance", "Kabylie commander pledges to IS", "A commander broke away.",
                List.of(TestEvents.place("Tizi Ouzou", "DZ", 36.7118, 4.0459)), List.of("Jund al-Khilafah Algeria"),
                List.of("AQIM"), List.of(), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("A source", "A publisher", null, "https://example.org/split")), Confidence.HIGH,
                null);
        Event attack = TestEvents.event("dz-2014-04-attack", "2014-04-19", Category.ATTACK, List.of("AQIM"),
                List.of(), TestEvents.place("Iboudrarene", "DZ", 36.5, 4.3));
        EventStore s = EventStore.of(List.of(split, attack));
        assertEquals(Set.of("dz-2014-04-attack"), ids(s, s.select(EventFilter.NONE.withActors(Set.of("AQIM")))));
        assertEquals(Set.of("dz-2014-09-split", "dz-2014-04-attack"),
                ids(s, s.select(EventFilter.NONE.withQuery("aqim"))));
    }

    private static Set<String> ids(EventStore s, EventSelection selection) {
        Set<String> ids = new HashSet<>();
        selection.forEach(i -> ids.add(s.event(i).id()));
        return ids;
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

    @Test
    void partsBuiltApartMergeAsIfAddedOneByOne() {
        Event first = TestEvents.event("p1", "2015-03-18", Category.ATTACK, List.of("IS"), List.of(),
                TestEvents.place("Tunis", "TN", 36.8, 10.18));
        Event skipped = TestEvents.event("p2", "2015-06-26", Category.ATTACK, List.of("AQIM"), List.of(),
                TestEvents.place("Sousse", "TN", 35.83, 10.64));
        Event crossBorder = TestEvents.event("p3", "2014-01-02", Category.DISMANTLING, List.of("AQIM", "IS"),
                List.of(), TestEvents.place("Ceuta", "ES", 35.89, -5.32), TestEvents.place("Fnideq", "MA", 35.85,
                        -5.36));
        // A part meets its countries and actors in another order than the builder it joins.
        EventStore.Builder part = EventStore.builder(2).add(crossBorder, 30).add(skipped, 20).add(first, 10);
        EventStore.Builder merged = EventStore.builder().add(TestEvents.event("m", "2013-01-16", Category.ATTACK,
                List.of("IS"), List.of(), TestEvents.place("In Amenas", "DZ", 27.9, 9.1)), 0);
        merged.addAll(part, new boolean[] {true, false, true});
        EventStore s = merged.build();

        EventStore expected = EventStore.of(List.of(s.event(0), crossBorder, first));
        assertEquals(3, s.size());
        assertEquals(List.of("m", "p3", "p1"), List.of(s.event(0).id(), s.event(1).id(), s.event(2).id()));
        for (int i = 0; i < s.size(); i++) {
            assertEquals(expected.startDay(i), s.startDay(i));
            assertEquals(expected.lon(i), s.lon(i));
            assertEquals(expected.placeCount(i), s.placeCount(i));
            for (int p = 0; p < s.placeCount(i); p++) {
                assertEquals(expected.placeCountry(i, p), s.placeCountry(i, p));
                assertEquals(expected.placeLat(i, p), s.placeLat(i, p));
            }
        }
        assertEquals(Set.of(0, 1, 2), indices(s.withActor("IS")));
        assertEquals(Set.of(1), indices(s.withActor("AQIM")), "the skipped event's actor is not counted");
        assertEquals(Set.of(1), indices(s.inCountry("ES")));
        assertEquals(Set.of(1), indices(s.inCountry("MA")));
        assertEquals(Set.of(2), indices(s.inCountry("TN")), "only the kept Tunis event");
        assertEquals(2, s.indexOf("p1"));
    }

    @Test
    void eventsOfTheSameDayKeepTheOrderTheyWereAddedIn() {
        LocalDate day = LocalDate.of(2015, 11, 20);
        // Many events over a few days, and few over a century: the two ways the store sorts.
        for (int spanDays : new int[] {9, 36_500}) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                LocalDate start = day.minusDays((long) (i * 7 % 10) * (spanDays / 9)); // ten days, many ties
                events.add(TestEvents.event("e" + i, start, start, Category.ATTACK, "ML", 15, -2));
            }
            EventStore s = EventStore.of(events);
            for (int i = 1; i < s.size(); i++) {
                int previous = Integer.parseInt(s.event(i - 1).id().substring(1));
                int current = Integer.parseInt(s.event(i).id().substring(1));
                assertTrue(s.startDay(i - 1) < s.startDay(i)
                        || (s.startDay(i - 1) == s.startDay(i) && previous < current), "span " + spanDays + " at " + i);
            }
        }
    }

    private static Set<Integer> indices(EventSelection s) {
        Set<Integer> out = new java.util.HashSet<>();
        s.forEach(out::add);
        return out;
    }

    private Set<String> ids(EventSelection s) {
        Set<String> ids = new HashSet<>();
        s.forEach(i -> ids.add(store.event(i).id()));
        return ids;
    }
}
