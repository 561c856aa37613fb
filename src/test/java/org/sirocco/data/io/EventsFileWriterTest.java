package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;

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

    @Test
    void anEventWithoutASplitIsWrittenWithoutTheField(@TempDir Path dir) throws IOException {
        LocalDate day = LocalDate.of(2016, 9, 7);
        Event cell = new Event("ma-2016-09-cell", day, day, DatePrecision.DAY, false, Category.DISMANTLING,
                "cell_dismantled", "Cell dismantled", "Police dismantled a cell.",
                List.of(new Place("Oujda", "MA", 34.6814, -1.9086, PlacePrecision.TOWN)), List.of("IS"), List.of("MA"),
                List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.exact(3),
                List.of(new Source("Cell dismantled", "MAP", "2016-09-07", "https://example.org/cell")),
                Confidence.MEDIUM, null);
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
