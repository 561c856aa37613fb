package org.sirocco.edit;

import java.util.List;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;

/**
 * What the dataset has that its file does not: the events added or changed (whole), the ids deleted and the actors
 * added to the catalogue. What the recovery journal keeps.
 *
 * @param dataset the file the changes apply to, as a path; null for the bundled dataset
 */
public record UnsavedChanges(String dataset, List<Event> events, List<String> deleted,
        List<Actor> actors) {

    public UnsavedChanges {
        events = List.copyOf(events);
        deleted = List.copyOf(deleted);
        actors = List.copyOf(actors);
    }

    public boolean isEmpty() {
        return events.isEmpty() && deleted.isEmpty() && actors.isEmpty();
    }
}
