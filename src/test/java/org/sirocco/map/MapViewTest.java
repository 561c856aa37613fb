package org.sirocco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map as a user handles it: what each gesture changes in the viewport and the shared state. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private ViewState state;
    private MapView map;
    private Startup startup;

    @Start
    void start(Stage stage) {
        startup = Startup.load(null);
        state = new ViewState(startup.data().dataset());
        GeoProjection projection = GeoProjection.region();
        map = new MapView(state, projection, Language.ENGLISH.messages());
        map.setBasemap(startup.basemap());
        map.setCities(startup.cities());
        map.setHomeBounds(Bounds.ofLonLat(projection, -18, 9, 25, 51.5));
        stage.setScene(new Scene(new StackPane(map), 1100, 760));
        stage.sizeToScene(); // the stage is shared by the tests, and one narrows it
        stage.show();
    }

    private MapViewSkin skin() {
        return (MapViewSkin) map.getSkin();
    }

    private Point2D screen(Point2D local) {
        return map.localToScreen(local);
    }

    /**
     * Runs the action on the FX thread and draws the frame it asks for there and then: on a busy machine the next
     * pulse may come after the events have settled, and the test would read the frame before.
     */
    private void run(Runnable action) {
        WaitForAsyncUtils.asyncFx(() -> {
            action.run();
            map.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingPansTheMapWithThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport before = map.getViewport();
        robot.moveTo(screen(new Point2D(500, 300))).press(MouseButton.PRIMARY)
                .moveTo(screen(new Point2D(620, 360))).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport after = map.getViewport();
        assertEquals(before.metresPerPixel(), after.metresPerPixel());
        assertEquals(before.centerX() - 120 * before.metresPerPixel(), after.centerX(), before.metresPerPixel());
        assertEquals(before.centerY() + 60 * before.metresPerPixel(), after.centerY(), before.metresPerPixel());
    }

    @Test
    void theWheelZoomsAboutThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport before = map.getViewport();
        Point2D at = new Point2D(300, 200);
        double w = map.contentWidth();
        double h = map.contentHeight();
        double mx = before.toMapX(at.getX() - map.snappedLeftInset(), w);
        double my = before.toMapY(at.getY() - map.snappedTopInset(), h);
        robot.moveTo(screen(at));
        scrollUp(robot, at);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport after = map.getViewport();
        assertTrue(after.metresPerPixel() < before.metresPerPixel(), "zoomed in");
        assertEquals(at.getX() - map.snappedLeftInset(), after.toScreenX(mx, w), 1.5, "point under the pointer stays");
        assertEquals(at.getY() - map.snappedTopInset(), after.toScreenY(my, h), 1.5);
    }

    @Test
    void doubleClickZoomsInAndKeysZoomAndPan(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double mpp = map.getViewport().metresPerPixel();
        robot.doubleClickOn(screen(new Point2D(120, 650)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mpp / 2, map.getViewport().metresPerPixel(), mpp * 0.01);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mpp / 2 * 1.5, map.getViewport().metresPerPixel(), mpp * 0.01);
        double x = map.getViewport().centerX();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getViewport().centerX() > x, "the right arrow shows what lies east");
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mpp, map.getViewport().metresPerPixel(), mpp * 0.01, "0 fits the region again");
    }

    @Test
    void hoveringAMarkerShowsItsTitleDateAndPlace(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int event = isolatedSingle();
        robot.moveTo(screen(map.markerPosition(event)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, state.getHoveredEvent());
        Label tooltip = robot.lookup(".map-tooltip").queryAs(Label.class);
        assertTrue(tooltip.isVisible());
        assertTrue(tooltip.getText().startsWith(state.store().event(event).title()), tooltip.getText());
        assertTrue(tooltip.getText().contains(state.store().event(event).primaryPlace().name()));
        robot.moveTo(screen(new Point2D(5, 5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tooltip.isVisible());
    }

    @Test
    void shiftDraggingABoxPicksTheEventsInside(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = new Point2D(map.getWidth() * 0.35, map.getHeight() * 0.55);
        Point2D b = new Point2D(map.getWidth() * 0.65, map.getHeight() * 0.85);
        robot.press(KeyCode.SHIFT).moveTo(screen(a)).press(MouseButton.PRIMARY).moveTo(screen(b))
                .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        EventSelection picked = state.getSelection();
        int expected = 0;
        for (int i = 0; i < state.store().size(); i++) {
            Point2D p = map.markerPosition(i);
            boolean inside = p != null && p.getX() >= a.getX() && p.getX() <= b.getX() && p.getY() >= a.getY()
                    && p.getY() <= b.getY();
            assertEquals(inside, picked.contains(i), "event " + i + " at " + p);
            expected += inside ? 1 : 0;
        }
        assertTrue(expected > 10, "the box holds events: " + expected);
        assertTrue(picked.contains(state.getSelectedEvent()), "the detail panel shows one of them");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, state.getSelection().count());
    }

    @Test
    void clickingAClusterZoomsIntoIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Clusters.Result frame = skin().events().lastClusters();
        // Events known only to their country share one spot, which no zoom parts: those are picked, not zoomed into.
        Clusters.Cluster biggest = frame.clusters().stream().filter(c -> !c.isCountryWide())
                .max(java.util.Comparator.comparingInt(Clusters.Cluster::count)).orElseThrow();
        double mpp = map.getViewport().metresPerPixel();
        MapFrame f = skin().lastFrame();
        robot.moveTo(screen(new Point2D(f.sx(biggest.x()) + map.snappedLeftInset(),
                f.sy(biggest.y()) + map.snappedTopInset())));
        WaitForAsyncUtils.waitForFxEvents();
        Label tooltip = robot.lookup(".map-tooltip").queryAs(Label.class);
        assertTrue(tooltip.isVisible() && tooltip.getText().contains(String.format("%,d", biggest.count())),
                tooltip.getText());
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getViewport().metresPerPixel() < mpp, "zoomed in");
        assertFalse(tooltip.isVisible(), "the cluster's summary goes with the cluster");
        Bounds view = map.getViewport().visibleBounds(map.contentWidth(), map.contentHeight());
        assertTrue(view.contains(biggest.extent().minX(), biggest.extent().minY())
                && view.contains(biggest.extent().maxX(), biggest.extent().maxY()), "its events are in view");
    }

    @Test
    void zoomingToFilteredEventsFramesTheTimeWindow() {
        WaitForAsyncUtils.waitForFxEvents();
        run(() -> {
            state.setTimeWindow(TimeWindow.ofDays(java.time.LocalDate.of(2019, 1, 1),
                    java.time.LocalDate.of(2019, 12, 31)));
            map.zoomToFiltered();
        });
        EventStore store = state.store();
        state.getVisible().forEach(i -> assertNotNull(map.markerPosition(i), "event " + i + " in view: "
                + state.store().event(i).primaryPlace() + " " + map.getViewport()));
        assertTrue(state.getVisible().count() > 5);
        int picked = state.getVisible().nextSetBit(0);
        run(() -> {
            map.zoom(0.2);
            state.setSelection(EventSelection.range(store.size(), picked, picked + 1));
            map.zoomToSelection();
        });
        assertNotNull(map.markerPosition(picked));
        assertTrue(map.getViewport().metresPerPixel() <= 150, "a single event is shown at town scale");
    }

    @Test
    void hitTestingPicksTheEventUnderThePointerAndClustersWhereMarkersMerge() {
        WaitForAsyncUtils.waitForFxEvents();
        MapFrame f = skin().lastFrame();
        Clusters.Result frame = skin().events().lastClusters();
        for (Clusters.Cluster c : frame.singles()) {
            double x = f.sx(c.x());
            double y = f.sy(c.y());
            MapHit hit = skin().events().hit(f, x + 3, y - 2, MapInputHandler.PICK_RADIUS);
            if (hit.cluster() == null) {
                assertEquals(c.single(), hit.event(), "the marker at " + x + ", " + y);
            }
        }
        for (Clusters.Cluster c : frame.clusters()) {
            MapHit hit = skin().events().hit(f, f.sx(c.x()), f.sy(c.y()), MapInputHandler.PICK_RADIUS);
            assertNotNull(hit.cluster());
            assertEquals(c.count(), hit.cluster().count());
        }
        assertTrue(skin().events().hit(f, 3, 3, MapInputHandler.PICK_RADIUS).isNone(), "nothing in the corner");
    }

    @Test
    void labelsNeverOverlapAtAnyZoom() {
        for (double factor : new double[] {1, 2, 4, 8}) {
            run(() -> {
                map.fitRegion();
                map.zoom(factor);
            });
            List<double[]> boxes = skin().labels().placedBoxes();
            assertFalse(boxes.isEmpty(), "labels placed at zoom " + factor);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] p = boxes.get(i);
                    double[] q = boxes.get(j);
                    boolean overlap = p[0] < q[2] && p[2] > q[0] && p[1] < q[3] && p[3] > q[1];
                    assertFalse(overlap, "labels " + i + " and " + j + " overlap at zoom " + factor);
                }
            }
        }
    }

    @Test
    void zoomingInSwitchesToTheDetailedBaseMap() {
        Basemap detailed = Basemap.of(readDetailed(), map.getProjection());
        run(() -> {
            map.setDetailedBasemap(detailed);
            map.fitRegion();
        });
        assertSame(startup.basemap().forScale(map.getViewport().metresPerPixel()), skin().lastFrame().basemap());
        run(() -> map.setViewport(map.getViewport().withMetresPerPixel(600)));
        assertSame(detailed.forScale(600), skin().lastFrame().basemap());
    }

    private static org.sirocco.geo.Topology readDetailed() {
        try (var in = MapViewTest.class.getResourceAsStream("/geodata/countries-10m.json")) {
            return org.sirocco.geo.io.TopologyReader.read(in, "countries-10m.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * One notch of the wheel turned away from the user (a positive delta, as the desktop platforms report it; the
     * headless robot's wheel runs the other way, so the event is fired directly).
     */
    private void scrollUp(FxRobot robot, Point2D local) {
        Point2D s = screen(local);
        Point2D onCanvas = skin().canvas().screenToLocal(s);
        run(() -> javafx.event.Event.fireEvent(skin().canvas(), new ScrollEvent(ScrollEvent.SCROLL, onCanvas.getX(),
                onCanvas.getY(), s.getX(), s.getY(), false, false, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                null)));
    }

    /** An event drawn as a marker of its own, well clear of the edges and of other markers. */
    private int isolatedSingle() {
        MapFrame f = skin().lastFrame();
        for (Clusters.Cluster c : skin().events().lastClusters().singles()) {
            double x = f.sx(c.x());
            double y = f.sy(c.y());
            boolean clear = x > 60 && y > 60 && x < f.width() - 200 && y < f.height() - 200;
            for (Clusters.Cluster o : skin().events().lastClusters().all()) {
                if (o != c && Math.hypot(f.sx(o.x()) - x, f.sy(o.y()) - y) < 30) {
                    clear = false;
                }
            }
            if (clear) {
                return c.single();
            }
        }
        throw new AssertionError("no isolated marker");
    }

    @Test
    void aHigherRenderScaleDrawsTheSameFrameOnMorePixels() {
        WaitForAsyncUtils.waitForFxEvents();
        int markers = map.getMarkersDrawn();
        double width = map.contentWidth();
        run(() -> map.setRenderScale(2));
        assertEquals(2 * width, skin().canvas().getWidth(), 1e-9);
        assertEquals(markers, map.getMarkersDrawn(), "the same markers, only sharper");
        assertEquals(width, skin().canvas().getBoundsInParent().getWidth(), 1e-6, "and it takes the same room");
        run(() -> map.setRenderScale(0.5));
        assertEquals(1, map.getRenderScale(), "below one pixel per layout pixel is not a render scale");
        assertEquals(width, skin().canvas().getWidth(), 1e-9);
    }

    @Test
    void theLegendMovesUpWhenItWouldHideMarkers() {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds lowerLeft = skin().furniture().legendBounds(skin().lastFrame(), false);
        // Centre the map on an event placed where the lower-left legend is: that event is now under it.
        int event = 0;
        double[] xy = map.getProjection().project(state.store().lon(event), state.store().lat(event));
        double mpp = 400; // close enough for the event to stand alone, not in a cluster
        double dx = lowerLeft.centerX() - map.contentWidth() / 2;
        double dy = lowerLeft.centerY() - map.contentHeight() / 2;
        run(() -> map.setViewport(new MapViewport(xy[0] - dx * mpp, xy[1] + dy * mpp, mpp)));
        assertTrue(skin().events().eventsIn(lowerLeft) > 0, "an event under the lower-left corner");
        assertTrue(skin().furniture().lastLegend().minY() < 40, "the legend went to the upper left corner");

        run(() -> map.fitRegion());
        MapFrame frame = skin().lastFrame();
        assertEquals(skin().events().lastClusters().events(),
                skin().events().eventsIn(new Bounds(0, 0, frame.width(), frame.height())),
                "a cluster weighs as many events as it holds");
        Bounds legend = skin().furniture().lastLegend();
        Bounds other = skin().furniture().legendBounds(skin().lastFrame(), legend.minY() > 40);
        assertTrue(skin().events().eventsIn(FurniturePainter.grown(legend))
                <= skin().events().eventsIn(FurniturePainter.grown(other)), "it takes the emptier corner");
    }

    @Test
    void theScaleBarsLengthStaysOnTheMapAtEveryZoom() {
        WaitForAsyncUtils.waitForFxEvents();
        boolean moved = false;
        // Zooms where the bar is at or near its longest, its label centred on the end tick next to the edge.
        for (double mpp = 2_000; mpp < 20_000; mpp *= 1.07) {
            double zoom = mpp;
            run(() -> map.setViewport(map.getViewport().withMetresPerPixel(zoom)));
            FurniturePainter furniture = skin().furniture();
            double width = skin().lastFrame().width();
            assertTrue(furniture.lastScaleLabelRight() <= furniture.lastScaleBarBox().maxX(),
                    "label inside its panel at " + Math.round(zoom) + " m/px");
            assertTrue(furniture.lastScaleBarBox().maxX() <= width, "panel inside the map at " + Math.round(zoom));
            moved |= furniture.lastScaleBarBox().minX() < width - FurniturePainter.MARGIN - FurniturePainter.SCALE_BAR_MAX - 6;
        }
        assertTrue(moved, "at some zoom the bar had to move left for its label");
    }

    @Test
    void theTooltipStaysWithinTheMapWhereverThePointerIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Clusters.Result frame = skin().events().lastClusters();
        MapHit biggest = new MapHit(-1, frame.clusters().get(frame.clusters().size() - 1));
        Label tooltip = robot.lookup(".map-tooltip").queryAs(Label.class);
        run(() -> map.getScene().getWindow().setWidth(420)); // narrower than the summary on either side of a pointer
        double width = map.contentWidth();
        double height = map.contentHeight();
        for (double x = 0; x <= width; x += width / 16) {
            for (double y : new double[] {0, height / 2, height}) {
                double px = x;
                run(() -> skin().showTooltip(biggest, px, y));
                // Its box as laid out (its drop shadow may spill over the edge, as shadows do).
                double left = tooltip.getLayoutX() - map.snappedLeftInset();
                double top = tooltip.getLayoutY() - map.snappedTopInset();
                String b = left + ", " + top + ", " + tooltip.getWidth() + " x " + tooltip.getHeight();
                assertTrue(left >= -0.5 && left + tooltip.getWidth() <= width + 0.5
                        && top >= -0.5 && top + tooltip.getHeight() <= height + 0.5,
                        "tooltip " + b + " for the pointer at " + px + ", " + y);
            }
        }
    }

    @Test
    void aNewDatasetIsShownFromTheOverviewOrFromItsOwnEventsWhenTheyLieElsewhere() {
        WaitForAsyncUtils.waitForFxEvents();
        run(() -> map.zoom(8));
        run(() -> map.fitData());
        MapViewport overview = map.getViewport();
        run(() -> map.fitRegion());
        assertEquals(map.getViewport(), overview, "events in the region: the overview, as at start");

        LocalDate day = LocalDate.of(2019, 3, 1);
        Event farAway = new Event("ke-2019-03", day, day, DatePrecision.DAY, false, Category.ATTACK, "bombing",
                "An attack in Nairobi", "An attack far from the region.",
                List.of(new Place("Nairobi", "KE", -1.29, 36.82, PlacePrecision.TOWN)), List.of(), List.of(),
                List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN,
                List.of(new Source("t", "p", null, "https://example.org/k")), Confidence.HIGH, null);
        run(() -> {
            state.setDataset(new Dataset("elsewhere", "", EventStore.of(List.of(farAway)), false));
            map.fitData();
        });
        double[] nairobi = map.getProjection().project(36.82, -1.29);
        assertTrue(map.getViewport().visibleBounds(map.contentWidth(), map.contentHeight())
                .contains(nairobi[0], nairobi[1]), "no event in the region: its events");
    }

    @Test
    void cityNamesKeepClearOfTheMarkersAtEveryZoom() {
        WaitForAsyncUtils.waitForFxEvents();
        int labelled = 0;
        for (double factor : new double[] {1, 1.5, 2, 3, 4}) {
            run(() -> {
                map.fitRegion();
                map.zoom(factor);
            });
            List<double[]> discs = skin().events().discs();
            assertFalse(discs.isEmpty(), "markers at zoom " + factor);
            for (double[] box : skin().labels().cityLabelBoxes()) {
                labelled++;
                for (double[] d : discs) {
                    double dx = d[0] - Math.max(box[0], Math.min(d[0], box[2]));
                    double dy = d[1] - Math.max(box[1], Math.min(d[1], box[3]));
                    assertTrue(dx * dx + dy * dy >= d[2] * d[2] - 1e-6, "a city name under a marker at zoom " + factor);
                }
            }
        }
        assertTrue(labelled > 20, "cities are still named: " + labelled);
    }
}
