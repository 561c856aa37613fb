package org.sirocco.map;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.CountryShape;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.PointGrid;

/**
 * The events of one store projected once for drawing, with a grid index for hit tests and clustering: each event's
 * primary place in {@link #x}/{@link #y}, and every place of the events that have several (for the lines that link
 * them). A place known only to its country (precision {@code country}, given at the capital or the centroid) stands
 * at the country's label point on the base map instead, so that it cannot be read as an event at the capital; events
 * whose primary place is such a place are {@link #countryWide}. Rebuilt when the dataset or the base map changes,
 * never per frame.
 */
final class EventLayer {

    /** Grid cell side: about the size of a marker at a country-level zoom. */
    private static final double CELL_METRES = 25_000;

    final EventStore store;
    final Basemap basemap;
    final float[] x;
    final float[] y;
    final PointGrid grid;
    /** Places of event i are {@code placeX/placeY[placeStart[i] .. placeStart[i + 1])}. */
    final int[] placeStart;
    final float[] placeX;
    final float[] placeY;
    /**
     * Events whose primary place is known only to its country. Read from the events' details, so only for a store
     * that holds them in memory: one that reads them back from its file (a million events) marks none.
     */
    final BitSet countryWide = new BitSet();

    /** @param basemap where countries' label points are; null leaves country-wide places where the data puts them */
    EventLayer(EventStore store, GeoProjection projection, Basemap basemap) {
        this.store = store;
        this.basemap = basemap;
        int n = store.size();
        x = new float[n];
        y = new float[n];
        placeStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            placeStart[i + 1] = placeStart[i] + store.placeCount(i);
        }
        placeX = new float[placeStart[n]];
        placeY = new float[placeStart[n]];
        Map<String, double[]> labelPoints = new HashMap<>();
        double[] xy = new double[2];
        for (int i = 0; i < n; i++) {
            List<Place> places = store.detailsInMemory() ? store.event(i).places() : null;
            for (int p = 0; p < store.placeCount(i); p++) {
                boolean onlyCountry = places != null && places.get(p).precision() == PlacePrecision.COUNTRY;
                double[] labelPoint = onlyCountry
                        ? labelPoints.computeIfAbsent(store.placeCountry(i, p), this::labelPoint) : null;
                if (labelPoint != null) {
                    xy[0] = labelPoint[0];
                    xy[1] = labelPoint[1];
                } else {
                    projection.project(store.placeLon(i, p), store.placeLat(i, p), xy);
                }
                if (p == 0 && onlyCountry) {
                    countryWide.set(i);
                }
                placeX[placeStart[i] + p] = (float) xy[0];
                placeY[placeStart[i] + p] = (float) xy[1];
            }
            // the first place is the primary one
            x[i] = placeX[placeStart[i]];
            y[i] = placeY[placeStart[i]];
        }
        grid = new PointGrid(x, y, CELL_METRES);
    }

    /** The label point of country {@code iso} on the base map (projected), or null when the map lacks it. */
    private double[] labelPoint(String iso) {
        return basemap == null ? null : basemap.country(iso).map((CountryShape c) -> new double[] {c.labelX(),
            c.labelY()}).orElse(null);
    }

    int placeCount(int i) {
        return placeStart[i + 1] - placeStart[i];
    }
}
