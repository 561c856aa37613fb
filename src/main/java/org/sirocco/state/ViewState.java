package org.sirocco.state;

import java.util.BitSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;

/**
 * What the user is looking at, shared by every view: the dataset, the time window, the facet filters, the
 * selected and the hovered event. Events are referred to by store index; -1 means none. Derived, read-only:
 * the events passing the filters ({@link #filteredProperty()}) and, of those, the ones inside the time window
 * ({@link #visibleProperty()}), recomputed once per change.
 * <p>
 * Used on the JavaFX application thread only.
 */
public final class ViewState {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyIntegerWrapper openings = new ReadOnlyIntegerWrapper(this, "openings");
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE) {
        @Override
        public void set(EventFilter value) {
            super.set(value == null ? EventFilter.NONE : value);
        }
    };
    private final IntegerProperty selectedEvent = new IndexProperty("selectedEvent");
    private final IntegerProperty hoveredEvent = new IndexProperty("hoveredEvent");
    private final ObjectProperty<EventSelection> selection = new SimpleObjectProperty<>(this, "selection") {
        @Override
        public void set(EventSelection value) {
            Dataset d = dataset.get();
            int size = d == null ? 0 : d.store().size();
            super.set(value == null || value.size() != size ? EventSelection.none(size) : value);
        }
    };
    private final ReadOnlyObjectWrapper<EventSelection> filtered = new ReadOnlyObjectWrapper<>(this, "filtered");
    private final ReadOnlyObjectWrapper<EventSelection> visible = new ReadOnlyObjectWrapper<>(this, "visible");

    public ViewState(Dataset initial) {
        dataset.set(initial);
        selection.set(null);
        filter.addListener((obs, old, now) -> refilter());
        timeWindow.addListener((obs, old, now) -> rewindow());
        refilter();
    }

    /**
     * The dataset shown. Opening another ({@link #setDataset}) clears the window, the filters, the selection and the
     * hover; an edit of the one shown ({@link #replaceDataset}) keeps them.
     */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public void setDataset(Dataset value) {
        selectedEvent.set(-1);
        hoveredEvent.set(-1);
        dataset.set(value);
        selection.set(null);
        timeWindow.set(null);
        filter.set(EventFilter.NONE);
        refilter();
        openings.set(openings.get() + 1);
    }

    /**
     * How many datasets were opened: changes when another dataset replaces the one shown, not when it is edited.
     * Views that frame the data anew for another dataset (the timeline fits all time) follow this.
     */
    public ReadOnlyIntegerProperty openingsProperty() {
        return openings.getReadOnlyProperty();
    }

    /**
     * Shows an edited version of the dataset shown: the time window and the filters stay, and the selected and
     * picked events stay selected and picked under their new indices (an edit re-sorts the store), found by id;
     * deleted ones are dropped. Listeners never see an index of one store applied to the other: the selection is
     * cleared while the stores change.
     */
    public void replaceDataset(Dataset edited) {
        EventStore old = store();
        EventStore now = edited.store();
        int selected = selectedEvent.get() < 0 ? -1 : now.indexOf(old.event(selectedEvent.get()).id());
        EventSelection picked = remap(selection.get(), old, now);
        hoveredEvent.set(-1);
        // Cleared first only when they change: most edits move no event, and clearing would rebuild the views twice.
        boolean selectedMoves = selected != selectedEvent.get();
        boolean pickedMoves = !picked.equals(selection.get());
        if (selectedMoves) {
            selectedEvent.set(-1);
        }
        if (pickedMoves) {
            selection.set(null);
        }
        dataset.set(edited);
        refilter();
        if (pickedMoves) {
            selection.set(picked);
        }
        if (selectedMoves) {
            selectedEvent.set(selected);
        }
    }

    /** The events of {@code picked} in {@code old}, by id in {@code now}; those no longer there are dropped. */
    private static EventSelection remap(EventSelection picked, EventStore old, EventStore now) {
        BitSet bits = new BitSet(now.size());
        picked.forEach(i -> {
            int k = now.indexOf(old.event(i).id());
            if (k >= 0) {
                bits.set(k);
            }
        });
        return EventSelection.of(now.size(), bits);
    }

    public EventStore store() {
        return dataset.get().store();
    }

    /** The time window events must overlap to be shown on the map; null shows all time. */
    public ObjectProperty<TimeWindow> timeWindowProperty() {
        return timeWindow;
    }

    public TimeWindow getTimeWindow() {
        return timeWindow.get();
    }

    public void setTimeWindow(TimeWindow value) {
        timeWindow.set(value);
    }

    /** The facet filters; never null ({@link EventFilter#NONE} keeps everything). */
    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    public void setFilter(EventFilter value) {
        filter.set(value);
    }

    /** Store index of the selected event, or -1. Values outside the store are stored as -1. */
    public IntegerProperty selectedEventProperty() {
        return selectedEvent;
    }

    public int getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(int index) {
        selectedEvent.set(index);
    }

    /** Store index of the event under the pointer in any view, or -1. */
    public IntegerProperty hoveredEventProperty() {
        return hoveredEvent;
    }

    public int getHoveredEvent() {
        return hoveredEvent.get();
    }

    public void setHoveredEvent(int index) {
        hoveredEvent.set(index);
    }

    /**
     * A set of events picked together (a box drawn on the map): every view highlights them. Never null; an
     * empty selection picks nothing. Independent of {@link #selectedEventProperty()}, the one event read in
     * detail.
     */
    public ObjectProperty<EventSelection> selectionProperty() {
        return selection;
    }

    public EventSelection getSelection() {
        return selection.get();
    }

    public void setSelection(EventSelection value) {
        selection.set(value);
    }

    /** The events that pass the filters, whatever their date. */
    public ReadOnlyObjectProperty<EventSelection> filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    public EventSelection getFiltered() {
        return filtered.get();
    }

    /** The events that pass the filters and overlap the time window: what the map shows. */
    public ReadOnlyObjectProperty<EventSelection> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public EventSelection getVisible() {
        return visible.get();
    }

    private void refilter() {
        filtered.set(store().select(filter.get()));
        rewindow();
    }

    private void rewindow() {
        visible.set(store().within(filtered.get(), timeWindow.get()));
    }

    /** An event index that falls back to -1 when it does not name an event of the current store. */
    private final class IndexProperty extends SimpleIntegerProperty {
        IndexProperty(String name) {
            super(ViewState.this, name, -1);
        }

        @Override
        public void set(int index) {
            Dataset d = dataset.get();
            super.set(d != null && index >= 0 && index < d.store().size() ? index : -1);
        }
    }
}
