package org.sirocco.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.i18n.Messages;

/**
 * What looks wrong in an event the rules accept, said to the curator without stopping the save: a place outside its
 * stated country, a date whose period runs past today, a likely duplicate of another event.
 */
public final class Warnings {

    /** Events of one category less than this far apart, a day apart at most, are likely the same. */
    static final double DUPLICATE_KM = 25;
    private static final double EARTH_KM = 6371.0088;

    /**
     * @param message what looks wrong
     * @param otherId the other event of a likely duplicate, to go to; null for other warnings
     */
    public record Warning(String message, String otherId) {
    }

    private Warnings() {
    }

    /**
     * @param outsideCountry what is wrong with a place's country (the place and its country disagree), or null
     */
    public static List<Warning> of(Event e, EventStore store, LocalDate today, Function<Place, String> outsideCountry,
            ResourceBundle messages) {
        List<Warning> out = new ArrayList<>();
        for (Place p : e.places()) {
            String problem = outsideCountry.apply(p);
            if (problem != null) {
                out.add(new Warning(problem, null));
            }
        }
        if (e.end().isAfter(today)) {
            out.add(new Warning(Messages.format(messages, "edit.warning.future",
                    e.precision().format(e.end())), null));
        }
        for (int i : likelyDuplicates(e, store)) {
            Event other = store.event(i);
            out.add(new Warning(Messages.format(messages, "edit.warning.duplicate", other.title(),
                    other.precision().format(other.start())), other.id()));
        }
        return out;
    }

    /** Other events of the same category, starting within a day of it, with a place within 25 km of one of its. */
    static List<Integer> likelyDuplicates(Event e, EventStore store) {
        List<Integer> found = new ArrayList<>();
        int start = (int) e.start().toEpochDay();
        for (int i = store.lowerBound(start - 1); i < store.size() && store.startDay(i) <= start + 1; i++) {
            if (store.category(i) != e.category() || store.event(i).id().equals(e.id())) {
                continue;
            }
            for (Place p : e.places()) {
                if (near(p, store, i)) {
                    found.add(i);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean near(Place p, EventStore store, int i) {
        for (int k = 0; k < store.placeCount(i); k++) {
            if (kilometres(p.lat(), p.lon(), store.placeLat(i, k), store.placeLon(i, k)) <= DUPLICATE_KM) {
                return true;
            }
        }
        return false;
    }

    /** Great-circle distance (haversine). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    }
}
