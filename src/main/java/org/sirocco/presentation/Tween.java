package org.sirocco.presentation;

import org.sirocco.data.TimeWindow;
import org.sirocco.geo.MapViewport;

/** In-between views for a transition, {@code t} running from 0 (the first view) to 1 (the second). */
final class Tween {

    private Tween() {
    }

    /**
     * The centre moves in a straight line; the scale changes geometrically, so that a zoom by 8 looks like three
     * even doublings rather than a jump at the end.
     */
    static MapViewport viewport(MapViewport a, MapViewport b, double t) {
        if (a == null || b == null) {
            return b;
        }
        double mpp = Math.exp(lerp(Math.log(a.metresPerPixel()), Math.log(b.metresPerPixel()), t));
        return new MapViewport(lerp(a.centerX(), b.centerX(), t), lerp(a.centerY(), b.centerY(), t), mpp);
    }

    /**
     * Both ends move evenly. A missing window (all time) moves as {@code all}, and the result is null again only at
     * the end of a transition to all time.
     */
    static TimeWindow window(TimeWindow a, TimeWindow b, double t, TimeWindow all) {
        if (t >= 1 && b == null) {
            return null;
        }
        TimeWindow from = a == null ? all : a;
        TimeWindow to = b == null ? all : b;
        return new TimeWindow(lerp(from.startDay(), to.startDay(), t), lerp(from.endDay(), to.endDay(), t));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
