package org.sirocco.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sirocco.data.EventSelection;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;

/**
 * Plays the dataset through time: a window of {@link #windowLengthProperty() length} (say six months) steps by
 * {@link #stepProperty() step} (say a month) {@link #speedProperty() speed} times a second, writing the shared time
 * window, so that the map animates as it plays; at the end it loops or stops. Time comes from a {@link Clock}: the
 * toolkit's pulse in the app, a test's own hand in tests.
 */
public final class Playback {

    /** Calls back with a time in nanoseconds while running. */
    public interface Clock {
        void start(LongConsumer tick);

        void stop();
    }

    /** The toolkit's animation pulse. */
    public static Clock pulse() {
        return new Clock() {
            private AnimationTimer timer;

            @Override
            public void start(LongConsumer tick) {
                timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        tick.accept(now);
                    }
                };
                timer.start();
            }

            @Override
            public void stop() {
                if (timer != null) {
                    timer.stop();
                }
            }
        };
    }

    private final ViewState state;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ObjectProperty<Period> windowLength = new SimpleObjectProperty<>(this, "windowLength",
            Period.ofMonths(6));
    private final ObjectProperty<Period> step = new SimpleObjectProperty<>(this, "step", Period.ofMonths(1));
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2) {
        @Override
        public void set(double value) {
            super.set(Math.max(0.1, Math.min(20, value)));
        }
    };
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", true);
    private long lastTick = -1;
    private double pendingSteps;

    public Playback(ViewState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        state.datasetProperty().addListener((obs, old, now) -> pause());
    }

    /** Whether it is playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** How long the window is while playing. */
    public ObjectProperty<Period> windowLengthProperty() {
        return windowLength;
    }

    /** How far the window moves at each step. */
    public ObjectProperty<Period> stepProperty() {
        return step;
    }

    /** Steps per second, 0.1 to 20. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Whether playing starts again from the first event after the last. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    public void play() {
        if (playing.get() || state.store().isEmpty()) {
            return;
        }
        TimeWindow w = state.getTimeWindow();
        LocalDate start = w == null || isPastEnd(dayOf(w.startDay())) ? firstDay() : dayOf(w.startDay());
        state.setTimeWindow(windowFrom(start));
        playing.set(true);
        lastTick = -1;
        pendingSteps = 0;
        clock.start(this::tick);
    }

    public void pause() {
        if (playing.get()) {
            playing.set(false);
            clock.stop();
        }
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the window one step later (making one of the playing length if there is none). */
    public void stepForward() {
        move(true);
    }

    /** Moves the window one step earlier. */
    public void stepBack() {
        move(false);
    }

    /** Advances by as many steps as the time since the last tick allows at the current speed. */
    void tick(long nanos) {
        if (!playing.get()) {
            return;
        }
        if (lastTick >= 0) {
            pendingSteps += (nanos - lastTick) / 1e9 * speed.get();
        }
        lastTick = nanos;
        while (pendingSteps >= 1 && playing.get()) {
            pendingSteps -= 1;
            advance();
        }
    }

    private void advance() {
        LocalDate next = dayOf(state.getTimeWindow().startDay()).plus(step.get());
        if (isPastEnd(next)) {
            if (loop.get()) {
                next = firstDay();
            } else {
                pause();
                return;
            }
        }
        state.setTimeWindow(windowFrom(next));
    }

    private void move(boolean forward) {
        if (state.store().isEmpty()) {
            return;
        }
        TimeWindow w = state.getTimeWindow();
        if (w == null) {
            state.setTimeWindow(windowFrom(firstDay()));
            return;
        }
        LocalDate start = dayOf(w.startDay());
        LocalDate end = dayOf(w.endDay());
        LocalDate newStart = forward ? start.plus(step.get()) : start.minus(step.get());
        LocalDate newEnd = forward ? end.plus(step.get()) : end.minus(step.get());
        state.setTimeWindow(TimeWindow.ofDays(newStart, newEnd.minusDays(1)));
    }

    /** The window of the playing length starting on {@code start}. */
    private TimeWindow windowFrom(LocalDate start) {
        return TimeWindow.ofDays(start, start.plus(windowLength.get()).minusDays(1));
    }

    /**
     * The month of the first event that passes the filters (of the first event when none does): playing from the
     * dataset's first month under a search for 2012's events would show years of empty steps first.
     */
    private LocalDate firstDay() {
        int first = state.getFiltered().nextSetBit(0);
        int day = first >= 0 ? state.store().startDay(first) : state.store().firstDay();
        return LocalDate.ofEpochDay(day).withDayOfMonth(1);
    }

    /** Whether a window starting on {@code start} begins after the last event that passes the filters. */
    private boolean isPastEnd(LocalDate start) {
        EventSelection filtered = state.getFiltered();
        int last = filtered.previousSetBit(filtered.size() - 1);
        return start.toEpochDay() > (last >= 0 ? state.store().endDay(last) : state.store().lastDay());
    }

    private static LocalDate dayOf(double epochDay) {
        return LocalDate.ofEpochDay((long) Math.floor(epochDay));
    }
}
