package org.sirocco.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sirocco.i18n.Language;

/**
 * One event with all its details, as curated in the dataset.
 *
 * @param start     first day of the event (of its period when the precision is a month or a year)
 * @param end       last day of the event (of its period when the precision is a month or a year); never before start
 * @param splitFrom for a formation event, the groups the new group left (never also among its perpetrators, so
 *                  that picking the group left does not list the splits away from it); empty otherwise
 * @param added     when the event entered the dataset, or null when not recorded (events curated before the editor)
 * @param changed   when the event last changed, or null when not recorded
 * @param titles    the title in other languages than English (French, Arabic), each when the dataset gives it
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
        String notes,
        Instant added,
        Instant changed,
        Map<Language, String> titles) {

    public Event {
        titles = Map.copyOf(titles);
        places = List.copyOf(places);
        perpetrators = List.copyOf(perpetrators);
        splitFrom = List.copyOf(splitFrom);
        states = List.copyOf(states);
        agencies = List.copyOf(agencies);
        sources = List.copyOf(sources);
    }

    /** An event titled in English only. */
    public Event(String id, LocalDate start, LocalDate end, DatePrecision precision, boolean hasEndDate,
            Category category, String subtype, String title, String summary, List<Place> places,
            List<String> perpetrators, List<String> splitFrom, List<String> states, List<String> agencies,
            Count killed, Count injured, Count arrested, List<Source> sources, Confidence confidence, String notes,
            Instant added, Instant changed) {
        this(id, start, end, precision, hasEndDate, category, subtype, title, summary, places, perpetrators,
                splitFrom, states, agencies, killed, injured, arrested, sources, confidence, notes, added, changed,
                Map.of());
    }

    /** An event whose entry into the dataset and last change are not recorded. */
    public Event(String id, LocalDate start, LocalDate end, DatePrecision precision, boolean hasEndDate,
            Category category, String subtype, String title, String summary, List<Place> places,
            List<String> perpetrators, List<String> splitFrom, List<String> states, List<String> agencies,
            Count killed, Count injured, Count arrested, List<Source> sources, Confidence confidence, String notes) {
        this(id, start, end, precision, hasEndDate, category, subtype, title, summary, places, perpetrators,
                splitFrom, states, agencies, killed, injured, arrested, sources, confidence, notes, null, null);
    }

    /** An event that no group split from: every kind but some formations. */
    public Event(String id, LocalDate start, LocalDate end, DatePrecision precision, boolean hasEndDate,
            Category category, String subtype, String title, String summary, List<Place> places,
            List<String> perpetrators, List<String> states, List<String> agencies, Count killed, Count injured,
            Count arrested, List<Source> sources, Confidence confidence, String notes) {
        this(id, start, end, precision, hasEndDate, category, subtype, title, summary, places, perpetrators,
                List.of(), states, agencies, killed, injured, arrested, sources, confidence, notes);
    }

    /** This event as recorded at {@code added} and last changed at {@code changed}. */
    public Event withHistory(Instant addedAt, Instant changedAt) {
        return new Event(id, start, end, precision, hasEndDate, category, subtype, title, summary, places,
                perpetrators, splitFrom, states, agencies, killed, injured, arrested, sources, confidence, notes,
                addedAt, changedAt, titles);
    }

    /** This event with {@code byLanguage} as its titles in other languages than English. */
    public Event withTitles(Map<Language, String> byLanguage) {
        return new Event(id, start, end, precision, hasEndDate, category, subtype, title, summary, places,
                perpetrators, splitFrom, states, agencies, killed, injured, arrested, sources, confidence, notes,
                added, changed, byLanguage);
    }

    /** The title in {@code language} where the dataset gives one, else the English title. */
    public String title(Language language) {
        return titles.getOrDefault(language, title);
    }

    /** The latest of when it was added and when it last changed, or null when neither is recorded. */
    public Instant lastTouched() {
        return changed != null ? changed : added;
    }

    /** The place a single marker stands for. */
    public Place primaryPlace() {
        return places.get(0);
    }
}
