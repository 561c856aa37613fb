package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.Actor;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.EventsFileWriter;

/**
 * An imported dataset merged into the open one: events with an id the open dataset has already replace it (a newer
 * export of the same records), likely duplicates the user chose to skip are left out, and the rest are added. The
 * result is a new dataset file; neither dataset is changed.
 */
public final class Merge {

    private final Dataset open;
    private final Dataset imported;
    private final boolean[] sameId;
    private final List<Duplicates.Pair> duplicates;

    public Merge(Dataset open, Dataset imported) {
        this.open = open;
        this.imported = imported;
        EventStore in = imported.store();
        sameId = new boolean[in.size()];
        for (int i = 0; i < in.size(); i++) {
            sameId[i] = open.store().indexOf(in.event(i).id()) >= 0;
        }
        duplicates = Duplicates.find(open.store(), in, sameId);
    }

    /** The likely duplicates, for the user to keep or skip. */
    public List<Duplicates.Pair> duplicates() {
        return duplicates;
    }

    /** How many imported events replace an open one of the same id. */
    public int updates() {
        int n = 0;
        for (boolean b : sameId) {
            n += b ? 1 : 0;
        }
        return n;
    }

    public Dataset imported() {
        return imported;
    }

    public Dataset open() {
        return open;
    }

    /**
     * Writes the merged dataset, named {@code name}, to {@code file}, leaving out the imported events of
     * {@code skipped} (indices in the imported store).
     */
    public void write(Path file, String name, Set<Integer> skipped) throws IOException {
        EventStore in = imported.store();
        EventStore base = open.store();
        boolean[] replaced = new boolean[base.size()];
        for (int i = 0; i < in.size(); i++) {
            if (sameId[i]) {
                replaced[base.indexOf(in.event(i).id())] = true;
            }
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        open.actors().forEach(a -> actors.putIfAbsent(a.name(), a));
        imported.actors().forEach(a -> actors.putIfAbsent(a.name(), a));
        // Curators read small datasets: one field a line; large ones are one event a line.
        boolean indented = base.size() + in.size() <= DatasetReader.IN_MEMORY_LIMIT;
        List<Actor> allActors = new ArrayList<>(actors.values());
        int version = Math.max(EventsFileWriter.schemaVersionFor(base.events(), allActors),
                EventsFileWriter.schemaVersionFor(in.events(), List.of()));
        EventsFileWriter.write(file, name, open.synthetic() || imported.synthetic(), indented, version, allActors,
                sink -> {
                    for (int i = 0; i < base.size(); i++) {
                        if (!replaced[i]) {
                            sink.accept(base.event(i));
                        }
                    }
                    for (int i = 0; i < in.size(); i++) {
                        if (!skipped.contains(i)) {
                            sink.accept(in.event(i));
                        }
                    }
                });
    }
}
