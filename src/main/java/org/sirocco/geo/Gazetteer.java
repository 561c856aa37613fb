package org.sirocco.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The region's towns from GeoNames (about 20,000 of a thousand people and more): names completed as they are
 * typed, ignoring case and accents, and the nearest town to a point. Columnar; a scan of it takes well under a
 * millisecond.
 */
public final class Gazetteer {

    private final String[] names;
    private final String[] folded;
    private final String[] countries;
    private final float[] lat;
    private final float[] lon;

    /** @param countries each place's ISO code */
    public Gazetteer(String[] names, String[] countries, float[] lat, float[] lon) {
        if (countries.length != names.length || lat.length != names.length || lon.length != names.length) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        this.names = names.clone();
        this.countries = countries.clone();
        this.lat = lat.clone();
        this.lon = lon.clone();
        folded = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            folded[i] = fold(names[i]);
        }
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    public String country(int i) {
        return countries[i];
    }

    public double lat(int i) {
        return lat[i];
    }

    public double lon(int i) {
        return lon[i];
    }

    /** Places whose name starts with {@code typed} (case and accents ignored), at most {@code max}, by name. */
    public List<Integer> startingWith(String typed, int max) {
        String prefix = fold(typed);
        List<Integer> found = new ArrayList<>();
        if (prefix.isEmpty()) {
            return found;
        }
        for (int i = 0; i < names.length && found.size() < max; i++) {
            if (folded[i].startsWith(prefix)) {
                found.add(i);
            }
        }
        found.sort((a, b) -> folded[a].compareTo(folded[b]));
        return found;
    }

    /** The place nearest to the point, or -1 when there is none. */
    public int nearest(double lonDeg, double latDeg) {
        double cos = Math.cos(Math.toRadians(latDeg));
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < names.length; i++) {
            double dx = (lon[i] - lonDeg) * cos;
            double dy = lat[i] - latDeg;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
