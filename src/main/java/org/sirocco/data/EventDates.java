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
        String start = format(e.start(), e.precision());
        if (!e.hasEndDate()) {
            return start;
        }
        LocalDate endStart = e.precision() == DatePrecision.DAY ? e.end()
                : e.precision() == DatePrecision.MONTH ? e.end().withDayOfMonth(1) : e.end().withDayOfYear(1);
        String end = format(endStart, e.precision());
        return start.equals(end) ? start : start + " \u2013 " + end;
    }

    public static String format(LocalDate day, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day.format(DAY);
            case MONTH -> day.format(MONTH);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** A whole-day window as "3 March 2015 – 6 April 2016". */
    public static String format(TimeWindow w) {
        LocalDate first = w.firstDay();
        LocalDate last = w.lastDay();
        return first.equals(last) ? first.format(DAY) : first.format(DAY) + " \u2013 " + last.format(DAY);
    }
}
