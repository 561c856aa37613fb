package org.sirocco.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.Source;
import org.sirocco.data.TimeWindow;

/**
 * A printable chronology of the events shown, for a briefing's annex: a row per event in date order (the date with
 * its precision, the place, the category, the title, the tolls and the numbers of its sources), the sources listed
 * once each at the end, and a header saying what was chosen.
 *
 * @param rows    the events in date order
 * @param sources every source cited, numbered from 1 in the order of first citation
 */
public record Chronology(Header header, List<Row> rows, List<Source> sources) {

    /** Paper sizes, in PostScript points. */
    public enum PageSize {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        private final float width;
        private final float height;

        PageSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() {
            return width;
        }

        public float height() {
            return height;
        }
    }

    /**
     * What the chronology is of.
     *
     * @param dataset the dataset's name
     * @param filters the filters in words, or null for none
     * @param window  the time window in words, or null for all dates
     * @param credits the credit lines its data asks for
     */
    public record Header(String dataset, String filters, String window, List<String> credits) {
    }

    /**
     * One event.
     *
     * @param date       the date as written with its precision ("September 2016" for a month)
     * @param sourceRefs the numbers of its sources in {@link #sources()}
     */
    public record Row(String date, String place, Category category, String title, Count killed, Count injured,
            List<Integer> sourceRefs) {
    }

    public static Chronology of(Dataset dataset, EventSelection shown, String filters, TimeWindow window,
            Locale locale) {
        Map<Source, Integer> numbers = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>(shown.count());
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            Event e = dataset.store().event(i);
            List<Integer> refs = new ArrayList<>(e.sources().size());
            for (Source s : e.sources()) {
                refs.add(numbers.computeIfAbsent(s, k -> numbers.size() + 1));
            }
            String place = e.primaryPlace().name() + ", " + e.primaryPlace().country()
                    + (e.places().size() > 1 ? " (+" + (e.places().size() - 1) + ")" : "");
            rows.add(new Row(EventDates.format(e, locale), place, e.category(), e.title(), e.killed(), e.injured(), refs));
        }
        Header header = new Header(dataset.name(), filters, window == null ? null : EventDates.format(window, locale),
                EventExport.credits(dataset.store(), shown));
        return new Chronology(header, rows, new ArrayList<>(numbers.keySet()));
    }

    /** The filters in words ("categories: attack, dismantling; countries: TN; search: "Sousse""), or null. */
    public static String describe(EventFilter f) {
        if (f == null || f.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!f.categories().isEmpty()) {
            parts.add("categories: " + String.join(", ", f.categories().stream().map(Category::id).sorted().toList()));
        }
        if (!f.subtypes().isEmpty()) {
            parts.add("subtypes: " + String.join(", ", f.subtypes().stream().sorted().toList()));
        }
        if (!f.countries().isEmpty()) {
            parts.add("countries: " + String.join(", ", f.countries().stream().sorted().toList()));
        }
        if (!f.actors().isEmpty()) {
            parts.add("groups and agencies: " + String.join(", ", f.actors().stream().sorted().toList()));
        }
        if (!f.confidences().isEmpty()) {
            parts.add("confidence: " + String.join(", ", f.confidences().stream().map(c -> c.id()).sorted()
                    .toList()));
        }
        if (f.hasKilledRange()) {
            parts.add("killed: " + (f.killedMin() == null ? "0" : f.killedMin()) + " to "
                    + (f.killedMax() == null ? "any" : f.killedMax()));
        }
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("search: \u201c" + f.query().strip() + "\u201d");
        }
        return String.join("; ", parts);
    }

    /** A source as the list at the end gives it: title, publisher, date and address when known. */
    public static String cite(Source s) {
        StringBuilder b = new StringBuilder(s.title()).append(". ").append(s.publisher());
        if (s.date() != null) {
            b.append(", ").append(s.date());
        }
        b.append('.');
        if (s.url() != null) {
            b.append(' ').append(s.url());
        }
        return b.toString();
    }

    /** The sources of a row as "[1], [4]". */
    public static String refs(Row r) {
        return String.join(", ", r.sourceRefs().stream().map(n -> "[" + n + "]").toList());
    }

    /** A toll for the table: the count, or an en dash when unknown. */
    public static String toll(Count c) {
        return c.isKnown() ? c.toString() : "\u2013";
    }
}
