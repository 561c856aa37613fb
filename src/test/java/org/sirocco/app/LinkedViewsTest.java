package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.testing.DoubleClick;
import org.sirocco.testing.Snapshots;
import org.sirocco.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does across the linked views, checked on the shared state and on what each view draws. */
@ExtendWith(ApplicationExtension.class)
class LinkedViewsTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1600, 1000));
        stage.titleProperty().bind(window.title());
        stage.show();
    }

    private ViewState state() {
        return window.viewState();
    }

    private MapView map() {
        return window.map();
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    @Test
    void theAppStartsOnTheBundledDataWithEveryEventShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        EventStore store = state().store();
        assertTrue(store.size() >= 250, "bundled events: " + store.size());
        Label count = robot.lookup("#status-count").queryAs(Label.class);
        assertEquals(String.format("%,d of %,d events shown", store.size(), store.size()), count.getText());
        assertTrue(stage.getTitle().startsWith(state().getDataset().name()), stage.getTitle());
        assertTrue(map().getMarkersDrawn() > store.size() * 0.8, "markers drawn: " + map().getMarkersDrawn());
        assertEquals(store.size(), timeline().getMarksDrawn(), "the timeline starts fitted to every event");
        int pixels = Snapshots.categoryPixels(Snapshots.of(map()));
        assertTrue(pixels > 2_000, "markers are visible on the map: " + pixels);
    }

    @Test
    void brushingTheTimelineHidesMapMarkersOutsideTheWindowWhileDragging(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int markersBefore = map().getMarkersDrawn();
        int pixelsBefore = Snapshots.categoryPixels(Snapshots.of(map()));
        double laneY = timeline().getHeight() * 0.3;
        Point2D from = timelineScreenPoint(LocalDate.of(2015, 1, 1), laneY);
        Point2D middle = timelineScreenPoint(LocalDate.of(2015, 9, 1), laneY);
        Point2D to = timelineScreenPoint(LocalDate.of(2017, 1, 1), laneY);

        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(middle);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow dragging = state().getTimeWindow();
        assertNotNull(dragging, "the window follows the drag before release");
        int markersWhileDragging = map().getMarkersDrawn();
        assertTrue(markersWhileDragging < markersBefore, markersWhileDragging + " < " + markersBefore);

        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow window = state().getTimeWindow();
        assertEquals(LocalDate.of(2015, 1, 1).toEpochDay(), window.startDay(), 8, "brush start");
        assertEquals(LocalDate.of(2017, 1, 1).toEpochDay(), window.endDay(), 8, "brush end");
        int markersAfter = map().getMarkersDrawn();
        assertTrue(markersAfter > markersWhileDragging && markersAfter < markersBefore,
                markersWhileDragging + " < " + markersAfter + " < " + markersBefore);
        int pixelsAfter = Snapshots.categoryPixels(Snapshots.of(map()));
        assertTrue(pixelsAfter < pixelsBefore * 0.6, "fewer markers drawn: " + pixelsAfter + " vs " + pixelsBefore);
        assertEquals(String.format("%,d of %,d events shown", state().getVisible().count(), state().store().size()),
                robot.lookup("#status-count").queryAs(Label.class).getText());
    }

    @Test
    void clickingAMapMarkerSelectsTheEventOnTheTimelineAndInTheDetailPanel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int event = isolatedEvent();
        Point2D onMap = map().markerPosition(event);
        Point2D onTimeline = timeline().markPosition(event);
        assertTrue(Snapshots.darkPointsOnCircle(Snapshots.of(timeline()), onTimeline, 9.6) < 4, "no ring before");

        robot.clickOn(map().localToScreen(onMap));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, state().getSelectedEvent());
        assertEquals(state().store().event(event).title(),
                Snapshots.text(robot.lookup("#detail-title").query()));
        assertTrue(Snapshots.darkPointsOnCircle(Snapshots.of(timeline()), onTimeline, 9.6) >= 16,
                "the timeline rings the selected event");
        assertTrue(Snapshots.darkPointsOnCircle(Snapshots.of(map()), onMap, 12.5) >= 16,
                "the map rings the selected event");
    }

    @Test
    void clickingATimelineMarkSelectsTheEventOnTheMap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int event = isolatedEvent();
        robot.clickOn(timeline().localToScreen(timeline().markPosition(event)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, state().getSelectedEvent());
        assertEquals(state().store().event(event).title(),
                Snapshots.text(robot.lookup("#detail-title").query()));
        assertTrue(Snapshots.darkPointsOnCircle(Snapshots.of(map()), map().markerPosition(event), 12.5) >= 16);
    }

    @Test
    void hoveringAMarkerHighlightsItsMarkOnTheTimelineAndTheOtherWayRound(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int event = isolatedEvent();
        Point2D onMap = map().markerPosition(event);
        Point2D onTimeline = timeline().markPosition(event);

        robot.moveTo(map().localToScreen(onMap));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, state().getHoveredEvent());
        assertTrue(Snapshots.darkPointsOnCircle(Snapshots.of(timeline()), onTimeline, 9.6) >= 12,
                "the timeline rings the hovered event");

        robot.moveTo(robot.point("#detail").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, state().getHoveredEvent(), "leaving the map ends the hover");

        robot.moveTo(timeline().localToScreen(onTimeline));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, state().getHoveredEvent());
        assertTrue(Snapshots.darkPointsOnCircle(Snapshots.of(map()), onMap, 12.5) >= 12,
                "the map rings the hovered event");
    }

    @Test
    void doubleClickingTheTimelineClearsTheWindow(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> state().setTimeWindow(TimeWindow.ofDays(LocalDate.of(2010, 1, 1),
                LocalDate.of(2012, 1, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state().getVisible().count() < state().store().size());
        DoubleClick.on(timeline(), timeline().screenToLocal(timelineScreenPoint(LocalDate.of(2011, 1, 1),
                timeline().getHeight() * 0.2)));
        assertNull(state().getTimeWindow());
        assertEquals(state().store().size(), state().getVisible().count());
    }

    /** A point on the timeline at {@code date}, {@code y} pixels from its top, in screen coordinates. */
    private Point2D timelineScreenPoint(LocalDate date, double y) {
        TimeWindow range = timeline().getVisibleRange();
        double w = timeline().getWidth();
        double x = (date.toEpochDay() - range.startDay()) / range.length() * w;
        return timeline().localToScreen(x, y);
    }

    /** An event whose marker and mark stand well apart from every other, on both views. */
    private int isolatedEvent() {
        EventStore store = state().store();
        for (int i = store.size() - 1; i >= 0; i--) {
            if (apart(i, map(), map()::markerPosition, 30) && apart(i, timeline(), timeline()::markPosition, 22)) {
                return i;
            }
        }
        throw new AssertionError("no isolated event to test with");
    }

    private boolean apart(int event, Node view, IntFunction<Point2D> position, double distance) {
        Point2D p = position.apply(event);
        if (p == null || p.getX() < distance || p.getY() < distance || p.getX() > view.getBoundsInLocal().getWidth()
                - distance || p.getY() > view.getBoundsInLocal().getHeight() - distance) {
            return false;
        }
        for (int j = 0; j < state().store().size(); j++) {
            Point2D q = position.apply(j);
            if (j != event && q != null && q.distance(p) < distance) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theDetailedBaseMapArrivesOnceTheWindowIsUp() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map().getDetailedBasemap() != null);
        assertNotNull(window.map().getDetailedBasemap());
    }
}
