package org.sirocco.detail;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.sirocco.data.Category;
import org.sirocco.data.Event;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.geo.ScaleBar;

/**
 * The events a reader of one event may want next: the nearest in time by the same group, those between the same
 * states (for a diplomatic event), and those nearby in place and time. Found through the store's bitsets and its
 * time order, so it costs little even in a million events.
 */
public final class RelatedEvents {

    /** How close in time an event must be to count as nearby. */
    public static final int NEARBY_DAYS = 21;
    /** How close in space an event must be to count as nearby. */
    public static final double NEARBY_KM = 250;

    /** Why an event is related. */
    public enum Kind { SAME_GROUP, SAME_STATES, NEARBY }

    /**
     * One related event.
     *
     * @param index store index
     * @param kind  why it is related
     * @param group for {@link Kind#SAME_GROUP}, the group shared; otherwise null
     * @param days  its start minus the event's start, in days
     * @param km    distance between the two events' first places, in kilometres
     */
    public record Related(int index, Kind kind, String group, int days, double km) {
    }

    private RelatedEvents() {
    }

    /** At most {@code perKind} events of each kind related to event {@code index}, nearest in time first. */
    public static List<Related> of(EventStore store, int index, int perKind) {
        Event e = store.event(index);
        BitSet taken = new BitSet(store.size());
        taken.set(index);
        List<Related> out = new ArrayList<>();
        for (String group : e.perpetrators()) {
            for (int i : nearestInTime(store, store.withActor(group), index, perKind, taken)) {
                if (out.stream().filter(r -> r.kind() == Kind.SAME_GROUP).count() < perKind) {
                    out.add(related(store, index, i, Kind.SAME_GROUP, group));
                    taken.set(i);
                }
            }
        }
        if (e.category() == Category.DIPLOMATIC && e.states().size() >= 2) {
            EventSelection between = store.withCategory(Category.DIPLOMATIC);
            for (String state : e.states()) {
                between = between.and(store.inCountry(state));
            }
            for (int i : nearestInTime(store, between, index, perKind, taken)) {
                out.add(related(store, index, i, Kind.SAME_STATES, null));
                taken.set(i);
            }
        }
        List<Related> nearby = new ArrayList<>();
        int day = store.startDay(index);
        for (int i = store.lowerBound(day - NEARBY_DAYS), end = store.lowerBound(day + NEARBY_DAYS + 1); i < end; i++) {
            if (!taken.get(i)) {
                Related r = related(store, index, i, Kind.NEARBY, null);
                if (r.km() <= NEARBY_KM) {
                    nearby.add(r);
                }
            }
        }
        nearby.sort(Comparator.comparingInt((Related r) -> Math.abs(r.days())).thenComparingDouble(Related::km));
        out.addAll(nearby.subList(0, Math.min(perKind, nearby.size())));
        return out;
    }

    /** Up to {@code limit} members of {@code set}, not yet taken, nearest in time to {@code index}. */
    private static List<Integer> nearestInTime(EventStore store, EventSelection set, int index, int limit,
            BitSet taken) {
        List<Integer> found = new ArrayList<>();
        int before = set.previousSetBit(index - 1);
        int after = set.nextSetBit(index + 1);
        int day = store.startDay(index);
        while (found.size() < limit && (before >= 0 || after >= 0)) {
            boolean takeBefore = after < 0 || (before >= 0 && day - store.startDay(before)
                    <= store.startDay(after) - day);
            int i = takeBefore ? before : after;
            if (takeBefore) {
                before = set.previousSetBit(before - 1);
            } else {
                after = set.nextSetBit(after + 1);
            }
            if (!taken.get(i)) {
                found.add(i);
            }
        }
        return found;
    }

    private static Related related(EventStore store, int from, int to, Kind kind, String group) {
        double km = ScaleBar.greatCircleMetres(store.lon(from), store.lat(from), store.lon(to), store.lat(to)) / 1000;
        return new Related(to, kind, group, store.startDay(to) - store.startDay(from), km);
    }
}
