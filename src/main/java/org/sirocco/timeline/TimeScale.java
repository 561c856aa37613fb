package org.sirocco.timeline;

import java.time.LocalDate;

/**
 * Maps time (epoch days, fractional) to horizontal pixels and back for a view {@code width} pixels wide that
 * shows {@code [startDay, endDay)} starting at pixel {@code left}. Immutable.
 */
public record TimeScale(double startDay, double endDay, double left, double width) {

    public TimeScale {
        if (!(endDay > startDay) || !(width > 0)) {
            throw new IllegalArgumentException("empty time scale " + startDay + ".." + endDay + " over " + width);
        }
    }

    public double pixelsPerDay() {
        return width / (endDay - startDay);
    }

    public double toX(double day) {
        return left + (day - startDay) * pixelsPerDay();
    }

    public double toX(LocalDate date) {
        return toX(date.toEpochDay());
    }

    public double toDay(double x) {
        return startDay + (x - left) / pixelsPerDay();
    }

    /** The scale zoomed by {@code factor} (above 1 zooms in) keeping the time under pixel {@code x} in place. */
    public TimeScale zoomedAbout(double x, double factor) {
        double pivot = toDay(x);
        double newStart = pivot - (pivot - startDay) / factor;
        double newEnd = pivot + (endDay - pivot) / factor;
        return new TimeScale(newStart, newEnd, left, width);
    }

    /** The scale moved so that content follows a drag of {@code dx} pixels. */
    public TimeScale pannedBy(double dx) {
        double days = dx / pixelsPerDay();
        return new TimeScale(startDay - days, endDay - days, left, width);
    }
}
