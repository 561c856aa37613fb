package org.sirocco.data.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;

/**
 * Generates plausible but invented events: places scattered around the region's real hotspots (the Liptako-Gourma,
 * Lake Chad, northern Algeria, Tunisia's western mountains, Libya's coast, Moroccan cities, European capitals),
 * categories weighted by hotspot, dates from 2003 to 2025 growing denser with the years. Deterministic for a seed.
 */
public final class SyntheticEvents {

    /** First and last day events start on. */
    static final LocalDate FIRST = LocalDate.of(2003, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 9, 30);

    /** A cluster of events: centre, spread in degrees, weight, and how its events split between categories. */
    private record Hotspot(String name, String country, double lon, double lat, double spread, double weight,
            double[] categoryWeights) {
    }

    // Category weights in enum order: dismantling, attack, diplomatic, formation, coup, territorial, operation.
    private static final double[] SAHEL = {4, 70, 1, 2, 1, 8, 14};
    private static final double[] MAGHREB = {45, 35, 4, 2, 0.5, 1, 12};
    private static final double[] MOROCCO = {85, 6, 5, 1, 0, 0, 3};
    private static final double[] EUROPE = {60, 25, 10, 0, 0, 0, 5};
    private static final double[] CAPITAL = {20, 20, 40, 2, 6, 1, 11};

    private static final List<Hotspot> HOTSPOTS = List.of(
            new Hotspot("Ménaka", "ML", 2.40, 15.92, 0.6, 9, SAHEL),
            new Hotspot("Gao", "ML", 0.04, 16.27, 0.7, 7, SAHEL),
            new Hotspot("Mopti", "ML", -4.20, 14.49, 0.7, 8, SAHEL),
            new Hotspot("Timbuktu", "ML", -3.00, 16.77, 0.6, 5, SAHEL),
            new Hotspot("Kidal", "ML", 1.41, 18.44, 0.6, 4, SAHEL),
            new Hotspot("Tillabéri", "NE", 1.45, 14.21, 0.5, 9, SAHEL),
            new Hotspot("Diffa", "NE", 12.61, 13.32, 0.4, 5, SAHEL),
            new Hotspot("Djibo", "BF", -1.63, 14.10, 0.4, 9, SAHEL),
            new Hotspot("Dori", "BF", -0.03, 14.04, 0.4, 7, SAHEL),
            new Hotspot("Fada N'Gourma", "BF", 0.35, 12.06, 0.5, 5, SAHEL),
            new Hotspot("Bol", "TD", 14.71, 13.47, 0.3, 4, SAHEL),
            new Hotspot("Néma", "MR", -7.26, 16.62, 0.5, 1, SAHEL),
            new Hotspot("Boumerdès", "DZ", 3.48, 36.76, 0.3, 4, MAGHREB),
            new Hotspot("Tizi Ouzou", "DZ", 4.05, 36.71, 0.25, 4, MAGHREB),
            new Hotspot("Batna", "DZ", 6.17, 35.56, 0.4, 2, MAGHREB),
            new Hotspot("Tamanrasset", "DZ", 5.52, 22.79, 0.6, 1, MAGHREB),
            new Hotspot("Kasserine", "TN", 8.84, 35.17, 0.25, 4, MAGHREB),
            new Hotspot("Sousse", "TN", 10.63, 35.83, 0.2, 1, MAGHREB),
            new Hotspot("Benghazi", "LY", 20.07, 32.12, 0.3, 4, MAGHREB),
            new Hotspot("Sirte", "LY", 16.59, 31.21, 0.3, 3, MAGHREB),
            new Hotspot("Sabha", "LY", 14.43, 27.04, 0.5, 1, MAGHREB),
            new Hotspot("Casablanca", "MA", -7.59, 33.57, 0.2, 4, MOROCCO),
            new Hotspot("Fez", "MA", -5.00, 34.03, 0.2, 2, MOROCCO),
            new Hotspot("Tangier", "MA", -5.81, 35.76, 0.15, 2, MOROCCO),
            new Hotspot("Oujda", "MA", -1.91, 34.68, 0.15, 2, MOROCCO),
            new Hotspot("Marrakesh", "MA", -8.01, 31.63, 0.2, 1, MOROCCO),
            new Hotspot("Madrid", "ES", -3.70, 40.42, 0.15, 1.5, EUROPE),
            new Hotspot("Barcelona", "ES", 2.17, 41.39, 0.1, 1, EUROPE),
            new Hotspot("Paris", "FR", 2.35, 48.86, 0.15, 1.5, EUROPE),
            new Hotspot("Brussels", "BE", 4.35, 50.85, 0.08, 1, EUROPE),
            new Hotspot("Rabat", "MA", -6.83, 34.01, 0.05, 1, CAPITAL),
            new Hotspot("Algiers", "DZ", 3.06, 36.75, 0.05, 1.5, CAPITAL),
            new Hotspot("Tunis", "TN", 10.18, 36.81, 0.05, 1.5, CAPITAL),
            new Hotspot("Tripoli", "LY", 13.19, 32.88, 0.08, 2, CAPITAL),
            new Hotspot("Nouakchott", "MR", -15.98, 18.09, 0.05, 1, CAPITAL),
            new Hotspot("Bamako", "ML", -8.00, 12.64, 0.08, 2, CAPITAL),
            new Hotspot("Niamey", "NE", 2.11, 13.51, 0.08, 1.5, CAPITAL),
            new Hotspot("Ouagadougou", "BF", -1.53, 12.37, 0.08, 1.5, CAPITAL),
            new Hotspot("N'Djamena", "TD", 15.04, 12.13, 0.08, 1, CAPITAL));

    private static final List<String> GROUPS = List.of("JNIM", "IS Sahel", "ISGS", "AQIM", "Boko Haram", "ISWAP",
            "Ansarul Islam", "Katiba Macina", "IS", "IS Libya", "Okba ibn Nafi Brigade", "Unidentified gunmen");
    private static final List<String> AGENCIES = List.of("BCIJ", "DGST", "Guardia Civil", "Policía Nacional", "DGSI",
            "Belgian Federal Police", "Tunisian National Guard", "Algerian Army", "FAMa", "Niger Armed Forces",
            "Burkina Faso Armed Forces", "Chadian Army");

    private final Random random;
    private final double totalWeight;

    public SyntheticEvents(long seed) {
        this.random = new Random(seed);
        this.totalWeight = HOTSPOTS.stream().mapToDouble(Hotspot::weight).sum();
    }

    /** The name a synthetic dataset of {@code count} events goes by: it says, wherever it shows, that it is not real. */
    public static String datasetName(int count) {
        return String.format("SYNTHETIC TEST DATA: %,d generated events, not real", count);
    }

    /** Generates {@code count} events, handing each to {@code sink} in no particular date order. */
    public void generate(int count, Consumer<Event> sink) {
        for (int i = 0; i < count; i++) {
            sink.accept(next(i));
        }
    }

    private Event next(int n) {
        Hotspot h = pickHotspot();
        Category category = Category.ofOrdinal(pick(h.categoryWeights()));
        LocalDate start = pickDay();
        DatePrecision precision = random.nextDouble() < 0.9 ? DatePrecision.DAY
                : random.nextDouble() < 0.7 ? DatePrecision.MONTH : DatePrecision.YEAR;
        start = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
        boolean multiDay = precision == DatePrecision.DAY && random.nextDouble() < 0.05;
        LocalDate end = multiDay ? start.plusDays(1 + random.nextInt(30)) : precision.lastDay(start);
        List<Place> places = new ArrayList<>(2);
        places.add(place(h));
        if (random.nextDouble() < 0.08) {
            places.add(place(pickHotspot()));
        }
        String subtype = category.subtypes().get(random.nextInt(category.subtypes().size()));
        List<String> perpetrators = category == Category.DIPLOMATIC || category == Category.COUP ? List.of()
                : List.of(GROUPS.get(random.nextInt(GROUPS.size())));
        List<String> agencies = category == Category.DISMANTLING || category == Category.OPERATION
                ? List.of(AGENCIES.get(random.nextInt(AGENCIES.size()))) : List.of();
        Count killed = category == Category.ATTACK ? casualties(40) : Count.UNKNOWN;
        Count injured = category == Category.ATTACK ? casualties(30) : Count.UNKNOWN;
        Count arrested = category == Category.DISMANTLING ? Count.exact(1 + random.nextInt(12)) : Count.UNKNOWN;
        String id = String.format("syn-%07d", n);
        String title = "Synthetic " + category.id() + " near " + h.name() + " #" + n;
        Source source = new Source("Synthetic source " + n, "Sirocco synthetic generator", null,
                "https://example.invalid/synthetic/" + n);
        Confidence confidence = Confidence.values()[random.nextInt(3)];
        return new Event(id, start, end, precision, multiDay, category, subtype, title,
                "Generated for testing; not a real event.", places, perpetrators, List.of(h.country()), agencies,
                killed, injured, arrested, List.of(source), confidence, null);
    }

    private Hotspot pickHotspot() {
        double r = random.nextDouble() * totalWeight;
        for (Hotspot h : HOTSPOTS) {
            r -= h.weight();
            if (r <= 0) {
                return h;
            }
        }
        return HOTSPOTS.get(HOTSPOTS.size() - 1);
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day between FIRST and LAST, denser towards the end as the Sahel's violence grew. */
    private LocalDate pickDay() {
        long span = LAST.toEpochDay() - FIRST.toEpochDay();
        double u = Math.sqrt(random.nextDouble()); // density rising linearly with time
        return FIRST.plusDays((long) (u * span));
    }

    private Place place(Hotspot h) {
        double lon = h.lon() + random.nextGaussian() * h.spread();
        double lat = h.lat() + random.nextGaussian() * h.spread() * 0.8;
        return new Place(h.name(), h.country(), round(lat), round(lon),
                random.nextDouble() < 0.8 ? PlacePrecision.TOWN : PlacePrecision.REGION);
    }

    private Count casualties(int scale) {
        if (random.nextDouble() < 0.2) {
            return Count.UNKNOWN;
        }
        int n = (int) (-Math.log(1 - random.nextDouble()) * scale / 4);
        return random.nextDouble() < 0.1 ? Count.range(n, n + 1 + random.nextInt(10)) : Count.exact(n);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
