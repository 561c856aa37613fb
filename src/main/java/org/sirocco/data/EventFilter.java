package org.sirocco.data;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events pass the filters. Within a facet the chosen values are alternatives (any of them), across facets
 * all must hold; an empty set means "no restriction" for that facet.
 *
 * @param categories  categories to keep
 * @param subtypes    subtypes to keep (subtype ids are unique across categories)
 * @param countries   ISO alpha-2 codes: an event passes when any of its places is in one of them
 * @param actors      groups, agencies and forces: an event passes when it names any of them as perpetrator or agency
 * @param confidences confidence levels to keep
 * @param killedMin   least number of people killed (upper bound of the count), or null; when either bound is set,
 *                    events whose toll is unknown are left out
 * @param killedMax   greatest number of people killed (lower bound of the count), or null
 * @param query       words that must all appear in an event's text (case and accents ignored), or blank
 * @param changedSince keeps the events added or changed on or after this day (by their recorded history), or null
 */
public record EventFilter(Set<Category> categories, Set<String> subtypes, Set<String> countries, Set<String> actors,
        Set<Confidence> confidences, Integer killedMin, Integer killedMax, String query, LocalDate changedSince) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
            null, "", null);

    public EventFilter {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        subtypes = Set.copyOf(subtypes);
        countries = Set.copyOf(countries);
        actors = Set.copyOf(actors);
        confidences = confidences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(confidences));
        query = query == null ? "" : query.strip();
        if (killedMin != null && killedMax != null && killedMax < killedMin) {
            throw new IllegalArgumentException("killed range " + killedMin + ".." + killedMax);
        }
    }

    /** A filter on everything but the events' history. */
    public EventFilter(Set<Category> categories, Set<String> subtypes, Set<String> countries, Set<String> actors,
            Set<Confidence> confidences, Integer killedMin, Integer killedMax, String query) {
        this(categories, subtypes, countries, actors, confidences, killedMin, killedMax, query, null);
    }

    /** A filter on categories and countries only. */
    public EventFilter(Set<Category> categories, Set<String> countries) {
        this(categories, Set.of(), countries, Set.of(), Set.of(), null, null, "");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** How many facets narrow the events (the casualty range and the query count as one each). */
    public int activeFacets() {
        return (categories.isEmpty() ? 0 : 1) + (subtypes.isEmpty() ? 0 : 1) + (countries.isEmpty() ? 0 : 1)
                + (actors.isEmpty() ? 0 : 1) + (confidences.isEmpty() ? 0 : 1) + (hasKilledRange() ? 1 : 0)
                + (query.isBlank() ? 0 : 1) + (changedSince == null ? 0 : 1);
    }

    public boolean hasKilledRange() {
        return killedMin != null || killedMax != null;
    }

    public EventFilter withCategories(Set<Category> value) {
        return new EventFilter(value, subtypes, countries, actors, confidences, killedMin, killedMax, query,
                changedSince);
    }

    public EventFilter withSubtypes(Set<String> value) {
        return new EventFilter(categories, value, countries, actors, confidences, killedMin, killedMax, query,
                changedSince);
    }

    public EventFilter withCountries(Set<String> value) {
        return new EventFilter(categories, subtypes, value, actors, confidences, killedMin, killedMax, query,
                changedSince);
    }

    public EventFilter withActors(Set<String> value) {
        return new EventFilter(categories, subtypes, countries, value, confidences, killedMin, killedMax, query,
                changedSince);
    }

    public EventFilter withConfidences(Set<Confidence> value) {
        return new EventFilter(categories, subtypes, countries, actors, value, killedMin, killedMax, query,
                changedSince);
    }

    public EventFilter withKilled(Integer min, Integer max) {
        return new EventFilter(categories, subtypes, countries, actors, confidences, min, max, query, changedSince);
    }

    /** Keeps the events added or changed on or after {@code day}; null drops that condition. */
    public EventFilter withChangedSince(LocalDate day) {
        return new EventFilter(categories, subtypes, countries, actors, confidences, killedMin, killedMax, query, day);
    }

    public EventFilter withQuery(String value) {
        return new EventFilter(categories, subtypes, countries, actors, confidences, killedMin, killedMax, value,
                changedSince);
    }
}
