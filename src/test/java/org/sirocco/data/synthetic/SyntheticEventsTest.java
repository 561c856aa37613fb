package org.sirocco.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.ActorCatalogReader;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.io.LoadResult;

class SyntheticEventsTest {

    @Test
    void generatedEventsAreValidAndMarkedSynthetic(@TempDir Path dir) throws IOException {
        ActorCatalog actors;
        try (InputStream in = getClass().getResourceAsStream("/data/actors.json")) {
            actors = ActorCatalogReader.read(in, "actors.json");
        }
        Path file = dir.resolve("synthetic.json");
        EventsFileWriter.write(file, "SYNTHETIC", true, false, sink -> new SyntheticEvents(1).generate(5_000, sink));
        LoadResult result = new DatasetReader(actors.names()).read(file);
        assertTrue(result.isClean(), () -> result.problems().stream().limit(5).toList().toString());
        assertTrue(result.dataset().synthetic());
        EventStore store = result.dataset().store();
        assertEquals(5_000, store.size());
        assertTrue(store.startDate(0).getYear() >= 2003);
        assertTrue(store.startDate(store.size() - 1).isBefore(LocalDate.of(2025, 10, 1)));
        for (Category c : Category.values()) {
            assertTrue(store.withCategory(c).count() > 0, c + " present");
        }
        assertTrue(store.inCountry("ML").count() > store.inCountry("BE").count(), "the Sahel dominates");
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        List<Event> a = new ArrayList<>();
        List<Event> b = new ArrayList<>();
        new SyntheticEvents(7).generate(200, a::add);
        new SyntheticEvents(7).generate(200, b::add);
        assertEquals(a, b);
    }

    @Test
    void largeFilesAreReadInParallelFromAMappedFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.json");
        EventsFileWriter.write(file, "SYNTHETIC", true, false, sink -> new SyntheticEvents(3).generate(40_000, sink));
        assertTrue(Files.size(file) > 16 << 20, "large enough to be mapped and read by several threads");
        List<Event> expected = new ArrayList<>();
        new SyntheticEvents(3).generate(40_000, expected::add);
        LoadResult result = new DatasetReader(java.util.Set.of()).read(file);
        assertTrue(result.isClean(), () -> result.problems().stream().limit(5).toList().toString());
        EventStore store = result.dataset().store();
        assertEquals(40_000, store.size());
        for (Event e : expected.subList(0, 500)) {
            assertEquals(e, store.event(store.indexOf(e.id())));
        }
    }
}
