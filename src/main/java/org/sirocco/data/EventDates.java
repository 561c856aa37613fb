package org.sirocco.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An event's date as people write it, honest about its precision: "14 September 2016", "September 2016". */
public final class EventDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private EventDates() {
    }

    public static String format(Event e) {
        return format(e, Locale.ENGLISH);
    }

    /** The event's date in {@code locale}'s words: "18 mars 2015", "18 مارس 2015". */
    public static String format(Event e, Locale locale) {
        String start = format(e.start(), e.precision(), locale);
        if (!e.hasEndDate()) {
            return start;
        }
        LocalDate endStart = e.precision() == DatePrecision.DAY ? e.end()
                : e.precision() == DatePrecision.MONTH ? e.end().withDayOfMonth(1) : e.end().withDayOfYear(1);
        String end = format(endStart, e.precision(), locale);
        return start.equals(end) ? start : start + " \u2013 " + end;
    }

    public static String format(LocalDate day, DatePrecision precision) {
        return format(day, precision, Locale.ENGLISH);
    }

    private static String format(LocalDate day, DatePrecision precision, Locale locale) {
        return switch (precision) {
            case DAY -> day.format(DAY.withLocale(locale));
            case MONTH -> day.format(MONTH.withLocale(locale));
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** A whole-day window as "3 March 2015 – 6 April 2016". */
    public static String format(TimeWindow w) {
        return format(w, Locale.ENGLISH);
    }

    /** A whole-day window in {@code locale}'s words: "3 mars 2015 – 6 avril 2016". */
    public static String format(TimeWindow w, Locale locale) {
        DateTimeFormatter day = DAY.withLocale(locale);
        LocalDate first = w.firstDay();
        LocalDate last = w.lastDay();
        return first.equals(last) ? first.format(day) : first.format(day) + " \u2013 " + last.format(day);
    }
}
