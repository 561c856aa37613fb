package org.sirocco.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An event's date as people write it in the reader's language, honest about its precision: "14 September 2016",
 * "septembre 2016", "14 شتنبر 2016".
 */
public final class EventDates {

    private static final String DAY = "d MMMM yyyy";
    private static final String MONTH = "MMMM yyyy";

    private EventDates() {
    }

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

    public static String format(LocalDate day, DatePrecision precision, Locale locale) {
        return switch (precision) {
            case DAY -> day.format(DateTimeFormatter.ofPattern(DAY, locale));
            case MONTH -> day.format(DateTimeFormatter.ofPattern(MONTH, locale));
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** A whole-day window in {@code locale}'s words: "3 mars 2015 – 6 avril 2016". */
    public static String format(TimeWindow w, Locale locale) {
        String first = format(w.firstDay(), DatePrecision.DAY, locale);
        String last = format(w.lastDay(), DatePrecision.DAY, locale);
        return first.equals(last) ? first : first + " \u2013 " + last;
    }
}
