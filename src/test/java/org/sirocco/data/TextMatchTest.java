package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
