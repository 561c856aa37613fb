package org.sirocco.data;

/**
 * A loaded dataset.
 *
 * @param name      the name the file gives itself, shown in the window title
 * @param origin    where it was read from (a path or a bundled resource), for messages
 * @param store     its valid events
 * @param synthetic true for generated test data, which the app must never present as real
 */
public record Dataset(String name, String origin, EventStore store, boolean synthetic) {
}
