package org.sirocco.timeline;

import java.time.LocalDate;

/**
 * The calendar unit a brush snaps to: whole days, months or years, whichever the axis labels at the current zoom, so
 * that a brush drawn from one label to the next covers exactly the period between them.
 */
enum SnapUnit {
    DAY(1), MONTH(30.44), YEAR(365.25);

    /** Average length in days, to turn a drag's length into a number of units. */
    final double days;

    SnapUnit(double days) {
        this.days = days;
    }

    /** The first day of the unit holding {@code d}. */
    LocalDate floor(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** {@code d} moved by {@code n} units (negative: back). */
    LocalDate plus(LocalDate d, long n) {
        return switch (this) {
            case DAY -> d.plusDays(n);
            case MONTH -> d.plusMonths(n);
            case YEAR -> d.plusYears(n);
        };
    }

    /** The start of the unit holding epoch day {@code day} (fractional), as an epoch day. */
    double floor(double day) {
        return floor(LocalDate.ofEpochDay((long) Math.floor(day))).toEpochDay();
    }

    /** The boundary between two units nearest to epoch day {@code day} (fractional). */
    double round(double day) {
        LocalDate start = floor(LocalDate.ofEpochDay((long) Math.floor(day)));
        double before = start.toEpochDay();
        double after = plus(start, 1).toEpochDay();
        return day - before <= after - day ? before : after;
    }

    /** Epoch day {@code day}, a unit boundary, moved by {@code n} units. */
    double plus(double day, long n) {
        return plus(LocalDate.ofEpochDay((long) Math.floor(day)), n).toEpochDay();
    }
}
