package org.sirocco.settings;

import java.nio.file.Path;

/** A file opened lately: an events file or a briefing. */
public record RecentFile(Path path, Kind kind) {

    public enum Kind {
        DATASET, BRIEFING
    }
}
