package org.sirocco.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** How precisely an event's date is known; a date is written in the dataset to its precision. */
public enum DatePrecision {
    DAY("day"), MONTH("month"), YEAR("year");

    private final String id;

    DatePrecision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DatePrecision> fromId(String id) {
        for (DatePrecision p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a date written to this precision ({@code 2016-09-14}, {@code 2016-09} or {@code 2016}) into the
     * first day of the period it names.
     *
     * @throws DateTimeParseException if the text is not of this precision's form or not a real date
     */
    public LocalDate parseFirstDay(String text) {
        // Read digit by digit rather than through DateTimeFormatter, whose first use costs tens of milliseconds.
        return switch (this) {
            case DAY -> {
                requireForm(text, "YYYY-MM-DD");
                yield LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            }
            case MONTH -> {
                requireForm(text, "YYYY-MM");
                yield LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), 1);
            }
            case YEAR -> {
                requireForm(text, "YYYY");
                yield LocalDate.of(digits(text, 0, 4), 1, 1);
            }
        };
    }

    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (text.charAt(i) - '0');
        }
        return v;
    }

    /** The last day of the period that starts on {@code firstDay} at this precision. */
    public LocalDate lastDay(LocalDate firstDay) {
        return switch (this) {
            case DAY -> firstDay;
            case MONTH -> YearMonth.from(firstDay).atEndOfMonth();
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
        };
    }

    /** Writes a date back in this precision's form. */
    public String format(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case MONTH -> YearMonth.from(day).toString();
            case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
        };
    }

    /** Checks that {@code text} has the shape of {@code form}: a digit for each Y, M, D and the same hyphens. */
    private static void requireForm(String text, String form) {
        boolean ok = text.length() == form.length();
        for (int i = 0; ok && i < form.length(); i++) {
            char c = text.charAt(i);
            ok = form.charAt(i) == '-' ? c == '-' : c >= '0' && c <= '9';
        }
        if (!ok) {
            throw new DateTimeParseException("expected the form " + form, text, 0);
        }
    }
}
