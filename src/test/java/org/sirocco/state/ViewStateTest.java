package org.sirocco.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;

class ViewStateTest {

    private static Dataset dataset(List<Event> events) {
        return new Dataset("Test", "test", EventStore.of(events), false);
    }

    @Test
    void anEditKeepsFiltersWindowAndTheSelectedAndPickedEventsUnderTheirNewIndices() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(TestEvents.event("e-" + i, "2015-0" + (i % 9 + 1) + "-10", Category.ATTACK, "ML", 16, 0));
        }
        ViewState state = new ViewState(dataset(events));
        EventFilter mali = new EventFilter(Set.of(Category.ATTACK), Set.of("ML"));
        TimeWindow year = TimeWindow.ofDays(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        state.setFilter(mali);
        state.setTimeWindow(year);
        state.setSelectedEvent(state.store().indexOf("e-5"));
        BitSet picked = new BitSet();
        picked.set(state.store().indexOf("e-7"));
        picked.set(state.store().indexOf("e-8"));
        state.setSelection(EventSelection.of(10, picked));
        int openings = state.openingsProperty().get();

        // An event dated before all the others moves every index by one; e-8 is deleted.
        List<Event> edited = new ArrayList<>(events);
        edited.remove(8);
        edited.add(TestEvents.event("a-new", "2014-01-01", Category.ATTACK, "ML", 16, 0));
        state.replaceDataset(dataset(edited));

        assertEquals(mali, state.getFilter());
        assertEquals(year, state.getTimeWindow());
        assertEquals("e-5", state.store().event(state.getSelectedEvent()).id());
        List<String> pickedNow = new ArrayList<>();
        state.getSelection().forEach(i -> pickedNow.add(state.store().event(i).id()));
        assertEquals(List.of("e-7"), pickedNow);
        assertEquals(9, state.getVisible().count(), "the new event lies outside the window");
        assertEquals(openings, state.openingsProperty().get(), "an edit is not another dataset opened");

        state.setDataset(dataset(events));
        assertTrue(state.getFilter().isEmpty());
        assertEquals(openings + 1, state.openingsProperty().get());
    }
}
