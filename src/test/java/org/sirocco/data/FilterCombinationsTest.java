package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirocco.data.synthetic.SyntheticEvents;
import org.sirocco.i18n.Language;

/** Filters evaluated by the store's bitsets against a plain loop over the events. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterCombinationsTest {

    private EventStore store;
    private List<Event> events;

    @BeforeAll
    void build() {
        events = new ArrayList<>();
        new SyntheticEvents(11).generate(4_000, events::add);
        store = EventStore.of(events);
    }

    private static boolean passes(Event e, EventFilter f) {
        if (!f.categories().isEmpty() && !f.categories().contains(e.category())) {
            return false;
        }
        if (!f.subtypes().isEmpty() && !f.subtypes().contains(e.subtype())) {
            return false;
        }
        if (!f.countries().isEmpty() && e.places().stream().noneMatch(p -> f.countries().contains(p.country()))) {
            return false;
        }
        if (!f.actors().isEmpty() && e.perpetrators().stream().noneMatch(f.actors()::contains)
                && e.agencies().stream().noneMatch(f.actors()::contains)) {
            return false;
        }
        if (!f.confidences().isEmpty() && !f.confidences().contains(e.confidence())) {
            return false;
        }
        if (f.hasKilledRange()) {
            if (!e.killed().isKnown()) {
                return false;
            }
            int lo = f.killedMin() == null ? 0 : f.killedMin();
            int hi = f.killedMax() == null ? Integer.MAX_VALUE : f.killedMax();
            if (e.killed().max() < lo || e.killed().min() > hi) {
                return false;
            }
        }
        String text = TextMatch.fold(e.title() + " " + e.subtype().replace('_', ' ') + " "
                + String.join(" ", e.places().stream().map(Place::name).toList()) + " "
                + String.join(" ", e.perpetrators()) + " " + String.join(" ", e.agencies()) + " " + e.summary()
                + " " + String.join(" ", e.states()) + " "
                + String.join(" ", e.states().stream().map(c -> CountryNames.of(c, Language.FRENCH) + " "
                        + CountryNames.of(c, Language.ARABIC) + " " + CountryNames.of(c)).toList()) + " "
                + String.join(" ", e.sources().stream().map(s -> s.title() + " " + s.publisher()).toList()));
        return TextMatch.matches(text, TextMatch.words(f.query()));
    }

    /** English names only: the other languages' names of actors and places are another test's matter. */
    @BeforeEach
    void searchByEnglishNames() {
        SearchNames.use(SearchNames.NONE);
    }

    @Test
    void randomCombinationsAgreeWithAPlainLoop() {
        Random random = new Random(5);
        List<String> countries = store.countries();
        List<String> actors = store.actors();
        for (int q = 0; q < 200; q++) {
            EventFilter f = EventFilter.NONE;
            if (random.nextBoolean()) {
                f = f.withCategories(java.util.EnumSet.of(Category.ofOrdinal(random.nextInt(7)),
                        Category.ofOrdinal(random.nextInt(7))));
            }
            if (random.nextInt(3) == 0) {
                f = f.withSubtypes(Set.of(Category.allSubtypes().get(random.nextInt(Category.allSubtypes().size()))));
            }
            if (random.nextBoolean()) {
                f = f.withCountries(Set.of(countries.get(random.nextInt(countries.size()))));
            }
            if (random.nextInt(3) == 0) {
                f = f.withActors(Set.of(actors.get(random.nextInt(actors.size()))));
            }
            if (random.nextInt(3) == 0) {
                f = f.withConfidences(Set.of(Confidence.values()[random.nextInt(3)]));
            }
            if (random.nextInt(3) == 0) {
                int lo = random.nextInt(10);
                f = f.withKilled(lo, random.nextBoolean() ? null : lo + random.nextInt(30));
            }
            if (random.nextInt(4) == 0) {
                f = f.withQuery(random.nextBoolean() ? "ménaka" : "attack gao");
            }
            EventSelection got = store.select(f);
            int expected = 0;
            for (int i = 0; i < store.size(); i++) {
                boolean in = passes(store.event(i), f);
                assertEquals(in, got.contains(i), "event " + i + " with " + f);
                expected += in ? 1 : 0;
            }
            assertEquals(expected, got.count());
        }
    }

    @Test
    void facetCountsTellWhatTickingAValueWouldShow() {
        EventFilter f = EventFilter.NONE.withCountries(Set.of("ML")).withCategories(Set.of(Category.ATTACK));
        TimeWindow window = TimeWindow.ofDays(java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2020, 1, 1));
        FacetCounts counts = FacetCounts.of(store, f, window);
        for (Category c : Category.values()) {
            EventFilter ticked = f.withCategories(Set.of(c));
            assertEquals(store.within(store.select(ticked), window).count(), counts.categories().get(c), c.id());
        }
        for (String country : store.countries()) {
            EventFilter ticked = f.withCountries(Set.of(country));
            assertEquals(store.within(store.select(ticked), window).count(), counts.countries().get(country),
                    country);
        }
        assertTrue(counts.categories().get(Category.ATTACK) > 0);
    }

    @Test
    void activeFacetsCountEachNarrowingFacetOnce() {
        assertEquals(0, EventFilter.NONE.activeFacets());
        EventFilter f = new EventFilter(Set.of(Category.ATTACK, Category.COUP), Set.of("ML", "NE"))
                .withKilled(10, null).withQuery("Gao").withConfidences(Set.of(Confidence.HIGH));
        assertEquals(5, f.activeFacets());
        assertEquals(4, f.withQuery("  ").activeFacets(), "a blank query narrows nothing");
    }
}
