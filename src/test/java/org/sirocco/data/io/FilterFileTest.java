package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;

class FilterFileTest {

    @Test
    void aFilterAndItsWindowSurviveSavingAndLoading(@TempDir Path dir) throws IOException {
        EventFilter filter = new EventFilter(Set.of(Category.ATTACK, Category.DISMANTLING), Set.of("ambush"),
                Set.of("ML", "NE"), Set.of("JNIM"), Set.of(Confidence.HIGH), 10, 200, "Ménaka");
        TimeWindow window = TimeWindow.ofDays(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30));
        Path file = dir.resolve("filters.json");
        FilterFile.save(file, filter, window);
        FilterFile.Loaded loaded = FilterFile.load(file);
        assertTrue(loaded.problems().isEmpty(), loaded.problems()::toString);
        assertEquals(filter, loaded.filter());
        assertEquals(window, loaded.window());
        assertTrue(Files.readString(file).contains("\"first\": \"2019-01-01\""), "dates are readable in the file");
    }

    @Test
    void noWindowAndNoFiltersRoundTrip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("none.json");
        FilterFile.save(file, EventFilter.NONE, null);
        FilterFile.Loaded loaded = FilterFile.load(file);
        assertEquals(EventFilter.NONE, loaded.filter());
        assertNull(loaded.window());
    }

    @Test
    void problemsAreNamedAndTheRestIsKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("odd.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "colour": "red",
                 "timeWindow": {"first": "2019-13-01", "last": "2019-12-31"},
                 "filter": {"categories": ["attack", "riot"], "countries": ["MLI"], "killedMin": -3, "query": 42}}
                """);
        FilterFile.Loaded loaded = FilterFile.load(file);
        assertEquals(Set.of(Category.ATTACK), loaded.filter().categories(), "the valid category is kept");
        assertNull(loaded.window());
        String all = String.join("\n", loaded.problems());
        assertTrue(all.contains("odd.json: colour: unknown field"), all);
        assertTrue(all.contains("odd.json: filter.categories: unknown category \"riot\""), all);
        assertTrue(all.contains("\"MLI\" is not an ISO"), all);
        assertTrue(all.contains("killedMin: -3 is negative"), all);
        assertTrue(all.contains("timeWindow: first and last must be dates"), all);
        assertTrue(all.contains("filter.query: expected a string"), all);
        assertEquals("", loaded.filter().query(), "a number is not taken for a search");
    }

    @Test
    void brokenJsonIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1,");
        IOException e = assertThrows(IOException.class, () -> FilterFile.load(file));
        assertEquals("broken.json:1: not valid JSON: the file ends before its JSON is complete", e.getMessage());
        Files.writeString(file, "{\"schemaVersion\": 1,\n \"filter\": {\"query\": nope}}");
        e = assertThrows(IOException.class, () -> FilterFile.load(file));
        assertTrue(e.getMessage().startsWith("broken.json:2: not valid JSON: "), e.getMessage());
    }
}
