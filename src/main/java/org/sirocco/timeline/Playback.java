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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sirocco.data.EventSelection;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;

/**
 * Plays the dataset through time, from a {@link #fromProperty() start} to an {@link #toProperty() end} date (by
 * default the first and last events the filters keep): a window of {@link #windowLengthProperty() length} (say six
 * months) steps by {@link #stepProperty() step} (say a month) {@link #speedProperty() speed} times a second, or, in
 * {@link #cumulativeProperty() cumulative} mode, the window grows from the start by a step at a time. Each frame is
 * written to the shared time window, so that the map animates as it plays; the last frame ends on the end date, and
 * after it playing loops or stops. Time comes from a {@link Clock}: the toolkit's pulse in the app, a test's own hand
 * in tests.
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
    private final ReadOnlyObjectWrapper<TimeWindow> frame = new ReadOnlyObjectWrapper<>(this, "frame");
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
    private final BooleanProperty cumulative = new SimpleBooleanProperty(this, "cumulative");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    /** The first day of frame 0 of the run being played. */
    private LocalDate origin;
    private int frameIndex;
    /** The last frame written, kept after a pause so that playing again goes on from it. */
    private TimeWindow shown;
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

    /** The window of the frame on show while playing; null when not playing. */
    public ReadOnlyObjectProperty<TimeWindow> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** How long the window is while playing (not in cumulative mode). */
    public ObjectProperty<Period> windowLengthProperty() {
        return windowLength;
    }

    /** How far the window moves (or grows, in cumulative mode) at each step. */
    public ObjectProperty<Period> stepProperty() {
        return step;
    }

    /** Steps per second, 0.1 to 20. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Whether playing starts again from the start after the last frame. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    /** Whether the window keeps its first day and grows a step at a time, showing everything since the start. */
    public BooleanProperty cumulativeProperty() {
        return cumulative;
    }

    /** The first day played; null: the month of the first event the filters keep. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day played: the last frame ends on it; null: the last day of the last event the filters keep. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /**
     * Plays on from the frame it was paused on, or from the start date; with no start date set, from the start of
     * the time window when it lies within the playing range (so that a user who brushed 2012 plays from 2012).
     */
    public void play() {
        if (playing.get() || state.store().isEmpty()) {
            return;
        }
        TimeWindow w = state.getTimeWindow();
        if (w != null && w.equals(shown)) {
            if (isLastFrame(frameIndex)) {
                // played to the end: again from the start
                origin = start();
                frameIndex = 0;
            }
        } else if (w != null && from.get() == null && !w.firstDay().isBefore(start())
                && !w.firstDay().isAfter(end())) {
            playFrom(w);
        } else {
            origin = start();
            frameIndex = 0;
        }
        playing.set(true);
        show(frameIndex);
        lastTick = -1;
        pendingSteps = 0;
        clock.start(this::tick);
    }

    public void pause() {
        if (playing.get()) {
            playing.set(false);
            clock.stop();
            frame.set(null);
        }
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Moves the window one step later (making one of the playing length if there is none); in cumulative mode, moves
     * its end only.
     */
    public void stepForward() {
        move(true);
    }

    /** Moves the window one step earlier; in cumulative mode, its end only. */
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
        TimeWindow w = state.getTimeWindow();
        if (w != null && !w.equals(shown)) {
            // the user moved the window while it played: play on from there
            playFrom(w);
        }
        if (isLastFrame(frameIndex)) {
            if (loop.get()) {
                origin = start();
                frameIndex = 0;
            } else {
                pause();
                return;
            }
        } else {
            frameIndex++;
        }
        show(frameIndex);
    }

    /** Makes window {@code w} the frame played: its start the run's, and in cumulative mode its end the frame's. */
    private void playFrom(TimeWindow w) {
        origin = w.firstDay();
        frameIndex = cumulative.get() ? stepsCovering(origin, w.lastDay()) : 0;
    }

    private void show(int index) {
        shown = frame(index);
        frame.set(shown);
        state.setTimeWindow(shown);
    }

    /**
     * Frame {@code k} of the run from {@link #origin}. The last frame is cut at an end date the user set; with none,
     * it keeps its length past the last event.
     */
    private TimeWindow frame(int k) {
        LocalDate first = cumulative.get() ? origin : origin.plus(step.get().multipliedBy(k));
        LocalDate last = naturalLast(k);
        if (to.get() != null && last.isAfter(to.get()) && !first.isAfter(to.get())) {
            last = to.get();
        }
        return TimeWindow.ofDays(first, last);
    }

    /** The last day of frame {@code k} before the end date cuts it. */
    private LocalDate naturalLast(int k) {
        if (cumulative.get()) {
            return origin.plus(step.get().multipliedBy(k + 1)).minusDays(1);
        }
        return origin.plus(step.get().multipliedBy(k)).plus(windowLength.get()).minusDays(1);
    }

    private boolean isLastFrame(int k) {
        return !naturalLast(k).isBefore(end());
    }

    /** The fewest steps after which a cumulative window from {@code first} reaches {@code last}. */
    private int stepsCovering(LocalDate first, LocalDate last) {
        int k = 0;
        while (first.plus(step.get().multipliedBy(k + 1)).minusDays(1).isBefore(last) && k < 100_000) {
            k++;
        }
        return k;
    }

    private void move(boolean forward) {
        if (state.store().isEmpty()) {
            return;
        }
        TimeWindow w = state.getTimeWindow();
        if (w == null) {
            origin = start();
            frameIndex = 0;
            shown = frame(0);
            state.setTimeWindow(shown);
            return;
        }
        LocalDate start = w.firstDay();
        LocalDate end = w.lastDay().plusDays(1);
        LocalDate newEnd = forward ? end.plus(step.get()) : end.minus(step.get());
        if (cumulative.get()) {
            // the start stays; the window keeps at least one step
            LocalDate least = start.plus(step.get());
            state.setTimeWindow(new TimeWindow(start.toEpochDay(),
                    (newEnd.isBefore(least) ? least : newEnd).toEpochDay()));
            return;
        }
        LocalDate newStart = forward ? start.plus(step.get()) : start.minus(step.get());
        state.setTimeWindow(TimeWindow.ofDays(newStart, newEnd.minusDays(1)));
    }

    /** The start date, or the month of the first event that passes the filters (of the first event when none does). */
    private LocalDate start() {
        if (from.get() != null) {
            return from.get();
        }
        // playing from the dataset's first month under a search for 2012's events would show years of empty steps
        int first = state.getFiltered().nextSetBit(0);
        int day = first >= 0 ? state.store().startDay(first) : state.store().firstDay();
        return LocalDate.ofEpochDay(day).withDayOfMonth(1);
    }

    /** The end date, or the last day of the last event that passes the filters (of the last event when none does). */
    private LocalDate end() {
        if (to.get() != null) {
            return to.get();
        }
        EventSelection filtered = state.getFiltered();
        int last = filtered.previousSetBit(filtered.size() - 1);
        return LocalDate.ofEpochDay(last >= 0 ? state.store().endDay(last) : state.store().lastDay());
    }
}
