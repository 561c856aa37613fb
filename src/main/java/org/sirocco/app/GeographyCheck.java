package org.sirocco.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.io.Problem;
import org.sirocco.geo.CountryLocator;
import org.sirocco.geo.GeoProjection;

/**
 * Checks that every place lies in the country it names, against the 1:10m base map: a swapped sign or a wrong
 * country code puts a marker in the wrong country, which no schema rule can see.
 */
final class GeographyCheck {

    /** Coastal sites and border towns may sit just outside the simplified outline. */
    static final double TOLERANCE_METRES = 10_000;
    /** Western Sahara's northern limit: Natural Earth draws the land west of the berm as Morocco's. */
    private static final double WESTERN_SAHARA_NORTH = 27 + 40 / 60.0;

    private final CountryLocator countries;
    private final GeoProjection projection = GeoProjection.region();

    GeographyCheck(CountryLocator countries) {
        this.countries = countries;
    }

    List<Problem> check(String file, EventStore store) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            Event e = store.event(i);
            for (int p = 0; p < e.places().size(); p++) {
                String problem = problem(e.places().get(p));
                if (problem != null) {
                    problems.add(new Problem(file, 0, e.id(), "places[" + p + "]", problem));
                }
            }
        }
        return problems;
    }

    /** What is wrong when the place lies outside the country it names (beyond the tolerance), else null. */
    String problem(Place place) {
        if (!countries.knows(place.country())) {
            return null; // outside the base map's region: nothing to check against
        }
        double[] xy = projection.project(place.lon(), place.lat());
        double off = distanceOutside(place, xy[0], xy[1]);
        if (off <= TOLERANCE_METRES) {
            return null;
        }
        String actual = countries.countryAt(xy[0], xy[1]);
        return String.format(Locale.ROOT, "%s (%.4f, %.4f) lies %s, %.0f km from %s: check the coordinates or the "
                + "country code", place.name(), place.lat(), place.lon(), actual == null ? "at sea" : "in " + actual,
                off / 1000, place.country());
    }

    private double distanceOutside(Place place, double x, double y) {
        double off = countries.distanceTo(place.country(), x, y);
        if (place.country().equals("EH") && place.lat() < WESTERN_SAHARA_NORTH) {
            off = Math.min(off, countries.distanceTo("MA", x, y));
        }
        return off;
    }
}
