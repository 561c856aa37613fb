package org.sirocco.data;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which events pass the facet filters. An empty set means "no restriction" for that facet.
 *
 * @param categories categories to keep
 * @param countries  ISO alpha-2 codes to keep: an event passes when any of its places is in one of them
 */
public record EventFilter(Set<Category> categories, Set<String> countries) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of());

    public EventFilter {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        countries = Set.copyOf(countries);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && countries.isEmpty();
    }

    public EventFilter withCategories(Set<Category> newCategories) {
        return new EventFilter(newCategories, countries);
    }

    public EventFilter withCountries(Set<String> newCountries) {
        return new EventFilter(categories, newCountries);
    }
}
