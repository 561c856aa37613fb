package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirocco.data.Event;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TextMatch;
import org.sirocco.geo.City;
import org.sirocco.i18n.Language;

/** A search finds the bundled events by their names in English, French and Arabic, as the app loads them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInThreeLanguagesTest {

    private Startup startup;
    private EventStore store;

    @BeforeAll
    void load() {
        startup = Startup.load(null);
        store = startup.data().dataset().store();
    }

    @Test
    void theMapsCitiesHaveTheirFrenchAndArabicNames() {
        City timbuktu = startup.cities().stream().filter(c -> c.name().equals("Timbuktu")).findFirst().orElseThrow();
        assertEquals("Tombouctou", timbuktu.name(Language.FRENCH));
        assertEquals("\u062a\u0645\u0628\u0643\u062a\u0648", timbuktu.name(Language.ARABIC));
        City oujda = startup.cities().stream().filter(c -> c.name().equals("Oujda")).findFirst().orElseThrow();
        assertEquals("Oujda", oujda.name(Language.FRENCH), "the English name where French writes it the same");
        assertTrue(startup.cities().stream().allMatch(c -> c.ar() != null), "every city named in Arabic");
    }

    private EventSelection search(String query) {
        return store.textIndex().search(query);
    }

    /** Every event that {@code test} holds for; there must be some. */
    private EventSelection where(Predicate<Event> test) {
        EventSelection found = EventSelection.none(store.size());
        for (int i = 0; i < store.size(); i++) {
            if (test.test(store.event(i))) {
                found = found.or(EventSelection.range(store.size(), i, i + 1));
            }
        }
        assertTrue(found.count() > 0);
        return found;
    }

    private EventSelection at(String place) {
        return where(e -> e.places().stream().anyMatch(p -> p.name().equals(place)));
    }

    private static void assertFindsAll(EventSelection expected, EventSelection found, String what) {
        assertEquals(expected.count(), expected.countAnd(found), what + " finds every one");
    }

    @Test
    void aqmiFindsTheAqimEvents() {
        EventSelection aqim = where(e -> e.perpetrators().contains("AQIM") || e.splitFrom().contains("AQIM"));
        assertFindsAll(aqim, search("AQMI"), "AQMI");
        assertFindsAll(where(e -> e.perpetrators().contains("ISGS")), search("EIGS"), "EIGS");
    }

    @Test
    void theArabicNameOfOujdaFindsTheOujdaEvents() {
        assertFindsAll(at("Oujda"), search("\u0648\u062c\u062f\u0629"), "\u0648\u062c\u062f\u0629");
        // Ta marbuta written as ha, and with a short vowel and a tatweel, finds them too.
        assertFindsAll(at("Oujda"), search("\u0648\u062c\u0640\u062f\u064e\u0647"), "folded Oujda");
    }

    @Test
    void tombouctouFindsTheTimbuktuEvents() {
        assertFindsAll(at("Timbuktu"), search("Tombouctou"), "Tombouctou");
    }

    @Test
    void aStateIsFoundByItsFrenchAndArabicNames() {
        EventSelection byCode = where(e -> e.states().contains("DZ"));
        assertFindsAll(byCode, search("Alg\u00e9rie"), "Algérie");
        assertFindsAll(byCode, search("\u0627\u0644\u062c\u0632\u0627\u0626\u0631"), "الجزائر");
    }

    @Test
    void arabicFoldingTreatsAlefTaMarbutaAndYaFormsAsOne() {
        assertEquals(TextMatch.fold("\u0627\u062d\u0645\u062f"), TextMatch.fold("\u0623\u062d\u0645\u062f"));
        assertEquals(TextMatch.fold("\u0627\u062d\u0645\u062f"), TextMatch.fold("\u0625\u062d\u0645\u062f"));
        assertEquals(TextMatch.fold("\u0627\u062d\u0645\u062f"), TextMatch.fold("\u0622\u062d\u0645\u062f"));
        assertEquals(TextMatch.fold("\u0627\u062d\u0645\u062f"), TextMatch.fold("\u0671\u062d\u0645\u062f"));
        assertEquals(TextMatch.fold("\u0645\u062f\u0631\u0633\u0647"),
                TextMatch.fold("\u0645\u062f\u0631\u0633\u0629"));
        assertEquals(TextMatch.fold("\u0645\u0635\u0637\u0641\u064a"),
                TextMatch.fold("\u0645\u0635\u0637\u0641\u0649"));
    }

    @Test
    void arabicFoldingIgnoresHarakatAndTatweel() {
        String plain = TextMatch.fold("\u0645\u062d\u0645\u062f");
        assertEquals(plain, TextMatch.fold("\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f\u064c"));
        assertEquals(plain, TextMatch.fold("\u0645\u062d\u0640\u0640\u0645\u062f"));
        assertEquals(TextMatch.fold("\u0647\u0630\u0627"), TextMatch.fold("\u0647\u0670\u0630\u0627"));
        assertTrue(TextMatch.matches(TextMatch.fold("\u0645\u062f\u064a\u0646\u0629 \u0648\u062c\u062f\u0629"),
                TextMatch.words("\u0648\u062c")), "a word's beginning still finds it");
        assertTrue(!TextMatch.matches(TextMatch.fold("\u0645\u062f\u064a\u0646\u0629 \u0648\u062c\u062f\u0629"),
                TextMatch.words("\u062c\u062f")), "the middle of a word does not");
    }
}
