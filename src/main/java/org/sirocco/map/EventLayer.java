package org.sirocco.map;

import org.sirocco.data.EventStore;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.PointGrid;

/**
 * The events of one store projected once for drawing (primary place of each event), with a grid index for hit
 * tests. Rebuilt when the dataset changes, never per frame.
 */
final class EventLayer {

    /** Grid cell side: about the size of a marker at a country-level zoom. */
    private static final double CELL_METRES = 25_000;

    final EventStore store;
    final float[] x;
    final float[] y;
    final PointGrid grid;

    EventLayer(EventStore store, GeoProjection projection) {
        this.store = store;
        int n = store.size();
        x = new float[n];
        y = new float[n];
        double[] xy = new double[2];
        for (int i = 0; i < n; i++) {
            projection.project(store.lon(i), store.lat(i), xy);
            x[i] = (float) xy[0];
            y[i] = (float) xy[1];
        }
        grid = new PointGrid(x, y, CELL_METRES);
    }
}
