package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.i18n.Language;

class EventsFileWriterTest {

    @Test
    void theBundledDatasetSurvivesAWriteAndARead(@TempDir Path dir) throws IOException {
        EventStore original;
        try (InputStream in = getClass().getResourceAsStream("/data/events.json")) {
            original = new DatasetReader(Set.of()).read("events.json", in.readAllBytes()).dataset().store();
        }
        Path copy = dir.resolve("copy.json");
        EventsFileWriter.write(copy, "Copy", false, sink -> {
            for (int i = 0; i < original.size(); i++) {
                sink.accept(original.event(i));
            }
        });
        LoadResult reread = new DatasetReader(Set.of()).read(copy);
        assertTrue(reread.isClean(), reread.problems()::toString);
        assertEquals("Copy", reread.dataset().name());
        assertFalse(reread.dataset().synthetic());
        EventStore store = reread.dataset().store();
        assertEquals(original.size(), store.size());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.event(i), store.event(i), "event " + original.event(i).id());
        }
    }

    @Test
    void theBundledDatasetWrittenCanonicallyIsTheSameToTheByte(@TempDir Path dir) throws IOException {
        byte[] bundled;
        try (InputStream in = getClass().getResourceAsStream("/data/events.json")) {
            bundled = in.readAllBytes();
        }
        LoadResult read = new DatasetReader(Set.of()).read("events.json", bundled);
        assertTrue(read.isClean(), read.problems()::toString);
        EventStore store = read.dataset().store();
        List<Event> events = new ArrayList<>();
        for (int i = store.size() - 1; i >= 0; i--) {
            events.add(store.event(i)); // in reverse: the writer puts them in order
        }
        Path copy = dir.resolve("events.json");
        EventsFileWriter.writeCanonical(copy, read.dataset().name(), false, List.of(), events);
        assertArrayEquals(bundled, Files.readAllBytes(copy));
    }

    @Test
    void aChangeToOneEventTouchesOnlyItsLines(@TempDir Path dir) throws IOException {
        EventStore store;
        try (InputStream in = getClass().getResourceAsStream("/data/events.json")) {
            store = new DatasetReader(Set.of()).read("events.json", in.readAllBytes()).dataset().store();
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            events.add(store.event(i));
        }
        Path before = dir.resolve("before.json");
        EventsFileWriter.writeCanonical(before, "D", false, List.of(), events);
        int unknownToll = 0;
        while (events.get(unknownToll).killed().isKnown()) {
            unknownToll++;
        }
        Event e = events.get(unknownToll);
        events.set(unknownToll, new Event(e.id(), e.start(), e.end(), e.precision(), e.hasEndDate(), e.category(),
                e.subtype(), e.title(), e.summary(), e.places(), e.perpetrators(), e.splitFrom(), e.states(),
                e.agencies(), Count.range(3, 5), e.injured(), e.arrested(), e.sources(), e.confidence(), e.notes())
                .withTitles(e.titles()));
        Path after = dir.resolve("after.json");
        EventsFileWriter.writeCanonical(after, "D", false, List.of(), events);
        List<String> a = Files.readAllLines(before);
        List<String> b = Files.readAllLines(after);
        assertEquals(a.size() + 3, b.size(), "null became an object of two fields");
        int firstDifference = 0;
        while (a.get(firstDifference).equals(b.get(firstDifference))) {
            firstDifference++;
        }
        assertEquals("      \"killed\": {", b.get(firstDifference));
        assertEquals(a.subList(firstDifference + 1, a.size()), b.subList(firstDifference + 4, b.size()));
    }

    @Test
    void whenAnEventWasAddedAndChangedIsKeptAndMakesTheFileVersionTwo(@TempDir Path dir) throws IOException {
        LocalDate day = LocalDate.of(2016, 9, 7);
        Event cell = new Event("ma-2016-09-cell", day, day, DatePrecision.DAY, false, Category.DISMANTLING,
                "cell_dismantled", "Cell dismantled", "Police dismantled a cell.",
                List.of(new Place("Oujda", "MA", 34.6814, -1.9086, PlacePrecision.TOWN)), List.of("IS"), List.of(),
                List.of("MA"), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.exact(3),
                List.of(new Source("Cell dismantled", "MAP", "2016-09-07", "https://example.org/cell")),
                Confidence.MEDIUM, null, Instant.parse("2024-05-01T08:00:00Z"), Instant.parse("2024-06-02T17:45:09Z"));
        Path file = dir.resolve("cell.json");
        EventsFileWriter.writeCanonical(file, "Cell", false, List.of(), List.of(cell));
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 2,"), text);
        assertTrue(text.contains("\"added\": \"2024-05-01T08:00:00Z\",\n      \"changed\": \"2024-06-02T17:45:09Z\"\n"),
                text);
        LoadResult reread = new DatasetReader(Set.of()).read(file);
        assertTrue(reread.isClean(), reread.problems()::toString);
        assertEquals(cell, reread.dataset().store().event(0));
    }

    @Test
    void titlesInFrenchAndArabicSurviveAWriteAndAReadAndMakeTheFileVersionThree(@TempDir Path dir)
            throws IOException {
        Event cell = oujdaCell().withTitles(Map.of(Language.ARABIC,
                "\u062a\u0641\u0643\u064a\u0643 \u062e\u0644\u064a\u0629 \u0641\u064a \u0648\u062c\u062f\u0629",
                Language.FRENCH, "Démantèlement d’une cellule à Oujda"));
        Path file = dir.resolve("cell.json");
        EventsFileWriter.writeCanonical(file, "Cell", false, List.of(), List.of(cell));
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 3,"), text);
        assertTrue(text.contains("\"title\": \"Cell dismantled\",\n      \"titles\": {\n        \"fr\": "
                + "\"Démantèlement d’une cellule à Oujda\",\n        \"ar\": "),
                "right after the title, French first: " + text);
        LoadResult reread = new DatasetReader(Set.of()).read(file);
        assertTrue(reread.isClean(), reread.problems()::toString);
        Event back = reread.dataset().store().event(0);
        assertEquals(cell, back);
        assertEquals("Démantèlement d’une cellule à Oujda", back.title(Language.FRENCH));
        assertEquals("Cell dismantled", back.title(Language.ENGLISH));
    }

    @Test
    void actorsNamesInOtherLanguagesSurviveAWriteAndARead(@TempDir Path dir) throws IOException {
        Actor aqim = new Actor("AQIM", "Al-Qaeda in the Islamic Maghreb", "group", "Al-Qaeda's North African branch.",
                List.of("AQLIM"), Map.of(Language.FRENCH, new Actor.Names("AQMI", "Al-Qaïda au Maghreb islamique",
                        List.of(), "Branche nord-africaine d’Al-Qaïda."), Language.ARABIC, new Actor.Names(
                        "\u0627\u0644\u0642\u0627\u0639\u062f\u0629",
                        "\u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0642\u0627\u0639\u062f\u0629",
                        List.of("\u0642\u0627\u0639\u062f\u0629"), "\u0641\u0631\u0639.")));
        Path file = dir.resolve("actors.json");
        ActorCatalogWriter.write(file, List.of(aqim));
        try (InputStream in = Files.newInputStream(file)) {
            ActorCatalog back = ActorCatalogReader.read(in, "actors.json");
            assertEquals(aqim, back.find("AQIM").orElseThrow());
            assertEquals("AQMI", back.find("AQIM").orElseThrow().in(Language.FRENCH).name());
        }
        assertEquals(DatasetReader.SCHEMA_VERSION, EventsFileWriter.schemaVersionFor(List.of(), List.of(aqim)));
    }

    @Test
    void theGroupASplitLeftSurvivesAWriteAndARead(@TempDir Path dir) throws IOException {
        LocalDate day = LocalDate.of(2012, 12, 3);
        Event split = new Event("ml-2012-12-split", day, day, DatePrecision.DAY, false, Category.FORMATION, "split",
                "A brigade leaves AQIM", "A commander left AQIM with his brigade.",
                List.of(new Place("Gao", "ML", 16.2717, -0.0447, PlacePrecision.TOWN)), List.of("Al-Mulathameen"),
                List.of("AQIM"), List.of(), List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("Belmokhtar quits AQIM", "AFP", "2012-12-03", "https://example.org/split")),
                Confidence.MEDIUM, null);
        Path file = dir.resolve("split.json");
        EventsFileWriter.write(file, "Split", false, sink -> sink.accept(split));
        assertTrue(Files.readString(file).contains("\"splitFrom\": [\n"), "written as a field of its own");
        LoadResult reread = new DatasetReader(Set.of("AQIM", "Al-Mulathameen")).read(file);
        assertTrue(reread.isClean(), reread.problems()::toString);
        assertEquals(split, reread.dataset().store().event(0));
        assertEquals(List.of("AQIM"), reread.dataset().store().event(0).splitFrom());
    }

    /** An event with neither a split nor a title in another language. */
    private static Event oujdaCell() {
        LocalDate day = LocalDate.of(2016, 9, 7);
        return new Event("ma-2016-09-cell", day, day, DatePrecision.DAY, false, Category.DISMANTLING,
                "cell_dismantled", "Cell dismantled", "Police dismantled a cell.",
                List.of(new Place("Oujda", "MA", 34.6814, -1.9086, PlacePrecision.TOWN)), List.of("IS"), List.of("MA"),
                List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.exact(3),
                List.of(new Source("Cell dismantled", "MAP", "2016-09-07", "https://example.org/cell")),
                Confidence.MEDIUM, null);
    }

    @Test
    void anEventWithoutASplitIsWrittenWithoutTheField(@TempDir Path dir) throws IOException {
        Event cell = oujdaCell();
        Path file = dir.resolve("cell.json");
        EventsFileWriter.write(file, "Cell", false, sink -> sink.accept(cell));
        assertFalse(Files.readString(file).contains("splitFrom"), "older readers can still read it");
    }

    @Test
    void aFailedWriteLeavesTheExistingFileUntouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("events.json");
        Files.writeString(target, "previous content");
        try {
            EventsFileWriter.write(target, "Broken", false, sink -> {
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            // the point of the test
        }
        assertEquals("previous content", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
