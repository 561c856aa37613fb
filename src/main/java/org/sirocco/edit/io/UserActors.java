package org.sirocco.edit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.io.ActorCatalogReader;
import org.sirocco.data.io.ActorCatalogWriter;

/**
 * The groups, agencies and forces a curator added to the catalogue in the editor, kept in {@code actors.json} in
 * the user's data folder (the bundled catalogue is never written) and added to the bundled one at each start, so
 * that the events naming them still read.
 */
public final class UserActors {

    public static final String FILE_NAME = "actors.json";

    private UserActors() {
    }

    /** The actors added in {@code dataFolder}, none when there is no file. */
    public static List<Actor> read(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ActorCatalogReader.read(in, file.toString()).all();
        }
    }

    /** Adds {@code added} to those kept in {@code dataFolder} (nothing is written when there is none). */
    public static void save(Path dataFolder, List<Actor> added) throws IOException {
        if (added.isEmpty()) {
            return;
        }
        Map<String, Actor> all = new LinkedHashMap<>();
        read(dataFolder).forEach(a -> all.put(a.name(), a));
        added.forEach(a -> all.put(a.name(), a));
        ActorCatalogWriter.write(dataFolder.resolve(FILE_NAME), List.copyOf(all.values()));
    }

    /** {@code bundled} with the user's actors after it. */
    public static ActorCatalog merged(ActorCatalog bundled, List<Actor> user) {
        Map<String, Actor> all = new LinkedHashMap<>();
        bundled.all().forEach(a -> all.put(a.name(), a));
        user.forEach(a -> all.putIfAbsent(a.name(), a));
        return new ActorCatalog(List.copyOf(all.values()));
    }
}
