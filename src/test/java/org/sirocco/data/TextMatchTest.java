package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextMatchTest {

    @ParameterizedTest(name = "\"{1}\" finds \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Chtouka Aït Baha | ait baha",
        "Saïdia | Saidia",
        "SAÏDIA | saïdia",
        "N'Djamena | ndjamena",
        "N’Djamena | n'djamena",
        "Fès | fes",
        "Tillabéri | TILLABERI",
        "Ménaka | menaka",
        "Bordj Bou Arréridj | arreridj bordj",
        "Jund al-Khilafah | al khilafah",
        "Ansar al-Sharia | ansar al-sharia",
        "Łódź | lodz",
        "Straße | strasse",
    })
    void casesAccentsAndApostrophesDoNotMatter(String text, String query) {
        assertTrue(TextMatch.matches(TextMatch.fold(text), TextMatch.words(query)), text + " / " + query);
    }

    @Test
    void everyWordMustAppear() {
        String text = TextMatch.fold("Suicide bombing in Casablanca");
        assertTrue(TextMatch.matches(text, TextMatch.words("casablanca bomb")));
        assertFalse(TextMatch.matches(text, TextMatch.words("casablanca shooting")));
        assertTrue(TextMatch.matches(text, TextMatch.words("   ")), "a blank query matches everything");
    }

    @Test
    void highlightsPointAtTheOriginalText() {
        String text = "Cell dismantled in Chtouka Aït Baha and Almería";
        List<int[]> ranges = TextMatch.highlights(text, TextMatch.words("ait almeria"));
        assertEquals(2, ranges.size());
        assertEquals("Aït", text.substring(ranges.get(0)[0], ranges.get(0)[1]));
        assertEquals("Almería", text.substring(ranges.get(1)[0], ranges.get(1)[1]));
    }

    @Test
    void highlightsThroughApostrophesCoverTheWholeWord() {
        String text = "Bombings in N'Djamena";
        List<int[]> ranges = TextMatch.highlights(text, TextMatch.words("ndjamena"));
        assertEquals("N'Djamena", text.substring(ranges.get(0)[0], ranges.get(0)[1]));
    }

    @ParameterizedTest(name = "\"{1}\" finds \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "ISIS fighters cross into Syria | ISIS",
        "Cell dismantled in Oujda | Ouj",
        "ISIS-linked cell | isis",
        "Two men sentenced in Rabat | sentence",
        "Tensions over l'Algérie | Algérie",
        "After the coup d'état | etat",
        "Mali's junta | mali",
        "Mali's junta | malis",
    })
    void wordsAndWordBeginningsMatch(String text, String query) {
        assertTrue(TextMatch.matches(TextMatch.fold(text), TextMatch.words(query)), text + " / " + query);
    }

    @ParameterizedTest(name = "\"{1}\" does not find \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Diplomatic crisis between Rabat and Algiers | ISIS",
        "Coup d'état in Bamako | tat",
        "Joint exercise in the desert | cise",
        "Cell dismantled in Oujda | jda",
    })
    void theInsideOfAWordDoesNotMatch(String text, String query) {
        assertFalse(TextMatch.matches(TextMatch.fold(text), TextMatch.words(query)), text + " / " + query);
    }

    @Test
    void aQuotedPhraseMatchesItsWordsTogetherAndInOrder() {
        List<String> phrase = TextMatch.words("\"Islamic State\" Sahara");
        assertEquals(List.of("islamic state", "sahara"), phrase);
        assertTrue(TextMatch.matches(TextMatch.fold("Fighters of the Islamic State in the Greater Sahara"), phrase));
        assertTrue(TextMatch.matches(TextMatch.fold("Islamic State's Sahara province"), phrase));
        assertFalse(TextMatch.matches(TextMatch.fold("An Islamic group claims the Sahara State"), phrase));
        assertFalse(TextMatch.matches(TextMatch.fold("The State of the Islamic Sahara"), phrase));
        assertTrue(TextMatch.matches(TextMatch.fold("The State of the Islamic Sahara"),
                TextMatch.words("Islamic State Sahara")), "unquoted, the words may stand anywhere");
        assertEquals(List.of("islamic sta"), TextMatch.words("\u201cIslamic Sta"),
                "a quote still open runs to the end, so the phrase matches as it is typed");
        assertEquals(List.of(), TextMatch.words("\"\" "), "empty quotes are no term");
    }

    @Test
    void highlightsMarkTheWordBeginningAndTheWholePhrase() {
        String text = "Cell dismantled in Oujda by the Islamic State's enemies";
        List<int[]> ranges = TextMatch.highlights(text, TextMatch.words("ouj \"islamic states\""));
        assertEquals(2, ranges.size());
        assertEquals("Ouj", text.substring(ranges.get(0)[0], ranges.get(0)[1]));
        assertEquals("Islamic State's", text.substring(ranges.get(1)[0], ranges.get(1)[1]));
        assertEquals(List.of(), TextMatch.highlights("A diplomatic crisis", TextMatch.words("isis")));
    }

    @Test
    void theSearchIndexMatchesAsTextMatchDoes() {
        EventStore store = EventStore.of(List.of(
                titled("crisis", "Diplomatic crisis between Rabat and Algiers"),
                titled("isis", "ISIS claims the attack"),
                titled("oujda", "Cell dismantled in Oujda"),
                titled("phrase", "Islamic State fighters ambush a patrol"),
                titled("apart", "State forces and an Islamic group clash"),
                titled("elided", "L'Algérie ferme son espace aérien")));
        assertEquals(List.of("isis"), ids(store, "ISIS"));
        assertEquals(List.of("oujda"), ids(store, "Ouj"));
        assertEquals(List.of("phrase"), ids(store, "\"Islamic State\""));
        assertEquals(List.of("phrase", "apart"), ids(store, "islamic state"));
        assertEquals(List.of("elided"), ids(store, "algerie"));
        assertEquals(List.of("elided"), ids(store, "l'algérie"));
        assertEquals(List.of(), ids(store, "geria"));
    }

    private static Event titled(String id, String title) {
        LocalDate day = LocalDate.of(2015, 1, 1);
        return new Event(id, day, day, DatePrecision.DAY, false, Category.ATTACK, "armed_assault", title, "",
                List.of(TestEvents.place("Nowhere", "MA", 30, -5)), List.of(), List.of(), List.of(), Count.UNKNOWN,
                Count.UNKNOWN, Count.UNKNOWN, List.of(), Confidence.HIGH, null);
    }

    private static List<String> ids(EventStore store, String query) {
        List<String> ids = new java.util.ArrayList<>();
        store.textIndex().search(query).forEach(i -> ids.add(store.event(i).id()));
        return ids;
    }
}
