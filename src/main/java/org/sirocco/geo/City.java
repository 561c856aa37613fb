package org.sirocco.geo;

import org.sirocco.i18n.Language;

/**
 * A place the map names: a capital (rank 0), a major city (1) or a town that recurs in the events (2), from the
 * GeoNames gazetteer.
 *
 * @param fr its French name, or null where it is the English one
 * @param ar its Arabic name, or null where none is known
 */
public record City(String name, String country, double lon, double lat, int rank, String fr, String ar) {

    /** Its name in {@code language}: the English name where none is known in that language. */
    public String name(Language language) {
        String other = switch (language) {
            case FRENCH -> fr;
            case ARABIC -> ar;
            case ENGLISH -> null;
        };
        return other != null ? other : name;
    }
}
