package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline as a user handles it: brush gestures, zoom and pan, lanes, playback keys. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private ViewState state;
    private TimelineView timeline;
    private final PlaybackTest.ManualClock clock = new PlaybackTest.ManualClock();

    @Start
    void start(Stage stage) {
        state = new ViewState(Startup.load(null).data().dataset());
        timeline = new TimelineView(state, Language.ENGLISH.messages(), clock);
        stage.setScene(new Scene(new StackPane(timeline), 1200, 300));
        stage.show();
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) timeline.getSkin();
    }

    private double x(LocalDate date) {
        TimeWindow range = timeline.getVisibleRange();
        return timeline.snappedLeftInset() + (date.toEpochDay() - range.startDay()) / range.length()
                * (timeline.getWidth() - timeline.snappedLeftInset() - timeline.snappedRightInset());
    }

    private Point2D at(LocalDate date, double y) {
        return timeline.localToScreen(x(date), y);
    }

    private double laneY() {
        TimelineLayout l = skin().layout();
        return l.laneTop(Category.DIPLOMATIC) + l.laneHeight(Category.DIPLOMATIC) / 2;
    }

    private void drag(Point2D from, Point2D to, FxRobot robot) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBrushIsDrawnResizedMovedAndCleared(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        drag(at(LocalDate.of(2010, 1, 1), laneY()), at(LocalDate.of(2014, 1, 1), laneY()), robot);
        TimeWindow drawn = state.getTimeWindow();
        assertEquals(LocalDate.of(2010, 1, 1).toEpochDay(), drawn.startDay(), 15);
        assertEquals(LocalDate.of(2014, 1, 1).toEpochDay(), drawn.endDay(), 15);

        LocalDate end = LocalDate.ofEpochDay((long) drawn.endDay());
        drag(at(end, laneY()), at(LocalDate.of(2016, 1, 1), laneY()), robot);
        TimeWindow resized = state.getTimeWindow();
        assertEquals(drawn.startDay(), resized.startDay(), "dragging the end edge keeps the start");
        assertEquals(LocalDate.of(2016, 1, 1).toEpochDay(), resized.endDay(), 15);

        drag(at(LocalDate.of(2012, 1, 1), laneY()), at(LocalDate.of(2013, 1, 1), laneY()), robot);
        TimeWindow moved = state.getTimeWindow();
        assertEquals(resized.length(), moved.length(), 1, "moving keeps the length");
        assertEquals(resized.startDay() + 366, moved.startDay(), 15);

        robot.doubleClickOn(at(LocalDate.of(2014, 6, 1), laneY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.getTimeWindow());
    }

    /** Where the axis labels {@code text}, in screen coordinates, {@code y} pixels from the timeline's top. */
    private Point2D label(String text, double y) {
        TickGenerator.PlacedLabel label = skin().axisLabels().stream().filter(l -> l.tick().label().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no label " + text + ": " + skin().axisLabels()));
        return timeline.localToScreen(timeline.snappedLeftInset() + label.x(), y);
    }

    @Test
    void brushingFromOneYearsLabelToTheNextGivesExactlyThatYear(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> timeline.setVisibleRange(TimeWindow.ofDays(LocalDate.of(1990, 1, 1),
                LocalDate.of(1999, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        // a hand aims at the labels, a few pixels off their middles
        drag(label("1994", laneY()).add(6, 0), label("1995", laneY()).add(-5, 0), robot);
        assertEquals(TimeWindow.ofDays(LocalDate.of(1994, 1, 1), LocalDate.of(1994, 12, 31)), state.getTimeWindow());

        drag(label("1995", laneY()).add(2, 0), label("1997", laneY()).add(-4, 0), robot);
        assertEquals(TimeWindow.ofDays(LocalDate.of(1994, 1, 1), LocalDate.of(1996, 12, 31)), state.getTimeWindow(),
                "the end edge dragged to 1997's label");
    }

    @Test
    void withAltHeldTheBrushDoesNotSnap(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> timeline.setVisibleRange(TimeWindow.ofDays(LocalDate.of(1990, 1, 1),
                LocalDate.of(1999, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D from = label("1994", laneY()).add(20, 0);
        Point2D to = label("1995", laneY()).add(-30, 0);
        robot.press(KeyCode.ALT);
        try {
            drag(from, to, robot);
        } finally {
            robot.release(KeyCode.ALT);
        }
        TimeWindow free = state.getTimeWindow();
        double daysPerPixel = timeline.getVisibleRange().length() / skin().layout().width;
        assertEquals(LocalDate.of(1994, 1, 1).toEpochDay() + 20 * daysPerPixel, free.startDay(), 2 * daysPerPixel,
                "the start where the pointer pressed, to the day");
        assertEquals(LocalDate.of(1995, 1, 1).toEpochDay() - 30 * daysPerPixel, free.endDay(), 2 * daysPerPixel);
        assertEquals(Math.floor(free.startDay()), free.startDay(), "whole days");
    }

    @Test
    void theAxisLabelsStandOnTheirTicksAndShowWhole() {
        WaitForAsyncUtils.asyncFx(timeline::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineLayout l = skin().layout();
        List<TickGenerator.PlacedLabel> labels = skin().axisLabels();
        assertTrue(labels.size() >= 5, "labels: " + labels);
        for (TickGenerator.PlacedLabel label : labels) {
            assertEquals(l.scale.toX(label.tick().day()), label.x(), 1e-9, label.tick().label() + " on its tick");
            assertTrue(label.left() >= 0 && label.right() <= l.width, label.tick().label() + " whole");
        }
        TickGenerator.Tick lastMajor = skin().axisTicks().stream().filter(TickGenerator.Tick::major)
                .reduce((a, b) -> b).orElseThrow();
        TickGenerator.PlacedLabel lastLabel = labels.get(labels.size() - 1);
        assertTrue(lastLabel.tick().equals(lastMajor) || l.scale.toX(lastMajor.day()) + lastLabel.width() / 2 > l.width,
                "the last labelled tick keeps its label unless it stands too near the edge: " + lastMajor);
    }

    @Test
    void aShortTimelineFoldsItsLeastUsedLanesAndTheFoldedBoxBringsOneBack(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> timeline.setMaxHeight(130));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineLayout l = skin().layout();
        assertFalse(l.folded().isEmpty(), "no room for seven lanes in 130 pixels");
        int mostFolded = 0;
        int leastOpen = Integer.MAX_VALUE;
        for (Category c : Category.values()) {
            if (l.isFolded(c)) {
                mostFolded = Math.max(mostFolded, skin().laneCount(c));
                assertNull(timeline.markPosition(firstOf(c)), c + "'s marks are not drawn");
            } else {
                assertTrue(l.laneHeight(c) >= TimelineLayout.MIN_LANE_HEIGHT, c + " readable: " + l.laneHeight(c));
                leastOpen = Math.min(leastOpen, skin().laneCount(c));
            }
        }
        assertTrue(mostFolded <= leastOpen, "the least used fold first");

        Category wanted = l.folded().iterator().next();
        double[] box = l.foldedBox();
        robot.clickOn(timeline.localToScreen(timeline.snappedLeftInset() + (box[0] + box[2]) / 2,
                timeline.snappedTopInset() + (box[1] + box[3]) / 2));
        robot.clickOn(timeline.laneLabels().unfold(wanted, skin().laneCount(wanted)));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineLayout after = skin().layout();
        assertFalse(after.isFolded(wanted), wanted + " has a lane again");
        assertEquals(l.folded().size(), after.folded().size(), "and another lane folded in its place");
        assertNotNull(timeline.markPosition(firstOf(wanted)));
    }

    private int firstOf(Category c) {
        for (int i = 0; i < state.store().size(); i++) {
            if (state.store().category(i) == c) {
                return i;
            }
        }
        throw new AssertionError("no " + c);
    }

    @Test
    void draggingTheAxisPansAndTheWheelZoomsAboutThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow before = timeline.getVisibleRange();
        double axisY = timeline.getHeight() - 10;
        drag(timeline.localToScreen(600, axisY), timeline.localToScreen(700, axisY), robot);
        TimeWindow panned = timeline.getVisibleRange();
        assertEquals(before.length(), panned.length(), 1e-6);
        assertTrue(panned.startDay() < before.startDay(), "content followed the pointer right");

        double pointerX = 300;
        double dayUnder = panned.startDay() + pointerX / timeline.getWidth() * panned.length();
        Point2D screen = timeline.localToScreen(pointerX, 100);
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(skin().canvas(), new ScrollEvent(
                ScrollEvent.SCROLL, pointerX, 100, screen.getX(), screen.getY(), false, false, false, false, false,
                false, 0, 80, 0, 80, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow zoomed = timeline.getVisibleRange();
        assertTrue(zoomed.length() < panned.length(), "zoomed in");
        double stillUnder = zoomed.startDay() + pointerX / timeline.getWidth() * zoomed.length();
        assertEquals(dayUnder, stillUnder, panned.length() / timeline.getWidth() * 2, "the day under the pointer stays");
    }

    @Test
    void clickingALaneNameCollapsesTheLane(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double open = skin().layout().laneHeight(Category.ATTACK);
        TimelineLayout l = skin().layout();
        robot.clickOn(timeline.localToScreen(12, l.laneTop(Category.ATTACK) + l.laneHeight(Category.ATTACK) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.getCollapsedLanes().contains(Category.ATTACK));
        assertEquals(TimelineLayout.COLLAPSED_HEIGHT, skin().layout().laneHeight(Category.ATTACK));
        assertTrue(skin().layout().laneHeight(Category.DIPLOMATIC) > open, "the other lanes take the room");
        l = skin().layout();
        robot.clickOn(timeline.localToScreen(12, l.laneTop(Category.ATTACK) + l.laneHeight(Category.ATTACK) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.getCollapsedLanes().isEmpty());
    }

    /** As a briefing scene is presented: the axis framed around its window, wide enough to label half months. */
    @Test
    void theAxisLabelsTheDatesUnderASceneWindow() {
        TimeWindow window = TimeWindow.ofDays(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 2, 28));
        WaitForAsyncUtils.asyncFx(() -> {
            state.setTimeWindow(window);
            timeline.setVisibleRange(timeline.framing(window));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = skin().axisTicks().stream().filter(t -> t.label() != null)
                .map(t -> t.label()).toList();
        assertTrue(labels.containsAll(List.of("Dec 2012", "2013", "15 Jan", "Feb 2013", "15 Feb", "Mar 2013")),
                "labels under and around the window: " + labels);
    }

    @Test
    void aSceneWindowIsFramedWithContextThatStopsWhereTheDataDoes() {
        TimeWindow all = timeline.framing(null);
        TimeWindow late = TimeWindow.ofDays(LocalDate.of(2014, 1, 1), LocalDate.of(2025, 12, 31));
        TimeWindow framed = timeline.framing(late);
        assertEquals(all.endDay(), framed.endDay(), "no empty years after the data: " + framed);
        assertTrue(framed.startDay() < late.startDay() - 365, "context before the window: " + framed);
        TimeWindow beyond = TimeWindow.ofDays(LocalDate.of(2024, 1, 1), LocalDate.of(2031, 12, 31));
        assertEquals(beyond.endDay(), timeline.framing(beyond).endDay(), "the window itself is never cut");
        TimeWindow middle = TimeWindow.ofDays(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
        assertEquals(middle.length() * 2.5, timeline.framing(middle).length(), 1, "room on both sides inside the data");
    }

    @Test
    void selectingAnEventOffScreenScrollsItIntoView() {
        WaitForAsyncUtils.asyncFx(() -> timeline.setVisibleRange(TimeWindow.ofDays(LocalDate.of(2004, 1, 1),
                LocalDate.of(2005, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        EventStore store = state.store();
        int late = store.size() - 1;
        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(late));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(timeline.markPosition(late), "the selected event's mark is drawn");
        assertEquals(730, timeline.getVisibleRange().length(), 1, "the span is kept");
    }

    @Test
    void atAllTimeTheEarliestEventStandsClearOfTheLaneNames(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(timeline::fitAll);
        assertMarkClearOfNamesAndHoverable(0, robot);
    }

    @Test
    void aTinyDatasetAtAllTimeStandsClearOfTheLaneNamesAtAnyWidth(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> state.setDataset(new Dataset("tiny", "", EventStore.of(List.of(
                TestEvents.event("a", "1994-08-27", Category.DIPLOMATIC, "DZ", 34.8, -1.9),
                TestEvents.event("b", "2001-10-27", Category.DIPLOMATIC, "MA", 34.0, -6.8),
                TestEvents.event("c", "2002-07-16", Category.DIPLOMATIC, "ES", 40.4, -3.7))), false)));
        assertMarkClearOfNamesAndHoverable(0, robot);
        robot.moveTo(timeline.localToScreen(timeline.getWidth() / 2, timeline.getHeight() - 5));
        WaitForAsyncUtils.asyncFx(() -> timeline.setMaxWidth(560));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(560, timeline.getWidth(), "the timeline narrowed");
        assertMarkClearOfNamesAndHoverable(0, robot);
    }

    /** Event {@code index}'s mark lies right of every lane name, and hovering it rings it in plain sight. */
    private void assertMarkClearOfNamesAndHoverable(int index, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D mark = timeline.markPosition(index);
        assertNotNull(mark, "the mark is drawn");
        TimelineLayout l = skin().layout();
        double ring = TimelineLayout.MARK_SIZE * 1.2;
        for (Category c : Category.values()) {
            assertTrue(mark.getX() - ring > l.labelBox(c)[2], "clear of " + c + "'s name: " + mark.getX());
        }
        robot.moveTo(timeline.localToScreen(mark));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index, state.getHoveredEvent());
        WritableImage image = Snapshots.of(timeline);
        // the ring's left half (where the names are) is as dark as its right half
        int split = (int) Math.round(mark.getX());
        int h = (int) image.getHeight();
        int left = Snapshots.darkPointsOnCircle(new WritableImage(image.getPixelReader(), 0, 0, split, h), mark, ring);
        int right = Snapshots.darkPointsOnCircle(new WritableImage(image.getPixelReader(), split, 0,
                (int) image.getWidth() - split, h), mark.subtract(split, 0), ring);
        assertTrue(right >= 8 && left >= right - 3, "the hover ring shows whole: " + left + " left, " + right
                + " right");
        Color centre = image.getPixelReader().getColor(split, (int) Math.round(mark.getY()));
        assertEquals(CategorySymbols.defaultColor(state.store().category(index)).toString(), centre.toString(),
                "the mark's own colour shows, not a name's box over it");
    }

    @Test
    void followingTheSelectionKeepsTheSpanWithinTheData() {
        WaitForAsyncUtils.asyncFx(timeline::fitAll);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow all = timeline.getVisibleRange();
        int last = state.store().size() - 1;
        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(last));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, timeline.getVisibleRange(), "at all time the last event shows already");

        TimeWindow decade = TimeWindow.ofDays(LocalDate.of(2005, 1, 1), LocalDate.of(2014, 12, 31));
        WaitForAsyncUtils.asyncFx(() -> timeline.setVisibleRange(decade));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(-1));
        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(last));
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow followed = timeline.getVisibleRange();
        assertEquals(decade.length(), followed.length(), 1e-6, "the zoom is kept");
        assertTrue(followed.endDay() <= all.endDay() + 1e-6, "no empty years after the last event: " + followed);
        assertNotNull(timeline.markPosition(last));

        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(0));
        WaitForAsyncUtils.waitForFxEvents();
        followed = timeline.getVisibleRange();
        assertEquals(decade.length(), followed.length(), 1e-6, "the zoom is kept");
        assertTrue(followed.startDay() >= all.startDay() - 1e-6, "no empty years before the first: " + followed);
        TimelineLayout l = skin().layout();
        assertTrue(timeline.markPosition(0).getX() > l.labelBox(Category.DIPLOMATIC)[2], "clear of the lane names");
    }

    @Test
    void spacePlaysAndTheArrowsStepTheWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(timeline.localToScreen(600, timeline.getHeight() - 10));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.getPlayback().isPlaying());
        TimeWindow first = state.getTimeWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            clock.at(0);
            clock.at(1.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow later = state.getTimeWindow();
        assertTrue(later.startDay() > first.startDay(), "the window moved on its own clock");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!timeline.getPlayback().isPlaying());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.ofEpochDay((long) later.startDay()).plusMonths(1).toEpochDay(),
                state.getTimeWindow().startDay());
    }
}
