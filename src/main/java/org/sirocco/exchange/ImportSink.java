package org.sirocco.exchange;

import org.sirocco.data.Actor;
import org.sirocco.data.Event;

/** Where a driver hands what it reads, record by record, in file order. */
public interface ImportSink {

    /** A record read as an event, still to be validated; {@code line} is where the record starts. */
    void event(int line, Event event);

    /**
     * A record that is already an event of the dataset schema (Sirocco's own export), as JSON on one line.
     *
     * @param id the id it gives, or null
     */
    void eventJson(int line, String json, String id);

    /** A record left out, with the problem that says why (a null problem for a reason that needs no detail). */
    void skipped(int line, SkipReason reason, String column, String problem);

    /** Something worth knowing about a record that was still imported (a date kept at a coarser precision). */
    void warning(int line, String column, String problem);

    /** An actor the glossary lacks, which the imported events name: it is added to the dataset. */
    void actor(Actor actor);

    /** Whether the reader should stop (the user cancelled, or a preview has read enough). */
    boolean stopRequested();
}
