package org.sirocco.data;

import java.time.LocalDate;

/**
 * A half-open interval of time {@code [startDay, endDay)} in epoch days (days since 1970-01-01, fractional
 * while a brush is dragged). An event is inside when its own days overlap it.
 */
public record TimeWindow(double startDay, double endDay) {

    public TimeWindow {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("empty time window " + startDay + ".." + endDay);
        }
    }

    /** The window covering whole days {@code first..last}, both included. */
    public static TimeWindow ofDays(LocalDate first, LocalDate last) {
        return new TimeWindow(first.toEpochDay(), last.toEpochDay() + 1);
    }

    /** The first day the window touches. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay((long) Math.floor(startDay));
    }

    /** The last day the window touches (its end is the start of the day after). */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay((long) Math.ceil(endDay) - 1);
    }

    public double length() {
        return endDay - startDay;
    }

    /** Whether an event lasting days {@code firstDay..lastDay} (both included) overlaps this window. */
    public boolean overlaps(int firstDay, int lastDay) {
        return firstDay < endDay && lastDay + 1 > startDay;
    }

    public TimeWindow shiftedBy(double days) {
        return new TimeWindow(startDay + days, endDay + days);
    }
}
