package org.sirocco.exchange;

import java.util.ArrayList;
import java.util.List;
import org.sirocco.data.EventStore;

/**
 * The likely duplicates a merge shows the user: an imported event and an event of the open dataset of the same
 * category, whose dates are within a day and whose places are within 25 km. Events with the same id are not
 * duplicates but versions: the imported one replaces the other.
 */
public final class Duplicates {

    public static final double MAX_KM = 25;
    public static final int MAX_DAYS = 1;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** An imported event (index in the imported store) and an open one it likely repeats (index in the open store). */
    public record Pair(int imported, int existing, double km) {
    }

    private Duplicates() {
    }

    /** @param sameId for each imported index, whether the open dataset has an event of the same id (skipped here) */
    public static List<Pair> find(EventStore existing, EventStore imported, boolean[] sameId) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            if (sameId[i]) {
                continue;
            }
            int day = imported.startDay(i);
            for (int j = existing.lowerBound(day - MAX_DAYS); j < existing.size()
                    && existing.startDay(j) <= day + MAX_DAYS; j++) {
                if (existing.category(j) != imported.category(i)) {
                    continue;
                }
                double km = km(imported.lat(i), imported.lon(i), existing.lat(j), existing.lon(j));
                if (km <= MAX_KM) {
                    pairs.add(new Pair(i, j, km));
                }
            }
        }
        return pairs;
    }

    /** Great-circle distance in kilometres (haversine). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2)
                * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
