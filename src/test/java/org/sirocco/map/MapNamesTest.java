package org.sirocco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sirocco.i18n.Language;
import org.sirocco.app.Startup;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.MapExtent;
import org.sirocco.briefing.SceneState;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.BasemapLevel;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.CountryShape;
import org.sirocco.geo.GeoProjection;
import org.sirocco.state.ViewState;
import org.sirocco.testing.Snapshots;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the map names, on screen and at the sizes pictures are exported at: every country with room in view, inside
 * its visible part, never hidden by markers; city names on the map and clear of its furniture; one weighted arc per
 * pair of states; events known only to their country away from the capital.
 */
@ExtendWith(ApplicationExtension.class)
class MapNamesTest {

    /**
     * The map areas of exported pictures (layout pixels and render scale), as the export composes them: a picture
     * (1067 × 374 under its caption, over its timeline) and a slide's picture (1067 × 306 under the slide's title),
     * scaled 1.2, 1.8 and 3.6 times for 1280×720, 1920×1080 and 3840×2160 pages.
     */
    private static final double[][] EXPORT_MAPS = {
        {1067, 374, 1.2}, {1067, 306, 1.2}, {1067, 374, 1.8}, {1067, 306, 1.8}, {1067, 374, 3.6}, {1067, 306, 3.6},
    };

    private final Startup startup = Startup.load(null);
    private final Basemap detailed = Startup.detailedBasemap();
    private final GeoProjection projection = GeoProjection.region();

    /** The sample briefing's "2021: Algeria breaks with Morocco": diplomatic events, June to December 2021. */
    private static BriefingScene algeriaMorocco(MapExtent extent) {
        return new BriefingScene("2021: Algeria breaks with Morocco",
                TimeWindow.ofDays(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 31)),
                EventFilter.NONE.withCategories(Set.of(Category.DIPLOMATIC)), extent,
                List.of("dz-2021-08-algeria-severs-ties-morocco"), "");
    }

    /** The sample's extent, and one centred on Oujda: Morocco, northern Algeria and southern Spain. */
    private static final List<MapExtent> ALGERIA_MOROCCO_EXTENTS = List.of(new MapExtent(-1.5, 32.5, 1500, 1100),
            new MapExtent(-1.9, 34.7, 1300, 900));

    private record Shown(MapView map, ViewState state) {

        MapViewSkin skin() {
            return (MapViewSkin) map.getSkin();
        }

        MapFrame frame() {
            return skin().lastFrame();
        }

        LabelPainter labels() {
            return skin().labels();
        }
    }

    /** A map of {@code width} × {@code height} layout pixels showing the scene, drawn once, off screen. */
    private Shown show(BriefingScene scene, double width, double height, double renderScale) throws Exception {
        return show(scene, width, height, renderScale, startup.data().dataset());
    }

    private Shown show(BriefingScene scene, double width, double height, double renderScale, Dataset dataset)
            throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ViewState state = new ViewState(dataset);
            SceneState.apply(scene, state);
            MapView map = new MapView(state, projection, Language.ENGLISH.messages());
            map.setBasemap(startup.basemap());
            map.setDetailedBasemap(detailed);
            map.setCities(startup.cities());
            map.setHomeBounds(Bounds.ofLonLat(projection, -18, 9, 25, 51.5));
            map.setRenderScale(renderScale);
            StackPane root = new StackPane(map);
            new Scene(root, width, height);
            root.applyCss();
            root.layout();
            if (scene.extent() == null) {
                map.fitRegion();
            } else {
                map.setViewport(scene.extent().viewport(map.contentWidth(), map.contentHeight(), projection));
            }
            root.layout();
            return new Shown(map, state);
        }).get();
    }


    @Test
    void algeriaMoroccoAndSpainAreNamedInTheAlgeriaMoroccoSceneAtEveryExportSize() throws Exception {
        for (MapExtent extent : ALGERIA_MOROCCO_EXTENTS) {
            for (double[] size : EXPORT_MAPS) {
                Shown shown = show(algeriaMorocco(extent), size[0], size[1], size[2]);
                String where = extent + " at " + size[0] + "x" + size[1] + " x" + size[2];
                List<String> named = shown.map().getCountriesNamed();
                for (String country : List.of("ALGERIA", "MOROCCO", "SPAIN")) {
                    assertTrue(named.contains(country), country + " named in " + where + ": " + named);
                }
                assertNamesInsideTheirVisiblePart(shown, where);
            }
        }
    }

    /** The map of the main window at 1600×1000 and at 1280×720. */
    private static final double[][] APP_MAPS = {{700, 580}, {560, 360}};

    @Test
    void countryNamesAreDrawnOverTheMarkersAndClustersThatCoverThem() throws Exception {
        // Events all around Mali's label point: every place its name may take is under a cluster.
        CountryShape mali = startup.basemap().country("ML").orElseThrow();
        double[] centre = projection.unproject(mali.labelX(), mali.labelY());
        List<org.sirocco.data.Event> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double lon = centre[0] - 4 + (i % 20) * 0.4;
            double lat = centre[1] - 2 + (i / 20) * 0.2;
            events.add(org.sirocco.data.TestEvents.event("e" + i, "2015-01-01", Category.ATTACK, "ML", lat, lon));
        }
        Dataset crowded = new Dataset("crowded", "", EventStore.of(events), false);
        BriefingScene overMali = new BriefingScene("Mali", null, EventFilter.NONE, new MapExtent(centre[0], centre[1],
                2400, 1800), List.of(), "");
        Shown withMarkers = show(overMali, 700, 580, 1, crowded);
        Shown bare = show(overMali, 700, 580, 1, new Dataset("none", "", EventStore.of(List.of()), false));
        double[] name = nameBox(withMarkers, "MALI");
        assertTrue(withMarkers.skin().events().discs().stream().anyMatch(d -> overlaps(name, d)),
                "the test puts markers under the name");
        Color ink = withMarkers.map.getLabelColor();
        int over = inkPixels(Snapshots.of(withMarkers.map), name, ink, withMarkers.map);
        int alone = inkPixels(Snapshots.of(bare.map), nameBox(bare, "MALI"), ink, bare.map);
        assertTrue(alone > 20, "the name is written: " + alone);
        assertTrue(over >= alone * 0.9, "as much of the name shows over the clusters (" + over + " pixels) as on bare"
                + " land (" + alone + ")");
    }

    private static double[] nameBox(Shown shown, String text) {
        return shown.labels().names().stream().filter(n -> n.country() && n.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " named: " + shown.map().getCountriesNamed())).box();
    }

    private static boolean overlaps(double[] box, double[] disc) {
        double dx = disc[0] - Math.max(box[0], Math.min(disc[0], box[2]));
        double dy = disc[1] - Math.max(box[1], Math.min(disc[1], box[3]));
        return dx * dx + dy * dy < disc[2] * disc[2];
    }

    /** Pixels of the name's colour inside its box (the snapshot holds the control, its border included). */
    private static int inkPixels(WritableImage image, double[] box, Color ink, MapView map) {
        PixelReader px = image.getPixelReader();
        int n = 0;
        for (int y = (int) box[1]; y < box[3]; y++) {
            for (int x = (int) box[0]; x < box[2]; x++) {
                Color c = px.getColor(x + (int) map.snappedLeftInset(), y + (int) map.snappedTopInset());
                if (Math.abs(c.getRed() - ink.getRed()) + Math.abs(c.getGreen() - ink.getGreen())
                        + Math.abs(c.getBlue() - ink.getBlue()) < 0.12) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void cityNamesStayWholeOnTheMapAndOffItsFurniture() throws Exception {
        int named = 0;
        List<Shown> views = new ArrayList<>();
        for (double[] size : APP_MAPS) {
            BriefingScene overview = new BriefingScene("All", null, EventFilter.NONE, null, List.of(), "");
            for (double zoom : new double[] {1, 2, 4}) {
                Shown shown = show(overview, size[0], size[1], 1);
                for (int step = 0; step < 6; step++) {
                    double pan = step * 53;
                    WaitForAsyncUtils.asyncFx(() -> {
                        shown.map().fitRegion();
                        shown.map().zoom(zoom);
                        shown.map().panBy(pan, pan / 2);
                        shown.map().layout();
                    }).get();
                    named += assertCityNamesClear(shown, size[0] + "x" + size[1] + " zoom " + zoom + " pan " + pan);
                }
            }
        }
        for (double[] size : EXPORT_MAPS) {
            Shown shown = show(algeriaMorocco(ALGERIA_MOROCCO_EXTENTS.get(0)), size[0], size[1], size[2]);
            named += assertCityNamesClear(shown, "the Algeria-Morocco scene at " + size[0] + "x" + size[1]);
        }
        assertTrue(named > 300, "cities are named: " + named);
    }

    private static int assertCityNamesClear(Shown shown, String where) {
        MapFrame f = shown.frame();
        List<Bounds> furniture = shown.skin().furniture().panels();
        int named = 0;
        for (LabelPainter.Name n : shown.labels().names()) {
            double[] b = n.box();
            assertTrue(b[0] >= 0 && b[1] >= 0 && b[2] <= f.width() && b[3] <= f.height(),
                    n.text() + " whole on the map at " + where);
            for (Bounds p : furniture) {
                assertFalse(b[0] < p.maxX() && b[2] > p.minX() && b[1] < p.maxY() && b[3] > p.minY(),
                        n.text() + " clear of " + p + " at " + where);
            }
            named += n.country() ? 0 : 1;
        }
        return named;
    }

    @Test
    void diplomaticArcsAreDrawnOncePerPairOfStatesAsWideAsThePairHasEvents() throws Exception {
        Shown scene = show(algeriaMorocco(ALGERIA_MOROCCO_EXTENTS.get(0)), 1280, 520, 1);
        List<EventPainter.Relation> relations = scene.skin().events().relations();
        assertEquals(relations.size(), relations.stream().map(r -> Set.of(r.a(), r.b())).distinct().count(),
                "one arc per pair: " + relations);
        EventPainter.Relation dzMa = relations.stream().filter(r -> Set.of(r.a(), r.b()).equals(Set.of("DZ", "MA")))
                .findFirst().orElseThrow();
        // June to December 2021: Algeria recalls its ambassador, severs ties, closes its airspace, ends the pipeline
        // contract (and the king's call to reopen the border names Morocco alone).
        assertEquals(pairEvents(scene.state(), "DZ", "MA"), dzMa.events());
        assertEquals(4, dzMa.events());
        assertTrue(dzMa.clear(), "diplomatic events are all that is shown: clear");
        double[] algiers = projection.project(3.0588, 36.7538);
        assertEquals(algiers[0], dzMa.a().equals("DZ") ? dzMa.ax() : dzMa.bx(), 5_000, "Algeria stands at Algiers");
        EventPainter.Relation single = relations.stream().filter(r -> r.events() == 1).findFirst().orElseThrow();
        assertTrue(EventPainter.arcWidth(dzMa.events()) > EventPainter.arcWidth(single.events()) + 1,
                "four events draw a wider arc than one");

        Shown overview = show(new BriefingScene("All", null, EventFilter.NONE, null, List.of(), ""), 700, 580, 1);
        List<EventPainter.Relation> all = overview.skin().events().relations();
        int linked = countLinkedDiplomatic(overview.state());
        assertTrue(all.size() < linked * 0.6, all.size() + " arcs for " + linked + " events");
        assertTrue(all.stream().noneMatch(EventPainter.Relation::clear), "faint in the overview");
        int severs = overview.state().store().indexOf("dz-2021-08-algeria-severs-ties-morocco");
        WaitForAsyncUtils.asyncFx(() -> {
            overview.state().setHoveredEvent(severs);
            overview.map().layout();
        }).get();
        List<EventPainter.Relation> hovered = overview.skin().events().relations();
        assertEquals(List.of(Set.of("DZ", "MA")), hovered.stream().filter(EventPainter.Relation::clear)
                .map(r -> Set.of(r.a(), r.b())).toList(), "the hovered event's pair is drawn clearly");
    }

    /** Visible diplomatic events between the two states, counted from the store. */
    private static int pairEvents(ViewState state, String a, String b) {
        EventStore store = state.store();
        int[] n = {0};
        state.getVisible().and(store.withCategory(Category.DIPLOMATIC)).forEach(i -> {
            String home = store.placeCountry(i, 0);
            boolean other = false;
            for (int p = 1; p < store.placeCount(i); p++) {
                other |= store.placeCountry(i, p).equals(home.equals(a) ? b : a);
            }
            n[0] += (home.equals(a) || home.equals(b)) && other ? 1 : 0;
        });
        return n[0];
    }

    private static int countLinkedDiplomatic(ViewState state) {
        EventStore store = state.store();
        int[] n = {0};
        state.getVisible().and(store.withCategory(Category.DIPLOMATIC)).forEach(i -> {
            n[0] += store.placeCount(i) > 1 ? 1 : 0;
        });
        return n[0];
    }

    @Test
    void anEventKnownOnlyToItsCountryStandsAtTheCountrysLabelPointNotAtTheCapital() throws Exception {
        BriefingScene morocco = new BriefingScene("Morocco", null, EventFilter.NONE,
                new MapExtent(-6.5, 31.5, 1100, 900), List.of(), "");
        Shown shown = show(morocco, 700, 580, 1);
        int event = shown.state().store().indexOf("ma-2005-11-guantanamo-returnees-network");
        assertEquals("country", shown.state().store().event(event).primaryPlace().precision().id());
        javafx.geometry.Point2D marker = shown.map().markerPosition(event);
        assertNotNull(marker);
        double[] rabat = projection.project(-6.8326, 34.0132);
        MapFrame f = shown.frame();
        double fromRabat = Math.hypot(marker.getX() - shown.map().snappedLeftInset() - f.sx(rabat[0]),
                marker.getY() - shown.map().snappedTopInset() - f.sy(rabat[1]));
        assertTrue(fromRabat > 100, "not at the capital: " + fromRabat + " px away");
        CountryShape ma = startup.basemap().country("MA").orElseThrow();
        assertEquals(f.sx(ma.labelX()), marker.getX() - shown.map().snappedLeftInset(), 0.5, "at Morocco's label point");
        assertEquals(f.sy(ma.labelY()), marker.getY() - shown.map().snappedTopInset(), 0.5);

        Clusters.Cluster drawn = shown.skin().events().lastClusters().all().stream()
                .filter(c -> Math.abs(f.sx(c.x()) - f.sx(ma.labelX())) < 1 && Math.abs(f.sy(c.y()) - f.sy(ma.labelY())) < 1)
                .findFirst().orElseThrow();
        assertTrue(drawn.isCountryWide(), "drawn with the country-wide mark");
        assertEquals("MA", drawn.wholeCountry());
        assertEquals(drawn.count(), shown.skin().events().countryWideInView(), "the legend counts them");
        WaitForAsyncUtils.asyncFx(() -> shown.skin().showTooltip(drawn.isSingle() ? new MapHit(drawn.single(), null)
                : new MapHit(-1, drawn), 100, 100)).get();
        String tip = shown.map().lookup(".map-tooltip") instanceof javafx.scene.control.Label l ? l.getText() : "";
        assertTrue(tip.contains("somewhere in Morocco"), tip);
    }

    /** Each country name's middle lies in its country and on the map, wherever it stands. */
    private static void assertNamesInsideTheirVisiblePart(Shown shown, String where) {
        MapFrame f = shown.frame();
        BasemapLevel level = f.basemap();
        GeometryFactory geometry = new GeometryFactory();
        for (LabelPainter.Name name : shown.labels().names()) {
            if (!name.country()) {
                continue;
            }
            double[] b = name.box();
            double x = (b[0] + b[2]) / 2;
            double y = (b[1] + b[3]) / 2;
            assertTrue(b[0] >= 0 && b[1] >= 0 && b[2] <= f.width() && b[3] <= f.height(),
                    name.text() + " on the map in " + where);
            int k = indexOf(level, name.text().replace('\n', ' '));
            assertTrue(level.area(k).covers(geometry.createPoint(new Coordinate(
                    f.viewport().toMapX(x, f.width()), f.viewport().toMapY(y, f.height())))),
                    name.text() + " stands in its country in " + where);
        }
    }

    private static int indexOf(BasemapLevel level, String upperCaseName) {
        for (int k = 0; k < level.countries().size(); k++) {
            if (level.countries().get(k).name().toUpperCase(Locale.ROOT).equals(upperCaseName)) {
                return k;
            }
        }
        throw new AssertionError("no country " + upperCaseName);
    }
}
