package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;

/** Playback driven by a clock the test turns by hand: every step is deterministic. */
class PlaybackTest {

    /** A clock that only ticks when told to. */
    static final class ManualClock implements Playback.Clock {
        private LongConsumer tick;

        @Override
        public void start(LongConsumer onTick) {
            tick = onTick;
        }

        @Override
        public void stop() {
            tick = null;
        }

        boolean running() {
            return tick != null;
        }

        void at(double seconds) {
            if (tick != null) {
                tick.accept((long) (seconds * 1e9));
            }
        }
    }

    private final ViewState state = new ViewState(new Dataset("t", "t", EventStore.of(List.of(
            TestEvents.event("a", "2012-03-15", Category.ATTACK, "ML", 16.3, 0.0),
            TestEvents.event("b", "2013-01-11", Category.OPERATION, "ML", 14.5, -4.2),
            TestEvents.event("c", "2014-06-30", Category.ATTACK, "NE", 13.5, 2.1))), false));
    private final ManualClock clock = new ManualClock();
    private final Playback playback = new Playback(state, clock);

    private static TimeWindow window(String first, String last) {
        return TimeWindow.ofDays(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void playingStartsWithAWindowAtTheFirstEventsMonth() {
        playback.play();
        assertTrue(playback.isPlaying());
        assertTrue(clock.running());
        assertEquals(window("2012-03-01", "2012-08-31"), state.getTimeWindow());
        assertEquals(1, state.getVisible().count());
    }

    @Test
    void playingFollowsTheFiltersFromTheFirstToTheLastEventTheyKeep() {
        state.setFilter(state.getFilter().withCategories(Set.of(Category.OPERATION)));
        playback.windowLengthProperty().set(Period.ofMonths(1));
        playback.loopProperty().set(false);
        playback.play();
        assertEquals(window("2013-01-01", "2013-01-31"), state.getTimeWindow(), "from the filtered event's month");
        clock.at(0);
        clock.at(1);
        assertFalse(playback.isPlaying(), "and no further than it: nothing the filters keep comes later");
    }

    @Test
    void eachSecondMovesTheWindowBySpeedSteps() {
        playback.speedProperty().set(2);
        playback.play();
        clock.at(10.0);
        assertEquals(window("2012-03-01", "2012-08-31"), state.getTimeWindow(), "the first tick only sets the time");
        clock.at(10.5);
        assertEquals(window("2012-04-01", "2012-09-30"), state.getTimeWindow());
        clock.at(11.5);
        assertEquals(window("2012-06-01", "2012-11-30"), state.getTimeWindow());
        clock.at(11.7); // 0.4 of a step: nothing yet
        assertEquals(window("2012-06-01", "2012-11-30"), state.getTimeWindow());
        clock.at(12.0); // with the 0.4 kept, 1.0: one step
        assertEquals(window("2012-07-01", "2012-12-31"), state.getTimeWindow());
    }

    @Test
    void windowLengthAndStepAreThePlayersChoice() {
        playback.windowLengthProperty().set(Period.ofYears(1));
        playback.stepProperty().set(Period.ofMonths(3));
        playback.speedProperty().set(1);
        playback.play();
        clock.at(0);
        clock.at(1);
        assertEquals(window("2012-06-01", "2013-05-31"), state.getTimeWindow());
        assertEquals(1, state.getVisible().count(), "the January 2013 operation");
    }

    @Test
    void afterTheLastEventItLoopsOrStops() {
        state.setTimeWindow(window("2014-06-01", "2014-11-30"));
        playback.speedProperty().set(1);
        playback.play();
        clock.at(0);
        clock.at(1);
        assertEquals(window("2012-03-01", "2012-08-31"), state.getTimeWindow(), "looped to the start");

        playback.pause();
        playback.loopProperty().set(false);
        state.setTimeWindow(window("2014-06-01", "2014-11-30"));
        playback.play();
        clock.at(0);
        clock.at(1);
        assertFalse(playback.isPlaying(), "stopped at the end");
        assertFalse(clock.running());
        assertEquals(window("2014-06-01", "2014-11-30"), state.getTimeWindow());
    }

    @Test
    void steppingMovesTheCurrentWindowKeepingItsLength() {
        state.setTimeWindow(window("2013-01-01", "2013-01-31"));
        playback.stepForward();
        assertEquals(window("2013-02-01", "2013-02-28"), state.getTimeWindow());
        playback.stepBack();
        playback.stepBack();
        assertEquals(window("2012-12-01", "2012-12-31"), state.getTimeWindow());
    }

    @Test
    void withStartAndEndDatesItPlaysBetweenThemAndItsLastFrameEndsOnTheEnd() {
        playback.fromProperty().set(LocalDate.parse("2013-01-01"));
        playback.toProperty().set(LocalDate.parse("2013-12-31"));
        playback.windowLengthProperty().set(Period.ofMonths(6));
        playback.stepProperty().set(Period.ofMonths(4));
        playback.loopProperty().set(false);
        playback.speedProperty().set(1);
        playback.play();
        assertEquals(window("2013-01-01", "2013-06-30"), state.getTimeWindow(), "from the start date");
        clock.at(0);
        clock.at(1);
        assertEquals(window("2013-05-01", "2013-10-31"), state.getTimeWindow());
        clock.at(2);
        assertEquals(window("2013-09-01", "2013-12-31"), state.getTimeWindow(), "cut at the end date");
        assertTrue(playback.isPlaying());
        clock.at(3);
        assertFalse(playback.isPlaying(), "stopped at the end");
        assertFalse(clock.running());
        assertEquals(window("2013-09-01", "2013-12-31"), state.getTimeWindow(), "on the last frame");

        playback.play();
        assertEquals(window("2013-01-01", "2013-06-30"), state.getTimeWindow(), "played to the end: again from the start");
    }

    @Test
    void withLoopItGoesBackToTheStartDateAfterTheEnd() {
        playback.fromProperty().set(LocalDate.parse("2013-01-01"));
        playback.toProperty().set(LocalDate.parse("2013-06-30"));
        playback.windowLengthProperty().set(Period.ofMonths(3));
        playback.stepProperty().set(Period.ofMonths(3));
        playback.speedProperty().set(1);
        playback.play();
        clock.at(0);
        clock.at(1);
        assertEquals(window("2013-04-01", "2013-06-30"), state.getTimeWindow());
        clock.at(2);
        assertTrue(playback.isPlaying());
        assertEquals(window("2013-01-01", "2013-03-31"), state.getTimeWindow(), "looped to the start date");
    }

    @Test
    void cumulativeModeKeepsTheStartAndGrowsTheWindowToTheEnd() {
        playback.cumulativeProperty().set(true);
        playback.fromProperty().set(LocalDate.parse("2012-01-01"));
        playback.toProperty().set(LocalDate.parse("2013-02-15"));
        playback.stepProperty().set(Period.ofMonths(6));
        playback.loopProperty().set(false);
        playback.speedProperty().set(1);
        playback.play();
        assertEquals(window("2012-01-01", "2012-06-30"), state.getTimeWindow(), "one step from the start");
        clock.at(0);
        clock.at(1);
        assertEquals(window("2012-01-01", "2012-12-31"), state.getTimeWindow(), "grown by a step, same start");
        clock.at(2);
        assertEquals(window("2012-01-01", "2013-02-15"), state.getTimeWindow(), "grown to the end date");
        assertEquals(2, state.getVisible().count(), "the March 2012 event stays shown beside January 2013's");
        clock.at(3);
        assertFalse(playback.isPlaying());

        playback.stepBack();
        assertEquals(window("2012-01-01", "2012-08-15"), state.getTimeWindow(), "stepping moves the end only");
        playback.stepForward();
        playback.stepForward();
        assertEquals(LocalDate.parse("2012-01-01").toEpochDay(), state.getTimeWindow().startDay(), "start kept");
    }

    @Test
    void pausedItGoesOnFromTheFrameItStoppedOn() {
        playback.speedProperty().set(1);
        playback.play();
        clock.at(0);
        clock.at(1);
        clock.at(2);
        TimeWindow paused = window("2012-05-01", "2012-10-31");
        assertEquals(paused, state.getTimeWindow());
        assertEquals(paused, playback.frameProperty().get(), "the frame on show while playing");
        playback.pause();
        assertNull(playback.frameProperty().get(), "no frame when not playing");
        playback.play();
        assertEquals(paused, state.getTimeWindow());
        clock.at(5);
        clock.at(6);
        assertEquals(window("2012-06-01", "2012-11-30"), state.getTimeWindow(), "on from where it paused");
    }

    @Test
    void pausingStopsTheClockAndANewDatasetStopsPlaying() {
        playback.toggle();
        assertTrue(playback.isPlaying());
        playback.toggle();
        assertFalse(playback.isPlaying());
        assertFalse(clock.running());
        playback.play();
        state.setDataset(new Dataset("other", "other", EventStore.of(List.of()), false));
        assertFalse(playback.isPlaying());
        assertNull(state.getTimeWindow());
    }
}
