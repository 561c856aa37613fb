package org.sirocco.timeline;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sirocco.data.Category;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;

/**
 * Turns mouse and keys on the timeline into brush, range, hover, selection and playback changes. The brush writes
 * the shared time window on every drag event, so the other views follow while the user drags.
 */
final class TimelineInputHandler {

    static final double EDGE_GRAB = 6;
    static final double PICK_RADIUS = 7;
    private static final double DRAG_THRESHOLD = 3;

    private enum Gesture { NONE, PENDING, CREATE, MOVE, RESIZE_START, RESIZE_END, PAN }

    private final TimelineView view;
    private final Node target;
    private final Supplier<TimelineLayout> layout;
    private final Supplier<EventSelection[]> laneSets;
    private Gesture gesture = Gesture.NONE;
    private Gesture onDrag = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double pressDay;
    private TimeWindow pressWindow;
    private TimeWindow pressRange;

    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onMoved = this::moved;
    private final EventHandler<MouseEvent> onClicked = this::clicked;
    private final EventHandler<MouseEvent> onExited = e -> hover(-1);
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    TimelineInputHandler(TimelineView view, Node target, Supplier<TimelineLayout> layout,
            Supplier<EventSelection[]> laneSets) {
        this.view = view;
        this.target = target;
        this.layout = layout;
        this.laneSets = laneSets;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        target.addEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        target.addEventHandler(ScrollEvent.SCROLL, onScroll);
        view.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        target.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        target.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        target.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        target.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        target.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        target.removeEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        target.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    /** The filtered event whose mark is under {@code (x, y)}, or -1 (none on collapsed lanes). */
    int pick(double x, double y) {
        TimelineLayout l = layout.get();
        if (l == null) {
            return -1;
        }
        Category lane = l.laneAt(y);
        if (lane == null || l.isCollapsed(lane)) {
            return -1;
        }
        EventStore store = view.getViewState().store();
        EventSelection candidates = laneSets.get()[lane.ordinal()];
        int from = store.lowerBound(Math.floor(l.scale.toDay(x - PICK_RADIUS)) - 1);
        int to = store.lowerBound(l.scale.toDay(x + PICK_RADIUS) + 1);
        int[] best = {-1};
        double[] bestD2 = {PICK_RADIUS * PICK_RADIUS};
        candidates.forEachInRange(from, to, i -> {
            double dx = l.markX(store, i) - x;
            double dy = l.markY(store, i) - y;
            double d2 = dx * dx + dy * dy;
            if (d2 <= bestD2[0]) {
                best[0] = i;
                bestD2[0] = d2;
            }
        });
        return best[0];
    }

    /** What a press of the primary button at {@code (x, y)} would start. */
    private Gesture gestureAt(double x, double y) {
        TimelineLayout l = layout.get();
        if (l.isPanStrip(y)) {
            return Gesture.PAN;
        }
        TimeWindow w = view.getViewState().getTimeWindow();
        if (w != null) {
            double x0 = l.scale.toX(w.startDay());
            double x1 = l.scale.toX(w.endDay());
            if (Math.abs(x - x0) <= EDGE_GRAB) {
                return Gesture.RESIZE_START;
            }
            if (Math.abs(x - x1) <= EDGE_GRAB) {
                return Gesture.RESIZE_END;
            }
            if (x > x0 && x < x1) {
                return Gesture.MOVE;
            }
        }
        return Gesture.CREATE;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        TimelineLayout l = layout.get();
        if (l == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressDay = l.scale.toDay(e.getX());
        pressWindow = view.getViewState().getTimeWindow();
        pressRange = view.getVisibleRange();
        onDrag = e.getButton() == MouseButton.PRIMARY ? gestureAt(e.getX(), e.getY()) : Gesture.PAN;
        gesture = Gesture.PENDING;
    }

    private void dragged(MouseEvent e) {
        TimelineLayout l = layout.get();
        if (gesture == Gesture.NONE || l == null) {
            return;
        }
        if (gesture == Gesture.PENDING) {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            gesture = onDrag;
        }
        ViewState state = view.getViewState();
        double day = l.scale.toDay(e.getX());
        switch (gesture) {
            case CREATE -> state.setTimeWindow(window(pressDay, day));
            case MOVE -> state.setTimeWindow(pressWindow.shiftedBy(Math.round(day - pressDay)));
            case RESIZE_START -> state.setTimeWindow(window(day, pressWindow.endDay()));
            case RESIZE_END -> state.setTimeWindow(window(pressWindow.startDay(), day));
            case PAN -> {
                TimeScale start = new TimeScale(pressRange.startDay(), pressRange.endDay(), 0, l.width);
                TimeScale panned = start.pannedBy(e.getX() - pressX);
                view.setVisibleRange(new TimeWindow(panned.startDay(), panned.endDay()));
            }
            default -> {
            }
        }
        e.consume();
    }

    /** The whole-day window spanning two instants in either order, at least one day long. */
    private static TimeWindow window(double a, double b) {
        double start = Math.floor(Math.min(a, b));
        double end = Math.ceil(Math.max(a, b));
        return new TimeWindow(start, Math.max(end, start + 1));
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.PENDING && e.getButton() == MouseButton.PRIMARY) {
            Category label = layout.get().laneLabelAt(e.getX(), e.getY());
            if (label != null) {
                if (!view.getCollapsedLanes().remove(label)) {
                    view.getCollapsedLanes().add(label);
                }
            } else if (!layout.get().isPanStrip(e.getY())) {
                view.getViewState().setSelectedEvent(pick(e.getX(), e.getY()));
            }
        }
        gesture = Gesture.NONE;
        moved(e);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                && layout.get().laneLabelAt(e.getX(), e.getY()) == null) {
            view.getPlayback().pause();
            view.getViewState().setTimeWindow(null);
        }
    }

    private void moved(MouseEvent e) {
        TimelineLayout l = layout.get();
        if (l == null) {
            return;
        }
        int hit = pick(e.getX(), e.getY());
        hover(hit);
        Cursor cursor;
        if (layout.get().laneLabelAt(e.getX(), e.getY()) != null) {
            cursor = Cursor.HAND;
        } else {
            cursor = switch (gestureAt(e.getX(), e.getY())) {
                case RESIZE_START, RESIZE_END -> Cursor.H_RESIZE;
                case MOVE -> hit >= 0 ? Cursor.HAND : Cursor.MOVE;
                case PAN -> Cursor.OPEN_HAND;
                default -> hit >= 0 ? Cursor.HAND : Cursor.CROSSHAIR;
            };
        }
        target.setCursor(cursor);
    }

    private void hover(int index) {
        ViewState state = view.getViewState();
        if (state.getHoveredEvent() != index) {
            state.setHoveredEvent(index);
        }
    }

    private void scrolled(ScrollEvent e) {
        TimelineLayout l = layout.get();
        if (l == null || e.getDeltaY() == 0) {
            return;
        }
        TimeScale zoomed = l.scale.zoomedAbout(e.getX(), Math.pow(2, e.getDeltaY() / 160));
        view.setVisibleRange(new TimeWindow(zoomed.startDay(), zoomed.endDay()));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        TimelineLayout l = layout.get();
        if (l == null) {
            return;
        }
        TimeScale s = l.scale;
        Playback playback = view.getPlayback();
        TimeScale next = null;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> next = s.zoomedAbout(l.width / 2, 1.5);
            case MINUS, SUBTRACT -> next = s.zoomedAbout(l.width / 2, 1 / 1.5);
            case LEFT -> {
                if (e.isShiftDown()) {
                    next = s.pannedBy(l.width / 8);
                } else {
                    playback.stepBack();
                    view.keepWindowInView();
                }
            }
            case RIGHT -> {
                if (e.isShiftDown()) {
                    next = s.pannedBy(-l.width / 8);
                } else {
                    playback.stepForward();
                    view.keepWindowInView();
                }
            }
            case SPACE -> playback.toggle();
            case HOME, DIGIT0 -> view.fitAll();
            case ESCAPE -> {
                playback.pause();
                view.getViewState().setTimeWindow(null);
            }
            default -> {
                return;
            }
        }
        if (next != null) {
            view.setVisibleRange(new TimeWindow(next.startDay(), next.endDay()));
        }
        e.consume();
    }
}
