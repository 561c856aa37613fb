package org.sirocco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.synthetic.SyntheticEvents;

/** Synthetic datasets generated on demand into the build directory and reused while they exist. */
final class SyntheticFiles {

    static final long SEED = 42;

    private SyntheticFiles() {
    }

    static Path ensure(Path dir, int events) throws IOException {
        Path file = dir.resolve("synthetic-" + events + "-seed" + SEED + ".json");
        if (!Files.exists(file)) {
            EventsFileWriter.write(file, SyntheticEvents.datasetName(events), true, false,
                    sink -> new SyntheticEvents(SEED).generate(events, sink));
        }
        return file;
    }
}
