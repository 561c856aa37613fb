package org.sirocco.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.SearchNames;
import org.sirocco.data.io.ActorCatalogReader;
import org.sirocco.edit.io.UserActors;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.FileKind;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.City;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.Topology;
import org.sirocco.geo.io.PlacesReader;
import org.sirocco.geo.io.TopologyReader;
import org.sirocco.i18n.Messages;
import org.sirocco.map.MapView;
import org.sirocco.settings.DataFolder;

/**
 * Everything the main window needs, loaded in parallel off the UI thread while the toolkit starts: the actors
 * glossary, the dataset (bundled or a file) and the projected base map. A part that cannot be read does not stop
 * the app: it is left empty and its problem is listed.
 *
 * @param datasetFile     the events file {@code data} was read from, or null for the bundled dataset
 * @param cities          capitals and cities to name on the map (empty if the gazetteer could not be read)
 * @param startupProblems what could not be loaded besides the dataset's own problems (glossary, base map)
 */
public record Startup(ActorCatalog actors, LoadResult data, Path datasetFile, Basemap basemap, List<City> cities,
        List<String> startupProblems) {

    static final String BUNDLED_EVENTS = "/data/events.json";
    static final String BUNDLED_ACTORS = "/data/actors.json";
    static final String BASEMAP_50M = "/geodata/countries-50m.json";
    static final String BASEMAP_10M = "/geodata/countries-10m.json";
    static final String PLACES = "/geodata/places.json";
    /** Read by the event editor when it first needs it, never at start-up. */
    static final String GAZETTEER = "/geodata/gazetteer.json";

    /**
     * Starts loading for the viewer; {@code datasetFile} null means the bundled dataset, and so does a file that is
     * not an events file or of which no event can be read (the start-up problems say why). The base map and the
     * dataset load on two threads of their own (the common pool has a single thread on a two-core laptop).
     *
     * @param messages the interface's language, in which the start-up problems are told
     */
    public static CompletableFuture<Startup> begin(Path datasetFile, ResourceBundle messages) {
        return begin(datasetFile, messages, true);
    }

    /**
     * @param fallBack whether a file that gives no event is replaced by the bundled dataset (the viewer opens on data
     *                 and says why), or kept with its problems (tools must not work on data nobody asked for)
     */
    private static CompletableFuture<Startup> begin(Path datasetFile, ResourceBundle messages, boolean fallBack) {
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "startup-loader");
            t.setDaemon(true);
            return t;
        });
        // Only the zoom band of the first frame is simplified now, as it is drawn: see prepareOverview.
        CompletableFuture<Basemap> basemap = CompletableFuture.supplyAsync(() -> loadBasemap(BASEMAP_50M), loaders);
        CompletableFuture<List<City>> cities = basemap.thenApply(b -> loadPlaces());
        CompletableFuture<ActorCatalog> actors = CompletableFuture.supplyAsync(Startup::loadActors, loaders);
        List<String> problems = new ArrayList<>();
        CompletableFuture<LoadResult> data = actors.exceptionally(e -> ActorCatalog.EMPTY)
                .thenApply(a -> fallBack ? loadDatasetOrBundled(a, datasetFile, problems, messages)
                        : loadDataset(a, datasetFile));
        CompletableFuture.allOf(basemap, data).whenComplete((done, e) -> loaders.shutdown());
        return CompletableFuture.allOf(cities.exceptionally(e -> null), data).thenApply(done -> {
            ActorCatalog catalog = actors.exceptionally(e -> {
                problems.add("The actors glossary could not be read, so actor names are not checked: "
                        + messageOf(e));
                return ActorCatalog.EMPTY;
            }).join();
            Basemap map = basemap.exceptionally(e -> {
                problems.add("The base map could not be read, so the map shows no countries: " + messageOf(e));
                return null;
            }).join();
            List<City> places = cities.exceptionally(e -> {
                if (!basemap.isCompletedExceptionally()) {
                    problems.add("The gazetteer could not be read, so the map names no cities: " + messageOf(e));
                }
                return List.of();
            }).join();
            SearchNames.use(SearchNames.of(catalog, otherNames(places)));
            LoadResult loaded = data.join();
            // A file the viewer could not use was replaced by the bundled dataset, whose origin is not a path.
            Path file = datasetFile != null && loaded.dataset().origin().equals(datasetFile.toString()) ? datasetFile
                    : null;
            return new Startup(catalog, loaded, file, map, places, problems);
        });
    }

    /** Each city's names in other languages than English, by its English name, for search. */
    static Map<String, List<String>> otherNames(List<City> cities) {
        Map<String, List<String>> names = new HashMap<>();
        for (City c : cities) {
            List<String> other = Stream.of(c.fr(), c.ar()).filter(Objects::nonNull).toList();
            if (!other.isEmpty()) {
                names.put(c.name(), other);
            }
        }
        return names;
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Loads synchronously, for tests and tools: a file that gives no event stays, with its problems. */
    public static Startup load(Path datasetFile) {
        return begin(datasetFile, null, false).join();
    }

    /** The bundled catalogue, with the actors the user added in the editor (kept in the user's data folder). */
    public static ActorCatalog loadActors() {
        ActorCatalog bundled;
        try (InputStream in = resource(BUNDLED_ACTORS)) {
            bundled = ActorCatalogReader.read(in, "actors.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return UserActors.merged(bundled, UserActors.read(DataFolder.get()));
        } catch (IOException e) {
            // The bundled names still check the dataset; events naming the user's actors are reported.
            System.getLogger(Startup.class.getName()).log(System.Logger.Level.WARNING,
                    "the actors added by the user could not be read", e);
            return bundled;
        }
    }

    /**
     * The dataset file asked for, or the bundled one when that file is not an events file or not one of its events
     * can be read: the app then opens on data, and {@code problems} says why the file was not used.
     */
    private static LoadResult loadDatasetOrBundled(ActorCatalog actors, Path file, List<String> problems,
            ResourceBundle messages) {
        if (file == null) {
            return loadDataset(actors, null);
        }
        String notUsed = Messages.format(messages, "startup.fileNotUsed", file);
        try {
            FileKind kind = FileKind.of(file);
            if (kind != FileKind.EVENTS && kind != FileKind.OTHER_JSON) {
                problems.add(notUsed + " " + messages.getString("open.kind." + kind.name()));
                return loadDataset(actors, null);
            }
        } catch (IOException e) {
            // The reader says what is wrong with a file it cannot read.
        }
        LoadResult result = loadDataset(actors, file);
        if (!result.nothingRead()) {
            return result;
        }
        problems.add(notUsed);
        result.problems().forEach(p -> problems.add(p.toString()));
        return loadDataset(actors, null);
    }

    static LoadResult loadDataset(ActorCatalog actors, Path file) {
        DatasetReader reader = new DatasetReader(actors.names());
        if (file != null) {
            return reader.read(file);
        }
        try (InputStream in = resource(BUNDLED_EVENTS)) {
            return reader.read("events.json", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Basemap loadBasemap(String resourcePath) {
        try (InputStream in = resource(resourcePath)) {
            Topology topology = TopologyReader.read(in, resourcePath.substring(resourcePath.lastIndexOf('/') + 1));
            return Basemap.of(topology, GeoProjection.region());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<City> loadPlaces() {
        try (InputStream in = resource(PLACES)) {
            return PlacesReader.read(in, "places.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Simplifies the 1:50m base map for every zoom band that draws it, so that zooming out does not wait for it.
     * Done after the first frame: during start-up it would take CPU from the toolkit on a two-core laptop.
     */
    public static void prepareOverview(Basemap map) {
        map.prepare(MapView.DETAILED_BELOW_METRES_PER_PIXEL, MapView.MAX_METRES_PER_PIXEL);
    }

    /** Loads the detailed (1:10m) base map, prepared for the zooms that use it: slow, so done after start-up. */
    public static Basemap detailedBasemap() {
        Basemap map = loadBasemap(BASEMAP_10M);
        map.prepare(MapView.MIN_METRES_PER_PIXEL, MapView.DETAILED_BELOW_METRES_PER_PIXEL);
        return map;
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = Startup.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing bundled file " + path + ": the build is incomplete");
        }
        return in;
    }

    /** The problems to show the user at start. */
    public List<Problem> problems() {
        return data.problems();
    }
}
