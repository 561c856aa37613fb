package org.sirocco.edit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.TestEvents;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.testing.ChildJvm;

/** Saving never leaves a torn file: a JVM killed at many moments of large saves leaves the old or the new version. */
class SaveKillTest {

    private static final int EVENTS = 20_000;
    private static final int KILLS = 6;

    /** The first version with every tenth toll changed: a save of it differs all through the file. */
    static List<Event> secondVersion(List<Event> first) {
        List<Event> second = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            second.add(i % 10 == 0 ? TestEvents.withKilled(first.get(i), Count.range(1, 2)) : first.get(i));
        }
        return second;
    }

    @Test
    void aKillAtAnyMomentOfASaveLeavesTheOldOrTheNewFileWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("events.json");
        long saveMillis = 0;
        for (int k = 0; k < KILLS; k++) {
            try (ChildJvm child = ChildJvm.start(SaveChild.class, target.toString(), Integer.toString(EVENTS))) {
                long first = Long.parseLong(child.awaitLine("SAVED", 120).substring(6));
                saveMillis = saveMillis == 0 ? first : saveMillis;
                // Spread over two saves: the kills fall in the writing, the forcing to disk, the backup and the move.
                Thread.sleep(2 * saveMillis * k / KILLS);
                child.kill();
            }
            assertWholeVersion(target);
            assertWholeVersion(DatasetSaver.backupOf(target));
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                        .filter(f -> !f.equals("events.json") && !f.equals("events.json.bak") && !f.startsWith("."))
                        .toList(), "a kill leaves only hidden temporary files beside the file and its backup");
            }
        }
    }

    private static void assertWholeVersion(Path file) throws IOException {
        if (!Files.exists(file)) {
            return; // the backup of the very first save
        }
        LoadResult read = new DatasetReader(Set.of()).read(file);
        assertTrue(read.isClean(), () -> file + ": " + read.problems().subList(0, Math.min(3, read.problems().size())));
        EventStore store = read.dataset().store();
        assertEquals(EVENTS, store.size());
        boolean versionB = read.dataset().name().equals("Version B");
        int ranged = 0;
        for (int i = 0; i < store.size(); i++) {
            if (store.killedMin(i) == 1 && store.killedMax(i) == 2) {
                ranged++;
            }
        }
        assertTrue(versionB ? ranged >= EVENTS / 10 : ranged < EVENTS / 10, "the content is the version its name says");
    }
}
