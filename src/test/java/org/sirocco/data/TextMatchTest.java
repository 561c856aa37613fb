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
        assertEquals(List.of("Aït", "Almería"),
                highlighted("Cell dismantled in Chtouka Aït Baha and Almería", "ait almeria"));
    }

    @Test
    void highlightsThroughApostrophesCoverTheWholeWord() {
        assertEquals(List.of("N'Djamena"), highlighted("Bombings in N'Djamena", "ndjamena"));
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "ISIS fighters cross into Syria | ISIS | true",
        "Diplomatic crisis between Rabat and Algiers | ISIS | false",
        "Cell dismantled in Oujda | Ouj | true",
        "Cell dismantled in Oujda | jda | false",
        "ISIS-linked cell | isis | true",
        "Two men sentenced in Rabat | sentence | true",
        "Joint exercise in the desert | cise | false",
        "Tensions over l'Algérie | Algérie | true",
        "After the coup d'état | etat | true",
        "Coup d'état in Bamako | tat | false",
        "Mali's junta | mali | true",
        "Mali's junta | malis | true",
    })
    void wordsMatchFromTheirBeginningOnly(String text, String query, boolean found) {
        assertEquals(found, TextMatch.matches(TextMatch.fold(text), TextMatch.words(query)), text + " / " + query);
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
        assertEquals(List.of("Ouj", "Islamic State's"), highlighted(
                "Cell dismantled in Oujda by the Islamic State's enemies", "ouj \"islamic states\""));
        assertEquals(List.of(), highlighted("A diplomatic crisis", "isis"));
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

    /** The stretches of {@code text} that {@code query} highlights. */
    private static List<String> highlighted(String text, String query) {
        return TextMatch.highlights(text, TextMatch.words(query)).stream().map(r -> text.substring(r[0], r[1]))
                .toList();
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
