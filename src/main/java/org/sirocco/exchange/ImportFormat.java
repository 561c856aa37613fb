package org.sirocco.exchange;

import java.util.Locale;
import java.util.Optional;

/** The formats Sirocco imports, by the name the command line's {@code --format} gives them. */
public enum ImportFormat {
    ACLED("acled", "ACLED CSV"),
    GTD("gtd", "GTD CSV"),
    CSV("csv", "CSV table"),
    GEOJSON("geojson", "GeoJSON"),
    KML("kml", "KML / KMZ");

    private final String id;
    private final String label;

    ImportFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The format's usual name (a proper name, the same in every language). */
    public String label() {
        return label;
    }

    public static Optional<ImportFormat> fromId(String id) {
        for (ImportFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
