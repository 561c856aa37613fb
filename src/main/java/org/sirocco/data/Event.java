package org.sirocco.data;

import java.time.LocalDate;
import java.util.List;

/**
 * One event with all its details, as curated in the dataset.
 *
 * @param start first day of the event (of its period when the precision is a month or a year)
 * @param end   last day of the event (of its period when the precision is a month or a year); never before start
 */
public record Event(
        String id,
        LocalDate start,
        LocalDate end,
        DatePrecision precision,
        boolean hasEndDate,
        Category category,
        String subtype,
        String title,
        String summary,
        List<Place> places,
        List<String> perpetrators,
        List<String> states,
        List<String> agencies,
        Count killed,
        Count injured,
        Count arrested,
        List<Source> sources,
        Confidence confidence,
        String notes) {

    public Event {
        places = List.copyOf(places);
        perpetrators = List.copyOf(perpetrators);
        states = List.copyOf(states);
        agencies = List.copyOf(agencies);
        sources = List.copyOf(sources);
    }

    /** The place a single marker stands for. */
    public Place primaryPlace() {
        return places.get(0);
    }
}
