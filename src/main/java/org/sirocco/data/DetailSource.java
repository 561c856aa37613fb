package org.sirocco.data;

/** Gives the full details of the event at a store index: kept in memory for small datasets, read back lazily from
 * the file for very large ones. */
@FunctionalInterface
public interface DetailSource {

    Event load(int index);

    /** Details held in memory, in store order. */
    static DetailSource inMemory(Event[] sorted) {
        return index -> sorted[index];
    }
}
