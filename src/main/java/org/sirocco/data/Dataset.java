package org.sirocco.data;

/**
 * A loaded dataset.
 *
 * @param name   the name the file gives itself, shown in the window title
 * @param origin where it was read from (a path or a bundled resource), for messages
 * @param store  its valid events
 */
public record Dataset(String name, String origin, EventStore store) {
}
