package org.sirocco.briefing;

import java.util.List;
import java.util.Objects;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TimeWindow;

/**
 * One saved view of a briefing.
 *
 * @param window      the time window, or null for all time
 * @param filter      the facet filters and the search query; never null
 * @param extent      the map area, or null for the whole region
 * @param highlighted ids of the events picked out on the map and the timeline; the first is also read in detail
 * @param note        a few words for the audience, shown as the caption; may be empty
 */
public record BriefingScene(String name, TimeWindow window, EventFilter filter, MapExtent extent,
        List<String> highlighted, String note) {

    public BriefingScene {
        Objects.requireNonNull(name, "name");
        filter = filter == null ? EventFilter.NONE : filter;
        highlighted = List.copyOf(highlighted);
        note = note == null ? "" : note;
    }

    public BriefingScene withName(String value) {
        return new BriefingScene(value, window, filter, extent, highlighted, note);
    }

    public BriefingScene withNote(String value) {
        return new BriefingScene(name, window, filter, extent, highlighted, value);
    }

    /** This scene showing {@code view}'s window, filters, extent and highlights, keeping its name and note. */
    public BriefingScene showing(BriefingScene view) {
        return new BriefingScene(name, view.window, view.filter, view.extent, view.highlighted, note);
    }
}
