package org.sirocco.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What events can be exported as, known by the file's extension on the command line. */
public enum ExportFormat {
    CSV("csv"), GEOJSON("geojson"), KML("kml"),
    /** The printable chronology; its CSV twin is asked for by name, its extension being the event table's. */
    CHRONOLOGY_PDF("pdf"), CHRONOLOGY_CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The extension files of this format end with, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format of an output file by its extension ({@code .json} is GeoJSON too): the events export's. */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        for (ExportFormat f : values()) {
            if (f != CHRONOLOGY_CSV && name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
