package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One import format, after GDAL's drivers: it tells its own files from the first bytes and the header, never from
 * the name, and opens them for a streaming read that maps each record to an event.
 */
public interface ImportDriver {

    ImportFormat format();

    /** Whether this driver reads the file whose head was sniffed. */
    boolean identifies(FileHead head);

    /** Opens {@code file}; nothing is read until {@link ImportReader#read}. */
    ImportReader open(Path file, ImportSettings settings, ImportContext context) throws IOException;
}
