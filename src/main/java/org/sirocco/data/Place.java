package org.sirocco.data;

/** A place involved in an event, in WGS84 decimal degrees. */
public record Place(String name, String country, double lat, double lon, PlacePrecision precision) {
}
