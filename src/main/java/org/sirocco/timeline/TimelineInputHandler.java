package org.sirocco.timeline;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
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
 * the shared time window on every drag event, so the other views follow while the user drags. Its edges snap to the
 * unit the axis labels (years, months or days), so that a brush from one label to the next covers exactly that
 * period; with Alt (or Ctrl, which window managers leave alone) held they move by whole days.
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
    private final ContextMenu foldedMenu = new ContextMenu();

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
        foldedMenu.hide();
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
        SnapUnit unit = e.isAltDown() || e.isControlDown() ? SnapUnit.DAY : TimelineRenderer.snapUnit(l.scale);
        switch (gesture) {
            case CREATE -> state.setTimeWindow(window(pressDay, day, unit));
            case MOVE -> state.setTimeWindow(moved(pressWindow, Math.round((day - pressDay) / unit.days), unit));
            case RESIZE_START -> state.setTimeWindow(resized(pressWindow.endDay(), day, unit));
            case RESIZE_END -> state.setTimeWindow(resized(pressWindow.startDay(), day, unit));
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

    /**
     * The window between two instants in either order, each at the nearest boundary of {@code unit}; when both
     * round to the same boundary, the unit that holds the earlier one.
     */
    static TimeWindow window(double a, double b, SnapUnit unit) {
        double start = unit.round(Math.min(a, b));
        double end = unit.round(Math.max(a, b));
        if (end <= start) {
            start = unit.floor(Math.min(a, b));
            end = unit.plus(start, 1);
        }
        return new TimeWindow(start, end);
    }

    /** The window from {@code fixed}, an edge that stays, to the unit boundary nearest {@code day}: never empty. */
    static TimeWindow resized(double fixed, double day, SnapUnit unit) {
        double edge = unit.round(day);
        if (edge == fixed) {
            edge = day < fixed ? unit.plus(fixed, -1) : unit.plus(fixed, 1);
        }
        return new TimeWindow(Math.min(fixed, edge), Math.max(fixed, edge));
    }

    /** {@code w} moved by {@code n} units, each edge along the calendar: a year's window stays a whole year. */
    static TimeWindow moved(TimeWindow w, long n, SnapUnit unit) {
        double start = Math.floor(w.startDay());
        double end = Math.ceil(w.endDay());
        return new TimeWindow(unit.plus(start, n), unit.plus(end, n));
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.PENDING && e.getButton() == MouseButton.PRIMARY) {
            Category label = layout.get().laneLabelAt(e.getX(), e.getY());
            if (layout.get().isOnFoldedBox(e.getX(), e.getY())) {
                showFoldedMenu(e.getScreenX(), e.getScreenY());
            } else if (label != null) {
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

    /** A menu of the folded lanes: the one chosen gets a lane, and the least used open lane folds instead. */
    private void showFoldedMenu(double screenX, double screenY) {
        TimelineLayout l = layout.get();
        foldedMenu.getItems().clear();
        for (Category c : l.folded()) {
            MenuItem item = new MenuItem(view.laneLabels().unfold(c, laneSets.get()[c.ordinal()].count()));
            item.setOnAction(a -> {
                view.getPreferredLanes().remove(c);
                view.getPreferredLanes().add(0, c);
            });
            foldedMenu.getItems().add(item);
        }
        foldedMenu.show(target, screenX, screenY);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                && layout.get().laneLabelAt(e.getX(), e.getY()) == null
                && !layout.get().isOnFoldedBox(e.getX(), e.getY())) {
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
        if (l.laneLabelAt(e.getX(), e.getY()) != null || l.isOnFoldedBox(e.getX(), e.getY())) {
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
