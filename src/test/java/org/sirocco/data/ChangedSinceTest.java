package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sirocco.data.io.FilterCodec;

/** "Added or changed since DATE" keeps the events whose recorded history reaches that day. */
class ChangedSinceTest {

    @Test
    void onlyEventsAddedOrChangedOnOrAfterTheDayPass() {
        Event old = TestEvents.event("old-1", "2015-03-01", Category.ATTACK, "ML", 16, 0);
        Event added = TestEvents.event("added-1", "2015-03-02", Category.ATTACK, "ML", 16, 0)
                .withHistory(Instant.parse("2025-05-10T09:00:00Z"), Instant.parse("2025-05-10T09:00:00Z"));
        Event changed = TestEvents.event("changed-1", "2015-03-03", Category.ATTACK, "ML", 16, 0)
                .withHistory(Instant.parse("2024-01-01T09:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"));
        Event earlier = TestEvents.event("earlier-1", "2015-03-04", Category.ATTACK, "ML", 16, 0)
                .withHistory(Instant.parse("2024-01-01T09:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));
        EventStore store = EventStore.of(List.of(old, added, changed, earlier));
        EventFilter since = EventFilter.NONE.withChangedSince(LocalDate.of(2025, 5, 10));
        List<String> kept = new ArrayList<>();
        store.select(since).forEach(i -> kept.add(store.event(i).id()));
        assertEquals(List.of("added-1", "changed-1"), kept);
        assertEquals(1, since.activeFacets());
        assertEquals(Set.of(Category.ATTACK), since.withCategories(Set.of(Category.ATTACK)).categories());
        assertEquals(LocalDate.of(2025, 5, 10), since.withCategories(Set.of(Category.ATTACK)).changedSince(),
                "other facets keep it");
    }

    @Test
    void savedFiltersKeepTheDayAndOlderOnesReadAsBefore() {
        EventFilter since = EventFilter.NONE.withChangedSince(LocalDate.of(2025, 5, 10));
        List<String> problems = new ArrayList<>();
        assertEquals(since, FilterCodec.readFilter(FilterCodec.write(since), "filter", problems));
        assertTrue(problems.isEmpty(), problems::toString);
        assertTrue(!FilterCodec.write(EventFilter.NONE).has("changedSince"), "absent when not set");
    }
}
