package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Source;
import org.sirocco.i18n.Language;

/** Golden facts about the curated dataset shipped with the app. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledDatasetTest {

    private LoadResult result;
    private EventStore store;
    private ActorCatalog actors;

    @BeforeAll
    void load() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/data/actors.json")) {
            actors = ActorCatalogReader.read(in, "actors.json");
        }
        try (InputStream in = getClass().getResourceAsStream("/data/events.json")) {
            result = new DatasetReader(actors.names()).read("events.json", in.readAllBytes());
        }
        store = result.dataset().store();
    }

    @Test
    void theBundledDatasetIsValid() {
        assertTrue(result.isClean(), () -> String.join("\n", result.problems().stream().map(Problem::toString).toList()));
    }

    @Test
    void everyEventHasAFrenchAndAnArabicTitleInItsScript() {
        for (int i = 0; i < store.size(); i++) {
            Event e = store.event(i);
            String french = e.titles().get(Language.FRENCH);
            String arabic = e.titles().get(Language.ARABIC);
            assertNotNull(french, e.id());
            assertNotNull(arabic, e.id());
            assertTrue(french.codePoints().noneMatch(BundledDatasetTest::isArabic), e.id());
            assertTrue(arabic.codePoints().anyMatch(BundledDatasetTest::isArabic), e.id());
        }
    }

    private static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    @Test
    void everyActorHasItsNamesAndDescriptionInFrenchAndArabic() {
        for (Actor a : actors.all()) {
            assertEquals(Set.of(Language.FRENCH, Language.ARABIC), a.translations().keySet(), a.name());
        }
        assertEquals("AQMI", actors.find("AQIM").orElseThrow().in(Language.FRENCH).name());
        assertEquals("EIGS", actors.find("ISGS").orElseThrow().in(Language.FRENCH).name());
        assertEquals("GSIM", actors.find("JNIM").orElseThrow().in(Language.FRENCH).name());
    }

    @Test
    void itHoldsAtLeast600EventsFrom2003To2025() {
        assertTrue(store.size() >= 600, "events: " + store.size());
        int from2003 = 0;
        for (int i = 0; i < store.size(); i++) {
            int year = store.startDate(i).getYear();
            if (year >= 2003 && year <= 2025) {
                from2003++;
            }
        }
        assertTrue(from2003 >= 600, "events 2003-2025: " + from2003);
        assertTrue(store.startDate(store.size() - 1).isAfter(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void everyEventHasASourceWithALinkOrAPublisherAndDate() {
        for (int i = 0; i < store.size(); i++) {
            Event e = store.event(i);
            assertTrue(e.sources().stream().anyMatch(s -> s.url() != null && !s.url().isBlank()
                    || s.publisher() != null && !s.publisher().isBlank() && s.date() != null), e.id());
        }
    }

    @Test
    void eachCoreCategoryHoldsAtLeastFiftyEvents() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, store.withCategory(c).count());
        }
        for (Category c : new Category[] {Category.DISMANTLING, Category.ATTACK, Category.DIPLOMATIC}) {
            assertTrue(counts.get(c) >= 50, c + ": " + counts);
        }
        for (Category c : new Category[] {Category.FORMATION, Category.COUP, Category.TERRITORIAL,
            Category.OPERATION}) {
            assertTrue(counts.get(c) >= 5, c + ": " + counts);
        }
    }

    @Test
    void everySourceArticleIsCited() {
        Set<String> cited = new HashSet<>();
        for (int i = 0; i < store.size(); i++) {
            for (Source s : store.event(i).sources()) {
                cited.add(s.url());
            }
        }
        for (String article : new String[] {
            "https://thereference-paris.com/17874",
            "https://www.moroccoworldnews.com/2017/10/232413/isis-north-africa-terrorism/",
            "https://moroccolatestnews.com/the-islamic-state-seeks-to-rebuild-itself-in-the-sahel/",
            "http://www.zerohedge.com/news/2017-04-10/islamic-state-eyes-north-africa",
            "https://thearabweekly.com/pre-emptive-measures-thwart-isis-attempts-target-morocco",
        }) {
            assertTrue(cited.contains(article), article);
        }
    }

    @Test
    void theSourceArticlesKeyEventsAreThere() {
        Event ties = byId("dz-2021-08-algeria-severs-ties-morocco");
        assertEquals(LocalDate.of(2021, 8, 24), ties.start());
        assertEquals(Set.of("DZ", "MA"), Set.copyOf(ties.states()));
        Event joint = byId("ma-2023-01-chtouka-almeria-joint-cell");
        assertEquals(LocalDate.of(2023, 1, 11), joint.start());
        assertTrue(joint.places().stream().anyMatch(p -> p.country().equals("ES")));
        assertTrue(joint.places().stream().anyMatch(p -> p.country().equals("MA")));
        Event oujda = byId("ma-2016-09-oujda-saidia-fez-debdou-cell");
        assertEquals(Category.DISMANTLING, oujda.category());
        Event jnim = byId("ml-2017-03-jnim-formation");
        assertEquals(LocalDate.of(2017, 3, 2), jnim.start());
    }

    @Test
    void unknownCountsAreNeverWrittenAsZeroForCasualtyFreeCategories() {
        for (int i = 0; i < store.size(); i++) {
            Event e = store.event(i);
            if (e.category() == Category.DIPLOMATIC) {
                assertTrue(!e.killed().isKnown() || e.killed().max() == 0, e.id());
            }
        }
    }

    private Event byId(String id) {
        int index = store.indexOf(id);
        assertTrue(index >= 0, "no event " + id);
        return store.event(index);
    }
}
