package org.sirocco.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sirocco.data.DatePrecision;

/**
 * A date as GeoJSON properties and KML times give it, at its own precision: {@code 2016}, {@code 2016-02},
 * {@code 2016-02-18}, a date-time with or without a zone (the day as written there), or a Unix timestamp.
 *
 * @param day       the first day of the period it names
 * @param precision year, month or day
 */
public record DateText(LocalDate day, DatePrecision precision) {

    private static final Pattern ISO = Pattern.compile(
            "(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern NUMBER = Pattern.compile("\\d{9,13}(\\.\\d+)?");

    /**
     * Reads {@code text}, or returns null when it is no date of these forms.
     *
     * @throws DateTimeException when it has such a form but names no real day
     */
    public static DateText parse(String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new DateText(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new DateText(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new DateText(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
        }
        if (NUMBER.matcher(t).matches()) {
            double value = Double.parseDouble(t);
            // Ten digits are seconds (up to 2286); thirteen are milliseconds, as JavaScript writes them.
            long seconds = t.indexOf('.') < 0 && t.length() >= 12 ? (long) (value / 1000) : (long) value;
            return new DateText(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).toLocalDate(),
                    DatePrecision.DAY);
        }
        for (DateForm form : DateForm.values()) {
            LocalDate day = form == DateForm.MONTH_DAY_YEAR_SLASH || form.twoDigitYear() ? null
                    : form.parse(t, LocalDate.now());
            if (day != null) {
                return new DateText(day, DatePrecision.DAY);
            }
        }
        return null;
    }
}
