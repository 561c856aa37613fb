package org.sirocco.map;

import java.util.List;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.BasemapLevel;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.City;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;

/**
 * Everything one frame of the map depends on, gathered by the skin so that the painters read no other state.
 *
 * @param basemap   the base map simplified for this scale, or null
 * @param events    the projected events, or null before a dataset
 * @param selection events picked together, highlighted
 * @param box       the box being drawn by a shift-drag (screen pixels), or null
 */
record MapFrame(double width, double height, MapViewport viewport, GeoProjection projection, BasemapLevel basemap,
        List<City> cities, EventLayer events, EventSelection visible, int selected, int hovered,
        EventSelection selection, boolean graticule, boolean sizeByCasualties, Bounds box) {

    double sx(double x) {
        return viewport.toScreenX(x, width);
    }

    double sy(double y) {
        return viewport.toScreenY(y, height);
    }

    Bounds visibleArea() {
        return viewport.visibleBounds(width, height);
    }
}
