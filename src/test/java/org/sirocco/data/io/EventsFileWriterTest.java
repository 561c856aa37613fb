package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.EventStore;

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
