package org.sirocco.geo;

import java.util.List;

/**
 * The base map as drawn at one zoom band: countries and boundaries simplified to within {@code tolerance} metres
 * (zero at full detail).
 */
public record BasemapLevel(List<CountryShape> countries, List<BoundaryLine> boundaries, double tolerance) {

    public BasemapLevel {
        countries = List.copyOf(countries);
        boundaries = List.copyOf(boundaries);
    }
}
