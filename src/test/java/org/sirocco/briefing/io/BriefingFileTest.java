package org.sirocco.briefing.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.MapExtent;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;

class BriefingFileTest {

    @TempDir
    Path dir;

    private static BriefingScene tunisia() {
        EventFilter filter = new EventFilter(Set.of(Category.ATTACK, Category.DISMANTLING), Set.of("TN"))
                .withQuery("Saïdia").withKilled(5, null);
        return new BriefingScene("Tunisie, 2015 – l'année", TimeWindow.ofDays(LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 12, 31)), filter, new MapExtent(9.6, 34.3, 700, 820),
                List.of("tn-2015-03-bardo-museum-attack", "tn-2015-06-sousse-hotel-attack"), "Bardo, then Sousse.\nTwo lines.");
    }

    @Test
    void scenesComeBackAsTheyWereSaved() throws IOException {
        BriefingScene all = new BriefingScene("Everything", null, EventFilter.NONE, null, List.of(), "");
        Path file = dir.resolve("b.json");
        BriefingFile.save(file, "Maghreb briefing", List.of(tunisia(), all));

        BriefingFile.Loaded loaded = BriefingFile.load(file);

        assertEquals(List.of(), loaded.problems());
        assertEquals("Maghreb briefing", loaded.title());
        assertEquals(List.of(tunisia(), all), loaded.scenes());
    }

    @Test
    void savingReplacesTheWholeFile() throws IOException {
        Path file = dir.resolve("b.json");
        BriefingFile.save(file, "first", List.of(tunisia(), tunisia().withName("copy")));
        BriefingFile.save(file, "second", List.of(tunisia()));

        BriefingFile.Loaded loaded = BriefingFile.load(file);
        assertEquals("second", loaded.title());
        assertEquals(1, loaded.scenes().size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void eachProblemIsNamedWithItsSceneAndFieldAndTheRestIsKept() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "title": "t", "colour": "red", "scenes": [
                  {"name": "Bad window", "timeWindow": {"first": "2015-02-30", "last": "2015-03-01"}},
                  {"name": "Backwards", "timeWindow": {"first": "2016-01-01", "last": "2015-01-01"}},
                  {"name": "Off the globe", "extent": {"centerLon": 200, "centerLat": 0, "widthKm": 10, "heightKm": 10}},
                  {"name": "Odd filter", "filter": {"categories": ["picnic"], "countries": ["XX"]}, "zoom": 3},
                  {"note": "no name"},
                  "not a scene",
                  {"name": "Fine", "highlighted": ["a", 7]}
                ]}""", StandardCharsets.UTF_8);

        BriefingFile.Loaded loaded = BriefingFile.load(file);

        assertEquals(List.of("Bad window", "Backwards", "Off the globe", "Odd filter", "Fine"),
                loaded.scenes().stream().map(BriefingScene::name).toList());
        List<String> p = loaded.problems();
        assertHas(p, "broken.json: colour: unknown field");
        assertHas(p, "broken.json: scenes[0] \"Bad window\": timeWindow: first and last must be dates");
        assertHas(p, "broken.json: scenes[1] \"Backwards\": timeWindow.last: 2015-01-01 is before first");
        assertHas(p, "broken.json: scenes[2] \"Off the globe\": extent: centre 200.0, 0.0 is not on the globe");
        assertHas(p, "broken.json: scenes[3] \"Odd filter\": filter.categories: unknown category \"picnic\"");
        assertHas(p, "broken.json: scenes[3] \"Odd filter\": filter.countries: \"XX\" is not an ISO 3166-1");
        assertHas(p, "broken.json: scenes[3] \"Odd filter\": zoom: unknown field");
        assertHas(p, "broken.json: scenes[4]: name: missing; scene skipped");
        assertHas(p, "broken.json: scenes[5]: expected an object; scene skipped");
        assertHas(p, "broken.json: scenes[6] \"Fine\": highlighted: 7 is not an event id");
        assertNull(loaded.scenes().get(0).window());
        assertNull(loaded.scenes().get(2).extent());
        assertEquals(List.of("a"), loaded.scenes().get(4).highlighted());
    }

    @Test
    void aFileThatIsNotABriefingIsRefusedWithItsName() throws IOException {
        Path notJson = dir.resolve("notes.json");
        Files.writeString(notJson, "{\"scenes\": [", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> BriefingFile.load(notJson));
        assertEquals("notes.json:1: not valid JSON: the file ends before its JSON is complete", e.getMessage());

        Path events = dir.resolve("events.json");
        Files.writeString(events, "{\"schemaVersion\": 1, \"events\": []}", StandardCharsets.UTF_8);
        e = assertThrows(IOException.class, () -> BriefingFile.load(events));
        assertTrue(e.getMessage().startsWith("events.json: not a briefing"), e.getMessage());
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), () -> "no \"" + start + "\" in " + problems);
    }
}
