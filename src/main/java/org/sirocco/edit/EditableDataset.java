package org.sirocco.edit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.EventsFileWriter;

/**
 * The dataset being curated: its events by id, in the canonical order of its file, and the actor catalogue their
 * names come from. Changed only by commands; each change is shown as a new immutable {@link Dataset}.
 */
public final class EditableDataset {

    private final String name;
    private final String origin;
    private final boolean synthetic;
    /** The actors the file describes itself (those an import added), written back with its events. */
    private final List<Actor> ownActors;
    private final Map<String, Event> byId = new HashMap<>();
    private final TreeSet<Event> ordered = new TreeSet<>(EventsFileWriter.CANONICAL_ORDER);
    private final Map<String, Actor> actors = new java.util.LinkedHashMap<>();

    public EditableDataset(String name, String origin, boolean synthetic, Collection<Event> events,
            List<Actor> ownActors, ActorCatalog catalog) {
        this.name = name;
        this.origin = origin;
        this.synthetic = synthetic;
        this.ownActors = List.copyOf(ownActors);
        events.forEach(this::put);
        catalog.all().forEach(a -> actors.put(a.name(), a));
    }

    /** The events of a dataset shown, to edit: its details must be in memory. */
    public static EditableDataset of(Dataset dataset, ActorCatalog catalog) {
        return new EditableDataset(dataset.name(), dataset.origin(), dataset.synthetic(), dataset.store().events(),
                dataset.actors(), catalog);
    }

    public String name() {
        return name;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public int size() {
        return byId.size();
    }

    /** The event with this id, or null. */
    public Event get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The events in the canonical order of the file. */
    public List<Event> events() {
        return List.copyOf(ordered);
    }

    /** Adds the event, or replaces the one with its id; returns the one replaced, or null. */
    Event put(Event e) {
        Event old = byId.put(e.id(), e);
        if (old != null) {
            ordered.remove(old);
        }
        ordered.add(e);
        return old;
    }

    /** Removes the event with this id; returns it, or null. */
    Event remove(String id) {
        Event old = byId.remove(id);
        if (old != null) {
            ordered.remove(old);
        }
        return old;
    }

    public ActorCatalog actors() {
        return new ActorCatalog(List.copyOf(actors.values()));
    }

    public boolean hasActor(String actorName) {
        return actors.containsKey(actorName);
    }

    void addActor(Actor a) {
        actors.put(a.name(), a);
    }

    void removeActor(String actorName) {
        actors.remove(actorName);
    }

    /** The dataset as it is now, as the views show it. */
    public Dataset snapshot() {
        EventStore.Builder b = EventStore.builder(ordered.size());
        ordered.forEach(b::add);
        return new Dataset(name, origin, b.build(), synthetic, ownActors);
    }
}
