package org.sirocco.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Events sorted by start day in columnar primitive arrays, with one bitset per facet value.
 * <p>
 * A time window becomes an index range by binary search over the sorted start days; a facet filter is an OR of
 * bitsets within a facet and an AND across facets; counts per histogram bin come from the rank structure of
 * {@link EventSelection} (prefix sums over bit words). Full details come from a {@link DetailSource}.
 */
public final class EventStore {

    /** Events lasting longer than this many days are checked one by one against a window. */
    static final int LONG_EVENT_DAYS = 400;

    private final int size;
    private final int[] startDay;
    private final int[] endDay;
    private final float[] lon;
    private final float[] lat;
    private final byte[] category;
    private final byte[] subtype;
    private final byte[] confidence;
    private final byte[] precision;
    private final int[] killedMin;
    private final int[] killedMax;
    private final int[] placeOffsets;
    private final float[] placeLon;
    private final float[] placeLat;
    private final String[] countryCodes;
    private final short[] placeCountry;
    private final EventSelection[] categorySets;
    private final EventSelection[] subtypeSets;
    private final EventSelection[] confidenceSets;
    private final Map<String, EventSelection> countrySets;
    private final Map<String, EventSelection> actorSets;
    private final EventSelection[] creditSets;
    private final int[] longEvents;
    private final int[] idHashes;
    private final int[] idHashOrder;
    private final DetailSource details;
    private volatile TextIndex textIndex;

    private final boolean detailsOnDisk;

    private EventStore(Builder b, int[] order, DetailSource details, boolean detailsOnDisk) {
        this.detailsOnDisk = detailsOnDisk;
        this.size = order.length;
        this.startDay = permute(b.startDay, order);
        this.endDay = permute(b.endDay, order);
        this.lon = permute(b.lon, order);
        this.lat = permute(b.lat, order);
        this.category = permute(b.category, order);
        this.subtype = permute(b.subtype, order);
        this.confidence = permute(b.confidence, order);
        this.precision = permute(b.precision, order);
        this.killedMin = permute(b.killedMin, order);
        this.killedMax = permute(b.killedMax, order);
        this.countryCodes = b.countryCodes.toArray(new String[0]);
        this.details = details;

        // Where the builder's order is followed (reading its arrays in sequence and writing here and there), it
        // costs far less at a million events than gathering each event's places and actors from a random place.
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[order[i]] = i;
        }
        placeOffsets = new int[size + 1];
        for (int i = 0; i < size; i++) {
            int src = order[i];
            placeOffsets[i + 1] = placeOffsets[i] + b.placeOffsets[src + 1] - b.placeOffsets[src];
        }
        int places = placeOffsets[size];
        placeLon = new float[places];
        placeLat = new float[places];
        placeCountry = new short[places];
        for (int src = 0; src < size; src++) {
            int to = placeOffsets[rank[src]];
            for (int from = b.placeOffsets[src]; from < b.placeOffsets[src + 1]; from++, to++) {
                placeLon[to] = b.placeLon[from];
                placeLat[to] = b.placeLat[from];
                placeCountry[to] = b.placeCountry[from];
            }
        }

        BitSet[] byCategory = bitSets(Category.count(), size);
        BitSet[] bySubtype = bitSets(Category.allSubtypes().size(), size);
        BitSet[] byConfidence = bitSets(Confidence.values().length, size);
        BitSet[] byCountry = bitSets(countryCodes.length, size);
        BitSet[] byActor = bitSets(b.actorNames.size(), size);
        BitSet[] byCredit = bitSets(DataCredit.values().length, size);
        int longCount = 0;
        for (int i = 0; i < size; i++) {
            byCategory[category[i]].set(i);
            bySubtype[subtype[i]].set(i);
            byConfidence[confidence[i]].set(i);
            for (int p = placeOffsets[i]; p < placeOffsets[i + 1]; p++) {
                byCountry[placeCountry[p]].set(i);
            }
            for (int credits = b.credits[order[i]], c = 0; credits != 0; credits >>>= 1, c++) {
                if ((credits & 1) != 0) {
                    byCredit[c].set(i);
                }
            }
            if (endDay[i] - startDay[i] > LONG_EVENT_DAYS) {
                longCount++;
            }
        }
        for (int src = 0; src < size; src++) {
            for (int a = b.actorOffsets[src]; a < b.actorOffsets[src + 1]; a++) {
                byActor[b.actorIds[a]].set(rank[src]);
            }
        }
        categorySets = selections(byCategory, size);
        subtypeSets = selections(bySubtype, size);
        confidenceSets = selections(byConfidence, size);
        creditSets = selections(byCredit, size);
        Map<String, EventSelection> byCode = new TreeMap<>();
        for (int c = 0; c < countryCodes.length; c++) {
            byCode.put(countryCodes[c], EventSelection.of(size, byCountry[c]));
        }
        countrySets = Collections.unmodifiableMap(byCode);
        Map<String, EventSelection> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int a = 0; a < b.actorNames.size(); a++) {
            byName.put(b.actorNames.get(a), EventSelection.of(size, byActor[a]));
        }
        actorSets = Collections.unmodifiableMap(byName);
        longEvents = new int[longCount];
        for (int i = 0, k = 0; i < size; i++) {
            if (endDay[i] - startDay[i] > LONG_EVENT_DAYS) {
                longEvents[k++] = i;
            }
        }

        int[] hashes = permute(b.idHash, order);
        long[] keyed = new long[size];
        for (int i = 0; i < size; i++) {
            keyed[i] = ((long) hashes[i] << 32) | i;
        }
        Arrays.sort(keyed);
        idHashes = new int[size];
        idHashOrder = new int[size];
        for (int i = 0; i < size; i++) {
            idHashes[i] = (int) (keyed[i] >> 32);
            idHashOrder[i] = (int) keyed[i];
        }
    }

    /** A builder that keeps each event's details until told to {@link Builder#dropDetails() drop them}. */
    public static Builder builder() {
        return new Builder(16);
    }

    /** A builder sized for about {@code expected} events. */
    public static Builder builder(int expected) {
        return new Builder(Math.max(1, expected));
    }

    public static EventStore of(List<Event> events) {
        Builder b = builder();
        events.forEach(b::add);
        return b.build();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int startDay(int i) {
        return startDay[i];
    }

    public int endDay(int i) {
        return endDay[i];
    }

    public LocalDate startDate(int i) {
        return LocalDate.ofEpochDay(startDay[i]);
    }

    public float lon(int i) {
        return lon[i];
    }

    public float lat(int i) {
        return lat[i];
    }

    public Category category(int i) {
        return Category.ofOrdinal(category[i]);
    }

    /** {@code category(i).ordinal()} without the lookup, for loops over millions of events. */
    public int categoryOrdinal(int i) {
        return category[i];
    }

    public DatePrecision precision(int i) {
        return DatePrecision.values()[precision[i]];
    }

    /** Upper bound of the known killed count, or -1 when unknown. */
    public int killedMax(int i) {
        return killedMax[i];
    }

    /** Lower bound of the known killed count, or -1 when unknown. */
    public int killedMin(int i) {
        return killedMin[i];
    }

    public String subtype(int i) {
        return Category.allSubtypes().get(subtype[i]);
    }

    public Confidence confidence(int i) {
        return Confidence.values()[confidence[i]];
    }

    public int placeCount(int i) {
        return placeOffsets[i + 1] - placeOffsets[i];
    }

    public float placeLon(int i, int place) {
        return placeLon[placeOffsets[i] + place];
    }

    public float placeLat(int i, int place) {
        return placeLat[placeOffsets[i] + place];
    }

    public String placeCountry(int i, int place) {
        return countryCodes[placeCountry[placeOffsets[i] + place]];
    }

    /** The full record of the event at index {@code i}. */
    public Event event(int i) {
        return details.load(i);
    }

    /** Store index of the event with this id, or -1. */
    public int indexOf(String id) {
        int h = id.hashCode();
        int k = Arrays.binarySearch(idHashes, h);
        if (k < 0) {
            return -1;
        }
        while (k > 0 && idHashes[k - 1] == h) {
            k--;
        }
        for (; k < size && idHashes[k] == h; k++) {
            if (details.load(idHashOrder[k]).id().equals(id)) {
                return idHashOrder[k];
            }
        }
        return -1;
    }

    /** The country codes used by any place, sorted. */
    public List<String> countries() {
        return List.copyOf(countrySets.keySet());
    }

    public EventSelection all() {
        return EventSelection.all(size);
    }

    public EventSelection withCategory(Category c) {
        return categorySets[c.ordinal()];
    }

    public EventSelection withSubtype(String id) {
        int k = Category.subtypeIndex(id);
        return k >= 0 ? subtypeSets[k] : EventSelection.none(size);
    }

    public EventSelection withConfidence(Confidence c) {
        return confidenceSets[c.ordinal()];
    }

    public EventSelection inCountry(String iso) {
        EventSelection s = countrySets.get(iso);
        return s != null ? s : EventSelection.none(size);
    }

    /** The events naming this group, agency or force as perpetrator or agency. */
    public EventSelection withActor(String name) {
        EventSelection s = actorSets.get(name);
        return s != null ? s : EventSelection.none(size);
    }

    /** The events one of whose sources is the credited dataset's publisher. */
    public EventSelection withCredit(DataCredit credit) {
        return creditSets[credit.ordinal()];
    }

    /** The datasets to credit for the events of {@code shown}, in {@link DataCredit} order. */
    public List<DataCredit> creditsAmong(EventSelection shown) {
        List<DataCredit> credits = new java.util.ArrayList<>(0);
        for (DataCredit c : DataCredit.values()) {
            if (creditSets[c.ordinal()].countAnd(shown) > 0) {
                credits.add(c);
            }
        }
        return credits;
    }

    /** Every perpetrator and agency any event names, sorted. */
    public List<String> actors() {
        return List.copyOf(actorSets.keySet());
    }

    /**
     * The folded text of every event, built on first use (for a file of a million events that reads every event
     * back, so call it off the UI thread first).
     */
    public TextIndex textIndex() {
        TextIndex index = textIndex;
        if (index == null) {
            synchronized (this) {
                index = textIndex;
                if (index == null) {
                    index = TextIndex.build(this, !detailsOnDisk);
                    textIndex = index;
                }
            }
        }
        return index;
    }

    /** Whether {@link #event(int)} reads from memory; otherwise each call reads the event back from its file. */
    public boolean detailsInMemory() {
        return !detailsOnDisk;
    }

    /** Whether the text index has been built (searching will not have to wait for it). */
    public boolean hasTextIndex() {
        return textIndex != null;
    }

    /** First day of the earliest event, or today's epoch day when the store is empty. */
    public int firstDay() {
        return size == 0 ? (int) LocalDate.now().toEpochDay() : startDay[0];
    }

    /** Last day of the latest-ending event. */
    public int lastDay() {
        int last = Integer.MIN_VALUE;
        for (int d : endDay) {
            last = Math.max(last, d);
        }
        return size == 0 ? firstDay() : last;
    }

    /** Index of the first event starting on or after {@code day}. */
    public int lowerBound(double day) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startDay[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The facets a filter combines; {@link #selectExcept} leaves one out to count its values. */
    public enum Facet { CATEGORY, SUBTYPE, COUNTRY, ACTOR, CONFIDENCE, KILLED, QUERY }

    /** The events that pass the filter. */
    public EventSelection select(EventFilter filter) {
        return selectExcept(filter, null);
    }

    /** The events that pass every part of the filter but {@code ignored} (null: every part). */
    public EventSelection selectExcept(EventFilter filter, Facet ignored) {
        EventSelection result = all();
        if (ignored != Facet.CATEGORY && !filter.categories().isEmpty()) {
            result = result.and(any(filter.categories().stream().map(this::withCategory).toList()));
        }
        if (ignored != Facet.SUBTYPE && !filter.subtypes().isEmpty()) {
            result = result.and(any(filter.subtypes().stream().map(this::withSubtype).toList()));
        }
        if (ignored != Facet.COUNTRY && !filter.countries().isEmpty()) {
            result = result.and(any(filter.countries().stream().map(this::inCountry).toList()));
        }
        if (ignored != Facet.ACTOR && !filter.actors().isEmpty()) {
            result = result.and(any(filter.actors().stream().map(this::withActor).toList()));
        }
        if (ignored != Facet.CONFIDENCE && !filter.confidences().isEmpty()) {
            result = result.and(any(filter.confidences().stream().map(this::withConfidence).toList()));
        }
        if (ignored != Facet.KILLED && filter.hasKilledRange()) {
            result = result.and(killedBetween(filter.killedMin(), filter.killedMax()));
        }
        if (ignored != Facet.QUERY && !filter.query().isBlank()) {
            result = result.and(textIndex().search(filter.query()));
        }
        return result;
    }

    private EventSelection any(List<EventSelection> sets) {
        EventSelection any = EventSelection.none(size);
        for (EventSelection s : sets) {
            any = any.or(s);
        }
        return any;
    }

    /**
     * Events whose known toll may lie in {@code [min, max]} (a range of counts overlapping it); unknown tolls are
     * left out. Null bounds are open.
     */
    public EventSelection killedBetween(Integer min, Integer max) {
        long[] words = new long[EventSelection.wordCount(size)];
        int lo = min == null ? 0 : min;
        int hi = max == null ? Integer.MAX_VALUE : max;
        for (int i = 0; i < size; i++) {
            if (killedMax[i] >= 0 && killedMax[i] >= lo && killedMin[i] <= hi) {
                words[i >>> 6] |= 1L << i;
            }
        }
        return EventSelection.wrap(size, words);
    }

    /** The largest known killed count, 0 when none is known. */
    public int maxKilled() {
        int max = 0;
        for (int k : killedMax) {
            max = Math.max(max, k);
        }
        return max;
    }

    /** The events of {@code base} whose days overlap {@code window}; {@code null} window keeps them all. */
    public EventSelection within(EventSelection base, TimeWindow window) {
        if (window == null) {
            return base;
        }
        int to = lowerBound(window.endDay());
        int from = lowerBound(Math.floor(window.startDay()) - LONG_EVENT_DAYS);
        long[] words = new long[EventSelection.wordCount(size)];
        int firstFull = -1;
        // Events starting within LONG_EVENT_DAYS before the window may still overlap it: test each one.
        for (int i = from; i < to; i++) {
            if (startDay[i] >= window.startDay()) {
                firstFull = i;
                break;
            }
            if (endDay[i] + 1 > window.startDay()) {
                words[i >>> 6] |= 1L << i;
            }
        }
        if (firstFull >= 0) {
            setRange(words, firstFull, to);
        }
        for (int i : longEvents) {
            if (i < from && window.overlaps(startDay[i], endDay[i])) {
                words[i >>> 6] |= 1L << i;
            }
        }
        for (int w = 0; w < words.length; w++) {
            words[w] &= base.word(w);
        }
        return EventSelection.wrap(size, words);
    }

    private static BitSet[] bitSets(int count, int size) {
        BitSet[] sets = new BitSet[count];
        Arrays.setAll(sets, k -> new BitSet(size));
        return sets;
    }

    private static EventSelection[] selections(BitSet[] sets, int size) {
        EventSelection[] out = new EventSelection[sets.length];
        Arrays.setAll(out, k -> EventSelection.of(size, sets[k]));
        return out;
    }

    private static void setRange(long[] words, int from, int to) {
        if (from >= to) {
            return;
        }
        int fw = from >>> 6;
        int tw = (to - 1) >>> 6;
        long firstMask = -1L << from;
        long lastMask = -1L >>> -to;
        if (fw == tw) {
            words[fw] |= firstMask & lastMask;
            return;
        }
        words[fw] |= firstMask;
        for (int w = fw + 1; w < tw; w++) {
            words[w] = -1L;
        }
        words[tw] |= lastMask;
    }

    private static int[] permute(int[] src, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = src[order[i]];
        }
        return out;
    }

    private static float[] permute(float[] src, int[] order) {
        float[] out = new float[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = src[order[i]];
        }
        return out;
    }

    private static byte[] permute(byte[] src, int[] order) {
        byte[] out = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = src[order[i]];
        }
        return out;
    }

    /** Collects events in any order; {@code build} sorts them by start day, keeping insertion order for ties. */
    public static final class Builder {
        private boolean keepDetails = true;
        private int n;
        private int[] startDay;
        private int[] endDay;
        private float[] lon;
        private float[] lat;
        private byte[] category;
        private byte[] subtype;
        private byte[] confidence;
        private byte[] precision;
        private int[] killedMin;
        private int[] killedMax;
        private int[] idHash;
        /** The {@link DataCredit} bits of each event. */
        private byte[] credits;
        private long[] refs;
        private Event[] events;
        private int[] placeOffsets;
        private float[] placeLon;
        private float[] placeLat;
        private short[] placeCountry;
        private final List<String> countryCodes = new java.util.ArrayList<>();
        private final Map<String, Short> countryIndex = new HashMap<>();
        private int[] actorOffsets;
        private int[] actorIds;
        private final List<String> actorNames = new java.util.ArrayList<>();
        private final Map<String, Integer> actorIndex = new HashMap<>();

        private Builder(int capacity) {
            startDay = new int[capacity];
            endDay = new int[capacity];
            lon = new float[capacity];
            lat = new float[capacity];
            category = new byte[capacity];
            subtype = new byte[capacity];
            confidence = new byte[capacity];
            precision = new byte[capacity];
            killedMin = new int[capacity];
            killedMax = new int[capacity];
            idHash = new int[capacity];
            credits = new byte[capacity];
            refs = new long[capacity];
            events = new Event[capacity];
            placeOffsets = new int[capacity + 1];
            placeLon = new float[capacity];
            placeLat = new float[capacity];
            placeCountry = new short[capacity];
            actorOffsets = new int[capacity + 1];
            actorIds = new int[capacity];
        }

        /**
         * Stops keeping details: the events added so far and from now on are remembered by their references only,
         * and the store must be built with a detail source ({@link #build(Function)}).
         */
        public void dropDetails() {
            keepDetails = false;
            events = null;
        }

        public boolean keepsDetails() {
            return keepDetails;
        }

        public Builder add(Event e) {
            return add(e, -1);
        }

        /** Adds an event; {@code ref} is what a reference builder's detail source receives back for it. */
        public Builder add(Event e, long ref) {
            if (n == startDay.length) {
                grow();
            }
            startDay[n] = (int) e.start().toEpochDay();
            endDay[n] = (int) e.end().toEpochDay();
            Place primary = e.primaryPlace();
            lon[n] = (float) primary.lon();
            lat[n] = (float) primary.lat();
            category[n] = (byte) e.category().ordinal();
            subtype[n] = (byte) Category.subtypeIndex(e.subtype());
            confidence[n] = (byte) e.confidence().ordinal();
            precision[n] = (byte) e.precision().ordinal();
            killedMin[n] = e.killed().min();
            killedMax[n] = e.killed().max();
            actorOffsets[n + 1] = addActors(e.agencies(), addActors(e.perpetrators(), actorOffsets[n]));
            idHash[n] = e.id().hashCode();
            credits[n] = (byte) DataCredit.mask(e);
            refs[n] = ref;
            if (keepDetails) {
                events[n] = e;
            }
            int p = placeOffsets[n];
            for (Place place : e.places()) {
                ensurePlaceCapacity(p + 1);
                placeLon[p] = (float) place.lon();
                placeLat[p] = (float) place.lat();
                placeCountry[p] = countryIndex(place.country());
                p++;
            }
            n++;
            placeOffsets[n] = p;
            return this;
        }

        /**
         * Adds the events of {@code part} whose entry in {@code keep} is true, in order: readers build parts in
         * parallel and merge them here, which costs a copy of their columns rather than a second look at each
         * event. A builder that keeps details needs parts that keep them too.
         */
        public Builder addAll(Builder part, boolean[] keep) {
            if (keepDetails && !part.keepDetails) {
                throw new IllegalArgumentException("the part dropped the details this builder keeps");
            }
            short[] countryOf = new short[part.countryCodes.size()];
            for (int c = 0; c < countryOf.length; c++) {
                countryOf[c] = countryIndex(part.countryCodes.get(c));
            }
            int[] actorOf = new int[part.actorNames.size()];
            for (int a = 0; a < actorOf.length; a++) {
                actorOf[a] = actorIndex(part.actorNames.get(a));
            }
            for (int k = 0; k < part.n; k++) {
                if (!keep[k]) {
                    continue;
                }
                if (n == startDay.length) {
                    grow();
                }
                startDay[n] = part.startDay[k];
                endDay[n] = part.endDay[k];
                lon[n] = part.lon[k];
                lat[n] = part.lat[k];
                category[n] = part.category[k];
                subtype[n] = part.subtype[k];
                confidence[n] = part.confidence[k];
                precision[n] = part.precision[k];
                killedMin[n] = part.killedMin[k];
                killedMax[n] = part.killedMax[k];
                idHash[n] = part.idHash[k];
                credits[n] = part.credits[k];
                refs[n] = part.refs[k];
                if (keepDetails) {
                    events[n] = part.events[k];
                }
                int a = actorOffsets[n];
                ensureActorCapacity(a + part.actorOffsets[k + 1] - part.actorOffsets[k]);
                for (int i = part.actorOffsets[k]; i < part.actorOffsets[k + 1]; i++) {
                    actorIds[a++] = actorOf[part.actorIds[i]];
                }
                actorOffsets[n + 1] = a;
                int p = placeOffsets[n];
                ensurePlaceCapacity(p + part.placeOffsets[k + 1] - part.placeOffsets[k]);
                for (int i = part.placeOffsets[k]; i < part.placeOffsets[k + 1]; i++) {
                    placeLon[p] = part.placeLon[i];
                    placeLat[p] = part.placeLat[i];
                    placeCountry[p] = countryOf[part.placeCountry[i]];
                    p++;
                }
                n++;
                placeOffsets[n] = p;
            }
            return this;
        }

        /** Appends the ids of {@code names} from position {@code a} of the actor ids; returns the end. */
        private int addActors(List<String> names, int a) {
            ensureActorCapacity(a + names.size());
            for (int i = 0; i < names.size(); i++) {
                actorIds[a++] = actorIndex(names.get(i));
            }
            return a;
        }

        private int actorIndex(String name) {
            Integer known = actorIndex.get(name);
            if (known != null) {
                return known;
            }
            actorNames.add(name);
            actorIndex.put(name, actorNames.size() - 1);
            return actorNames.size() - 1;
        }

        private short countryIndex(String code) {
            Short known = countryIndex.get(code);
            if (known != null) {
                return known;
            }
            short index = (short) countryCodes.size();
            countryCodes.add(code);
            countryIndex.put(code, index);
            return index;
        }

        private void ensureActorCapacity(int needed) {
            if (needed > actorIds.length) {
                actorIds = Arrays.copyOf(actorIds, Math.max(needed, actorIds.length * 2));
            }
        }

        private void ensurePlaceCapacity(int needed) {
            if (needed > placeLon.length) {
                int cap = Math.max(needed, placeLon.length * 2);
                placeLon = Arrays.copyOf(placeLon, cap);
                placeLat = Arrays.copyOf(placeLat, cap);
                placeCountry = Arrays.copyOf(placeCountry, cap);
            }
        }

        public int size() {
            return n;
        }

        private void grow() {
            int cap = n * 2;
            startDay = Arrays.copyOf(startDay, cap);
            endDay = Arrays.copyOf(endDay, cap);
            lon = Arrays.copyOf(lon, cap);
            lat = Arrays.copyOf(lat, cap);
            category = Arrays.copyOf(category, cap);
            subtype = Arrays.copyOf(subtype, cap);
            confidence = Arrays.copyOf(confidence, cap);
            precision = Arrays.copyOf(precision, cap);
            killedMin = Arrays.copyOf(killedMin, cap);
            killedMax = Arrays.copyOf(killedMax, cap);
            actorOffsets = Arrays.copyOf(actorOffsets, cap + 1);
            idHash = Arrays.copyOf(idHash, cap);
            credits = Arrays.copyOf(credits, cap);
            refs = Arrays.copyOf(refs, cap);
            placeOffsets = Arrays.copyOf(placeOffsets, cap + 1);
            if (keepDetails) {
                events = Arrays.copyOf(events, cap);
            }
        }

        /** Indices in order of start day, ties in insertion order. */
        private int[] sortOrder() {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, startDay[i]);
                max = Math.max(max, startDay[i]);
            }
            // Days span a few tens of thousands of values: counting them beats a comparison sort of a million.
            long span = (long) max - min + 1;
            return n > 0 && span <= 4L * n + 1024 ? countingOrder(min, (int) span) : comparisonOrder();
        }

        private int[] countingOrder(int min, int span) {
            int[] next = new int[span + 1];
            for (int i = 0; i < n; i++) {
                next[startDay[i] - min + 1]++;
            }
            for (int d = 1; d <= span; d++) {
                next[d] += next[d - 1];
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[next[startDay[i] - min]++] = i;
            }
            return order;
        }

        private int[] comparisonOrder() {
            long[] keyed = new long[n];
            for (int i = 0; i < n; i++) {
                // start day in the high bits (offset to stay positive), insertion order in the low bits
                keyed[i] = ((long) (startDay[i] + (1 << 30)) << 32) | i;
            }
            Arrays.sort(keyed);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) keyed[i];
            }
            return order;
        }

        /** Builds a store that keeps its events' details in memory. */
        public EventStore build() {
            if (!keepDetails) {
                throw new IllegalStateException("details were dropped: build with a detail source");
            }
            int[] order = sortOrder();
            Event[] sorted = new Event[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = events[order[i]];
            }
            return new EventStore(this, order, DetailSource.inMemory(sorted), false);
        }

        /**
         * Builds a store whose details come from {@code detailsFor}, given each event's reference in store order.
         */
        public EventStore build(Function<long[], DetailSource> detailsFor) {
            int[] order = sortOrder();
            long[] sortedRefs = new long[n];
            for (int i = 0; i < n; i++) {
                sortedRefs[i] = refs[order[i]];
            }
            return new EventStore(this, order, detailsFor.apply(sortedRefs), true);
        }
    }
}
