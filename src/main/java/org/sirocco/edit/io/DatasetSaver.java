package org.sirocco.edit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.io.AtomicFile;

/**
 * Saves the dataset in its canonical form: to a temporary file in the target's folder, forced to disk, then moved
 * over the old file, whose content is kept beside it as {@code NAME.bak}. Killing the process at any moment leaves
 * the old file or the new one, never a torn one.
 */
public final class DatasetSaver {

    private DatasetSaver() {
    }

    public static void save(Path target, String name, boolean synthetic, List<Actor> actors,
            Collection<Event> events) throws IOException {
        AtomicFile.replace(target, out -> EventsFileWriter.writeCanonical(out, name, synthetic, actors, events),
                backupOf(target));
    }

    /** {@code events.json} is kept as {@code events.json.bak}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }
}
