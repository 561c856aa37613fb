package org.sirocco.exchange;

import java.io.Closeable;
import java.io.IOException;

/** A file opened by a driver: read once, in order, from start to end. */
public interface ImportReader extends Closeable {

    /**
     * Reads every record to {@code sink}, stopping early when the sink asks.
     *
     * @throws IOException when the file cannot be read at all, or its layout cannot be mapped (a missing column);
     *                     the message names the file and says what is wrong
     */
    void read(ImportSink sink) throws IOException;

    /** How far the reading has come through the file, 0 to 1. */
    double progress();

    /** What the reader found out about the file (its layout, its date form), once reading has begun. */
    FileDescription description();
}
