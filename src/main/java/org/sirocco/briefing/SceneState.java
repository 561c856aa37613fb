package org.sirocco.briefing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.state.ViewState;

/**
 * Moves scenes in and out of the shared view state: the time window, the filters and the highlighted events. The
 * map extent is the map's business; whoever owns the map applies it.
 */
public final class SceneState {

    /** More highlighted events than this are not worth a line each in a briefing file. */
    static final int MAX_HIGHLIGHTED = 5_000;

    private SceneState() {
    }

    /** The view state's part of a scene: the selected event first, then the picked ones in time order. */
    public static BriefingScene capture(ViewState state, String name, MapExtent extent, String note) {
        EventStore store = state.store();
        List<String> ids = new ArrayList<>();
        int selected = state.getSelectedEvent();
        if (selected >= 0) {
            ids.add(store.event(selected).id());
        }
        EventSelection picked = state.getSelection();
        for (int i = picked.nextSetBit(0); i >= 0 && ids.size() < MAX_HIGHLIGHTED; i = picked.nextSetBit(i + 1)) {
            if (i != selected) {
                ids.add(store.event(i).id());
            }
        }
        return new BriefingScene(name, state.getTimeWindow(), state.getFilter(), extent, ids, note);
    }

    /**
     * Shows {@code scene}'s window, filters and highlights. Ids the dataset does not hold are skipped.
     *
     * @return how many highlighted ids the dataset does not hold
     */
    public static int apply(BriefingScene scene, ViewState state) {
        EventStore store = state.store();
        state.setFilter(scene.filter());
        state.setTimeWindow(scene.window());
        BitSet picked = new BitSet(store.size());
        int first = -1;
        int missing = 0;
        for (String id : scene.highlighted()) {
            int index = store.indexOf(id);
            if (index < 0) {
                missing++;
            } else {
                picked.set(index);
                first = first < 0 ? index : first;
            }
        }
        // A single highlight is the event read in detail; several are a pick, with the first read in detail.
        state.setSelection(picked.cardinality() > 1 ? EventSelection.of(store.size(), picked) : null);
        state.setSelectedEvent(first);
        return missing;
    }
}
