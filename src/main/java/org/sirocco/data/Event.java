package org.sirocco.data;

import java.time.LocalDate;
import java.util.List;

/**
 * One event with all its details, as curated in the dataset.
 *
 * @param start     first day of the event (of its period when the precision is a month or a year)
 * @param end       last day of the event (of its period when the precision is a month or a year); never before start
 * @param splitFrom for a formation event, the groups the new group left (never also among its perpetrators, so
 *                  that picking the group left does not list the splits away from it); empty otherwise
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
        List<String> splitFrom,
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
        splitFrom = List.copyOf(splitFrom);
        states = List.copyOf(states);
        agencies = List.copyOf(agencies);
        sources = List.copyOf(sources);
    }

    /** An event that no group split from: every kind but some formations. */
    public Event(String id, LocalDate start, LocalDate end, DatePrecision precision, boolean hasEndDate,
            Category category, String subtype, String title, String summary, List<Place> places,
            List<String> perpetrators, List<String> states, List<String> agencies, Count killed, Count injured,
            Count arrested, List<Source> sources, Confidence confidence, String notes) {
        this(id, start, end, precision, hasEndDate, category, subtype, title, summary, places, perpetrators,
                List.of(), states, agencies, killed, injured, arrested, sources, confidence, notes);
    }

    /** The place a single marker stands for. */
    public Place primaryPlace() {
        return places.get(0);
    }
}
