package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.Dataset;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.io.LoadResult;

/** A merge updates what a newer export changed and lets the user skip likely duplicates; Cancel leaves nothing. */
class MergeAndCancelTest {

    @TempDir
    Path dir;

    private static Event event(String id, String title, int day, double lat, Category c, String subtype) {
        LocalDate d = LocalDate.of(2016, 2, day);
        return new Event(id, d, d, DatePrecision.DAY, false, c, subtype, title, "s",
                List.of(new Place("Gao", "ML", lat, -0.04, PlacePrecision.TOWN)), List.of(), List.of(), List.of(),
                Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN, List.of(new Source("ACLED event X", "ACLED", null,
                "https://acleddata.com/")), Confidence.MEDIUM, null);
    }

    @Test
    void aNewerExportUpdatesEventsOfTheSameIdAndSkippedDuplicatesStayOut() throws IOException {
        Dataset open = new Dataset("Open", "", EventStore.of(List.of(
                event("acled-mli1", "Old title", 10, 16.27, Category.ATTACK, "bombing"),
                event("ml-2016-02-gao", "Curated attack", 12, 16.27, Category.ATTACK, "bombing"))), false);
        Dataset imported = new Dataset("Import", "", EventStore.of(List.of(
                event("acled-mli1", "New title", 10, 16.27, Category.ATTACK, "bombing"),
                event("acled-mli2", "Same attack", 13, 16.40, Category.ATTACK, "armed_assault"),
                event("acled-mli3", "Far away", 13, 14.0, Category.ATTACK, "armed_assault"),
                event("acled-mli4", "Other category", 12, 16.27, Category.OPERATION, "airstrike"))), false);
        Merge merge = new Merge(open, imported);
        assertEquals(1, merge.updates());
        assertEquals(1, merge.duplicates().size(), "same category, a day apart, 14 km apart");
        Duplicates.Pair pair = merge.duplicates().get(0);
        assertEquals("acled-mli2", imported.store().event(pair.imported()).id());
        assertEquals("ml-2016-02-gao", open.store().event(pair.existing()).id());
        assertTrue(pair.km() > 10 && pair.km() < 25, "km " + pair.km());

        Path out = dir.resolve("merged.json");
        merge.write(out, "Open", Set.of(pair.imported()));
        LoadResult read = Fixtures.open(out);
        assertTrue(read.isClean(), read.problems()::toString);
        EventStore store = read.dataset().store();
        assertEquals(4, store.size(), "2 open + 3 imported - 1 update - 1 skipped");
        assertEquals("New title", store.event(store.indexOf("acled-mli1")).title(), "updated, not duplicated");
        assertEquals(-1, store.indexOf("acled-mli2"));
    }

    @Test
    void cancellingAnImportLeavesNoFileBehind() throws IOException {
        Path csv = dir.resolve("acled.csv");
        StringBuilder rows = new StringBuilder(AcledImportTest.CURRENT_HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {
            rows.append("MLI").append(i).append(",18 February 2016,2016,1,Political violence,Battles,Armed clash,")
                    .append("Katiba Serma,,Rebel group,,,,,,466,Western Africa,Mali,Gao,,,Gao,16.27,-0.04,1,AFP,")
                    .append("National,n,1,,1618000000\n");
        }
        Files.writeString(csv, rows);
        Path out = dir.resolve("out.json");
        AtomicLong seen = new AtomicLong();
        ImportJob job = new ImportJob(ImportDrivers.of(ImportFormat.ACLED), csv, ImportSettings.AUTOMATIC,
                Fixtures.context());
        assertThrows(CancellationException.class, () -> job.run(out, "x", (f, n) -> seen.set(n),
                () -> seen.get() >= 4_000));
        assertTrue(seen.get() < 20_000, "stopped early: " + seen.get());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no dataset, no spool");
        }
    }
}
