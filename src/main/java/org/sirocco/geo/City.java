package org.sirocco.geo;

/**
 * A place the map names: a capital (rank 0), a major city (1) or a town that recurs in the events (2), from the
 * GeoNames gazetteer.
 */
public record City(String name, String country, double lon, double lat, int rank) {
}
