package org.sirocco.data;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many events each facet value would show with the other filters as they are (and the time window): the
 * numbers beside each choice in the filter panel. A value's count ignores its own facet, so a user sees what
 * ticking it would add.
 */
public record FacetCounts(Map<Category, Integer> categories, Map<String, Integer> subtypes,
        Map<String, Integer> countries, Map<String, Integer> actors, Map<Confidence, Integer> confidences) {

    public static FacetCounts of(EventStore store, EventFilter filter, TimeWindow window) {
        EventSelection base = base(store, filter, window, EventStore.Facet.CATEGORY);
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            categories.put(c, base.countAnd(store.withCategory(c)));
        }
        base = base(store, filter, window, EventStore.Facet.SUBTYPE);
        Map<String, Integer> subtypes = new LinkedHashMap<>();
        for (String s : Category.allSubtypes()) {
            subtypes.put(s, base.countAnd(store.withSubtype(s)));
        }
        base = base(store, filter, window, EventStore.Facet.COUNTRY);
        Map<String, Integer> countries = new LinkedHashMap<>();
        for (String c : store.countries()) {
            countries.put(c, base.countAnd(store.inCountry(c)));
        }
        base = base(store, filter, window, EventStore.Facet.ACTOR);
        Map<String, Integer> actors = new LinkedHashMap<>();
        for (String a : store.actors()) {
            actors.put(a, base.countAnd(store.withActor(a)));
        }
        base = base(store, filter, window, EventStore.Facet.CONFIDENCE);
        Map<Confidence, Integer> confidences = new EnumMap<>(Confidence.class);
        for (Confidence c : Confidence.values()) {
            confidences.put(c, base.countAnd(store.withConfidence(c)));
        }
        return new FacetCounts(categories, subtypes, countries, actors, confidences);
    }

    private static EventSelection base(EventStore store, EventFilter filter, TimeWindow window,
            EventStore.Facet ignored) {
        return store.within(store.selectExcept(filter, ignored), window);
    }
}
