package org.sirocco.edit.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.edit.EventDraft;

/**
 * What the editor needs from the window around it, handed in so that it sees no view.
 *
 * @param actors         the catalogue names come from, as it is now
 * @param store          the events as they are now: for likely duplicates
 * @param idTaken        whether an id is used by another event
 * @param outsideCountry what is wrong with a place's stated country, or null
 * @param placeNames     gazetteer names starting with what is typed, each as a place to fill in (name, country,
 *                       coordinates)
 * @param addActor       adds an actor to the catalogue (a step that can be undone)
 * @param showEvent      goes to another event by id (a likely duplicate)
 * @param save           saves the event the editor checked (a new one or a change)
 */
public record EditorContext(ResourceBundle messages, Supplier<ActorCatalog> actors, Supplier<EventStore> store,
        Predicate<String> idTaken, Function<Place, String> outsideCountry,
        Function<String, List<EventDraft.PlaceDraft>> placeNames, Consumer<Actor> addActor,
        Consumer<String> showEvent, Consumer<Event> save, Supplier<LocalDate> today) {
}
