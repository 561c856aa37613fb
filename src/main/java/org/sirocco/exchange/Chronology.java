package org.sirocco.exchange;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.Source;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Language;

/**
 * A printable chronology of the events shown, for a briefing's annex: a row per event in date order (the date with
 * its precision, the place, the category, the title, the tolls and the numbers of its sources), the sources listed
 * once each at the end, and a header saying what was chosen.
 *
 * @param rows    the events in date order
 * @param sources every source cited, numbered from 1 in the order of first citation
 */
public record Chronology(Header header, List<Row> rows, List<Source> sources) {

    /** The table's columns, whose headings are the messages {@code chronology.column.*}. */
    public static final List<String> COLUMNS = List.of("date", "place", "category", "title", "killed", "injured",
            "sources");

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

    /** The chronology of {@code shown}, its dates written in {@code locale}. */
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

    /**
     * The filters in words, in the language of {@code messages} ("categories: Attack; countries: TN; search:
     * “Sousse”"), or null for none.
     */
    public static String describe(EventFilter f, ResourceBundle messages) {
        if (f == null || f.isEmpty()) {
            return null;
        }
        Locale locale = Language.of(messages).locale();
        String comma = messages.getString("chronology.filter.listSeparator");
        List<String> parts = new ArrayList<>();
        if (!f.categories().isEmpty()) {
            parts.add(part(messages, "chronology.filter.categories", String.join(comma, f.categories().stream()
                    .sorted().map(c -> messages.getString("category." + c.id())).toList())));
        }
        if (!f.subtypes().isEmpty()) {
            parts.add(part(messages, "chronology.filter.subtypes", String.join(comma, f.subtypes().stream().sorted()
                    .toList())));
        }
        if (!f.countries().isEmpty()) {
            parts.add(part(messages, "chronology.filter.countries", String.join(comma, f.countries().stream()
                    .sorted().toList())));
        }
        if (!f.actors().isEmpty()) {
            parts.add(part(messages, "chronology.filter.actors", String.join(comma, f.actors().stream().sorted()
                    .toList())));
        }
        if (!f.confidences().isEmpty()) {
            parts.add(part(messages, "chronology.filter.confidence", String.join(comma, f.confidences().stream()
                    .sorted().map(c -> messages.getString("filter.confidence." + c.id())).toList())));
        }
        if (f.hasKilledRange()) {
            NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
            parts.add(part(messages, "chronology.filter.killed",
                    numbers.format(f.killedMin() == null ? 0 : f.killedMin()),
                    f.killedMax() == null ? messages.getString("chronology.filter.killedAny")
                            : numbers.format(f.killedMax())));
        }
        if (f.query() != null && !f.query().isBlank()) {
            parts.add(part(messages, "chronology.filter.search", f.query().strip()));
        }
        return String.join(messages.getString("chronology.filter.separator"), parts);
    }

    private static String part(ResourceBundle messages, String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), Language.of(messages).locale()).format(arguments);
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

    /** A toll for the table, in {@code locale}'s digits and grouping: the count or its range, or an en dash. */
    public static String toll(Count c, Locale locale) {
        if (!c.isKnown()) {
            return "\u2013";
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        return c.isRange() ? numbers.format(c.min()) + "\u2013" + numbers.format(c.max()) : numbers.format(c.min());
    }
}
