package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every import driver, and the one that reads a given file. */
public final class ImportDrivers {

    private static final List<ImportDriver> ALL = List.of(new AcledDriver(), new GtdDriver(), new GeoJsonDriver(), new KmlDriver(),
            new TableCsvDriver());

    private ImportDrivers() {
    }

    public static List<ImportDriver> all() {
        return ALL;
    }

    /** The driver that recognises {@code file} from its content, if any. */
    public static Optional<ImportDriver> identify(Path file) throws IOException {
        FileHead head = FileHead.of(file);
        for (ImportDriver d : ALL) {
            if (d.identifies(head)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The driver of a format the user named. */
    public static ImportDriver of(ImportFormat format) {
        return ALL.stream().filter(d -> d.format() == format).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no driver for " + format));
    }
}
