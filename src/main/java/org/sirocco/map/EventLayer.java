package org.sirocco.map;

import org.sirocco.data.EventStore;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.PointGrid;

/**
 * The events of one store projected once for drawing, with a grid index for hit tests and clustering: each event's
 * primary place in {@link #x}/{@link #y}, and every place of the events that have several (for the lines that link
 * them). Rebuilt when the dataset changes, never per frame.
 */
final class EventLayer {

    /** Grid cell side: about the size of a marker at a country-level zoom. */
    private static final double CELL_METRES = 25_000;

    final EventStore store;
    final float[] x;
    final float[] y;
    final PointGrid grid;
    /** Places of event i are {@code placeX/placeY[placeStart[i] .. placeStart[i + 1])}. */
    final int[] placeStart;
    final float[] placeX;
    final float[] placeY;

    EventLayer(EventStore store, GeoProjection projection) {
        this.store = store;
        int n = store.size();
        x = new float[n];
        y = new float[n];
        placeStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            placeStart[i + 1] = placeStart[i] + store.placeCount(i);
        }
        placeX = new float[placeStart[n]];
        placeY = new float[placeStart[n]];
        double[] xy = new double[2];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < store.placeCount(i); p++) {
                projection.project(store.placeLon(i, p), store.placeLat(i, p), xy);
                placeX[placeStart[i] + p] = (float) xy[0];
                placeY[placeStart[i] + p] = (float) xy[1];
            }
            // the first place is the primary one
            x[i] = placeX[placeStart[i]];
            y[i] = placeY[placeStart[i]];
        }
        grid = new PointGrid(x, y, CELL_METRES);
    }

    int placeCount(int i) {
        return placeStart[i + 1] - placeStart[i];
    }
}
