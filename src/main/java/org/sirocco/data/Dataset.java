package org.sirocco.data;

import java.util.List;

/**
 * A loaded dataset.
 *
 * @param name      the name the file gives itself, shown in the window title
 * @param origin    where it was read from (a path or a bundled resource), for messages
 * @param store     its valid events
 * @param synthetic true for generated test data, which the app must never present as real
 * @param actors    the actors the file itself describes (those an import added), beside the bundled glossary
 */
public record Dataset(String name, String origin, EventStore store, boolean synthetic, List<Actor> actors) {

    public Dataset {
        actors = List.copyOf(actors);
    }

    /** A dataset that describes no actor of its own. */
    public Dataset(String name, String origin, EventStore store, boolean synthetic) {
        this(name, origin, store, synthetic, List.of());
    }
}
