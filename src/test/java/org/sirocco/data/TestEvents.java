package org.sirocco.data;

import java.time.LocalDate;
import java.util.List;

/** Builds small events for tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Event event(String id, String date, Category category, String country, double lat, double lon) {
        LocalDate d = LocalDate.parse(date);
        return event(id, d, d, category, country, lat, lon);
    }

    public static Event event(String id, LocalDate start, LocalDate end, Category category, String country,
            double lat, double lon) {
        return new Event(id, start, end, DatePrecision.DAY, !end.equals(start), category,
                category.subtypes().get(0), "Title of " + id, "Summary of " + id + ".",
                List.of(new Place("Somewhere", country, lat, lon, PlacePrecision.TOWN)), List.of(), List.of(),
                List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("A source", "A publisher", null, "https://example.org/" + id)),
                Confidence.HIGH, null);
    }

    /** An event naming {@code perpetrators} and, for a diplomatic event, {@code states}, in several places. */
    public static Event event(String id, String date, Category category, List<String> perpetrators,
            List<String> states, Place... places) {
        LocalDate d = LocalDate.parse(date);
        return new Event(id, d, d, DatePrecision.DAY, false, category, category.subtypes().get(0), "Title of " + id,
                "Summary of " + id + ".", List.of(places), perpetrators, states, List.of(), Count.UNKNOWN,
                Count.UNKNOWN, Count.UNKNOWN, List.of(new Source("A source", "A publisher", null,
                        "https://example.org/" + id)), Confidence.HIGH, null);
    }

    /** {@code e} with another death toll. */
    public static Event withKilled(Event e, Count killed) {
        return new Event(e.id(), e.start(), e.end(), e.precision(), e.hasEndDate(), e.category(), e.subtype(),
                e.title(), e.summary(), e.places(), e.perpetrators(), e.splitFrom(), e.states(), e.agencies(), killed,
                e.injured(), e.arrested(), e.sources(), e.confidence(), e.notes(), e.added(), e.changed());
    }

    public static Place place(String name, String country, double lat, double lon) {
        return new Place(name, country, lat, lon, PlacePrecision.TOWN);
    }
}
