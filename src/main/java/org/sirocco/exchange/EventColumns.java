package org.sirocco.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;

/**
 * The columns of the CSV export, one row per event (docs/import-mapping.md lists them): a field added to events is
 * one more line here. Lists are joined with "; ", places as "name (CC) lat, lon", sources as
 * "title, publisher, date, address".
 */
public final class EventColumns {

    /** Whether a spreadsheet should take a column's cells as numbers (never altered) or as text (guarded). */
    public enum Kind { TEXT, NUMBER }

    /** One column: its header and its cell for an event ("" when the event has no value). */
    public record Column(String name, Kind kind, Function<Event, String> cell) {
    }

    private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.?0+$");

    public static final List<Column> ALL = List.of(
            text("id", Event::id),
            text("date", e -> e.precision().format(e.start())),
            text("date_precision", e -> e.precision().id()),
            text("end_date", e -> e.hasEndDate() ? e.precision().format(e.end()) : ""),
            text("start", e -> e.start() + "T00:00:00Z"),
            text("end", e -> e.end() + "T23:59:59Z"),
            text("category", e -> e.category().id()),
            text("subtype", Event::subtype),
            text("title", Event::title),
            text("summary", Event::summary),
            text("place", e -> e.primaryPlace().name()),
            text("country", e -> e.primaryPlace().country()),
            number("lat", e -> coordinate(e.primaryPlace().lat())),
            number("lon", e -> coordinate(e.primaryPlace().lon())),
            text("place_precision", e -> e.primaryPlace().precision().id()),
            text("places", e -> join(e.places(), EventColumns::place)),
            text("perpetrators", e -> String.join("; ", e.perpetrators())),
            text("states", e -> String.join("; ", e.states())),
            text("agencies", e -> String.join("; ", e.agencies())),
            number("killed_min", e -> min(e.killed())),
            number("killed_max", e -> max(e.killed())),
            number("injured_min", e -> min(e.injured())),
            number("injured_max", e -> max(e.injured())),
            number("arrested_min", e -> min(e.arrested())),
            number("arrested_max", e -> max(e.arrested())),
            text("confidence", e -> e.confidence().id()),
            text("sources", e -> join(e.sources(), EventColumns::source)),
            text("notes", e -> e.notes() == null ? "" : e.notes()));

    private EventColumns() {
    }

    public static List<String> headers() {
        return ALL.stream().map(Column::name).toList();
    }

    /** An event's row, text cells guarded against spreadsheet formulas. */
    public static List<String> row(Event e) {
        List<String> row = new ArrayList<>(ALL.size());
        for (Column c : ALL) {
            String value = c.cell().apply(e);
            row.add(c.kind() == Kind.TEXT ? guard(value) : value);
        }
        return row;
    }

    /**
     * A text cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return first) gets a leading apostrophe, which shows the text as it is.
     */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    private static Column text(String name, Function<Event, String> cell) {
        return new Column(name, Kind.TEXT, cell);
    }

    private static Column number(String name, Function<Event, String> cell) {
        return new Column(name, Kind.NUMBER, cell);
    }

    private static String coordinate(double v) {
        return TRAILING_ZEROS.matcher(String.format(Locale.ROOT, "%.6f", v)).replaceAll("");
    }

    private static String min(Count c) {
        return c.isKnown() ? Integer.toString(c.min()) : "";
    }

    private static String max(Count c) {
        return c.isKnown() ? Integer.toString(c.max()) : "";
    }

    private static String place(Place p) {
        return p.name() + " (" + p.country() + ") " + coordinate(p.lat()) + ", " + coordinate(p.lon());
    }

    private static String source(Source s) {
        StringBuilder b = new StringBuilder(s.title()).append(", ").append(s.publisher());
        if (s.date() != null) {
            b.append(", ").append(s.date());
        }
        if (s.url() != null) {
            b.append(", ").append(s.url());
        }
        return b.toString();
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return String.join("; ", items.stream().map(text).toList());
    }
}
