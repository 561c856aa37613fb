package org.sirocco.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.ActorCatalogReader;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;

/** The bundled glossary and dataset, and an import context, for the exchange tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static ActorCatalog catalog() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/data/actors.json")) {
            return ActorCatalogReader.read(in, "actors.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventStore bundled() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/data/events.json")) {
            return new DatasetReader(catalog().names()).read("events.json", in.readAllBytes()).dataset().store();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points north of 19°N are in Algeria, the others in Mali: enough for files that name no country. */
    public static ImportContext context() {
        return new ImportContext(catalog(), (lat, lon) -> lat > 19 ? "DZ" : "ML", LocalDate.of(2025, 6, 1));
    }

    public static List<Event> events(EventStore store) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            events.add(store.event(i));
        }
        return events;
    }

    /** Reads a dataset an import wrote, as the app would open it. */
    public static LoadResult open(Path file) {
        return new DatasetReader(catalog().names()).read(file);
    }

    public static ImportResult importFile(ImportDriver driver, Path in, Path out, ImportSettings settings)
            throws IOException {
        return new ImportJob(driver, in, settings, context()).run(out, "Imported", (f, n) -> { }, () -> false);
    }
}
