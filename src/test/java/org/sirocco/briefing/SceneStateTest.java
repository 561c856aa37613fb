package org.sirocco.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;

class SceneStateTest {

    private final EventStore store = EventStore.of(List.of(
            TestEvents.event("a", "2015-03-18", Category.ATTACK, "TN", 36.8, 10.2),
            TestEvents.event("b", "2015-06-26", Category.ATTACK, "TN", 35.9, 10.6),
            TestEvents.event("c", "2016-01-15", Category.ATTACK, "BF", 12.4, -1.5),
            TestEvents.event("d", "2021-08-24", Category.DIPLOMATIC, "DZ", 36.7, 3.1)));

    private ViewState state() {
        return new ViewState(new Dataset("test", "", store, false));
    }

    @Test
    void aCapturedSceneRestoresWindowFiltersAndHighlights() {
        ViewState state = state();
        TimeWindow window = TimeWindow.ofDays(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));
        state.setTimeWindow(window);
        state.setFilter(new EventFilter(Set.of(Category.ATTACK), Set.of()));
        BitSet picked = new BitSet();
        picked.set(store.indexOf("b"));
        picked.set(store.indexOf("c"));
        state.setSelection(EventSelection.of(store.size(), picked));
        state.setSelectedEvent(store.indexOf("c"));

        BriefingScene scene = SceneState.capture(state, "Attacks", null, "note");
        assertEquals(List.of("c", "b"), scene.highlighted(), "the event read in detail comes first");

        ViewState other = state();
        int missing = SceneState.apply(scene, other);

        assertEquals(0, missing);
        assertEquals(window, other.getTimeWindow());
        assertEquals(state.getFilter(), other.getFilter());
        assertEquals(store.indexOf("c"), other.getSelectedEvent());
        assertEquals(state.getSelection(), other.getSelection());
        assertEquals(3, other.getVisible().count());
    }

    @Test
    void idsMissingFromTheDatasetAreCountedAndSkipped() {
        BriefingScene scene = new BriefingScene("s", null, EventFilter.NONE, null, List.of("gone", "d"), "");
        ViewState state = state();
        state.setSelectedEvent(0);

        assertEquals(1, SceneState.apply(scene, state));
        assertEquals(store.indexOf("d"), state.getSelectedEvent());
        assertEquals(0, state.getSelection().count(), "one highlight is the selected event, not a pick");
        assertFalse(state.getSelection().contains(0));
        assertNull(state.getTimeWindow());
    }
}
