package org.sirocco.map;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.MapViewport;
import org.sirocco.state.ViewState;

/**
 * Turns the user's mouse and keys into map changes: drag pans, the wheel zooms about the pointer, hovering and
 * clicking a marker set the shared hover and selection, keys pan and zoom.
 */
final class MapInputHandler {

    /** How close (pixels) the pointer must be to a marker to hover or pick it. */
    static final double PICK_RADIUS = 8;
    private static final double DRAG_THRESHOLD = 3;
    private static final double KEY_PAN = 80;
    private static final double KEY_ZOOM = 1.5;

    private final MapView map;
    private final Canvas target;
    private final Supplier<EventLayer> layer;
    private double pressX;
    private double pressY;
    private MapViewport pressViewport;
    private boolean dragging;

    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onMoved = this::moved;
    private final EventHandler<MouseEvent> onExited = e -> hover(-1);
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    MapInputHandler(MapView map, Canvas target, Supplier<EventLayer> layer) {
        this.map = map;
        this.target = target;
        this.layer = layer;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        target.addEventHandler(ScrollEvent.SCROLL, onScroll);
        map.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        target.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        target.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        target.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        target.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        target.removeEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        target.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        map.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    /** The visible event under screen point {@code (sx, sy)}, or -1. */
    int pick(double sx, double sy) {
        EventLayer events = layer.get();
        MapViewport vp = map.getViewport();
        if (events == null || vp == null) {
            return -1;
        }
        double x = vp.toMapX(sx, target.getWidth());
        double y = vp.toMapY(sy, target.getHeight());
        EventSelection visible = map.getViewState().getVisible();
        return events.grid.nearest(x, y, PICK_RADIUS * vp.metresPerPixel(), visible::contains);
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressViewport = map.getViewport();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (pressViewport == null || !e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        target.setCursor(Cursor.CLOSED_HAND);
        map.setViewport(pressViewport.pannedBy(dx, dy));
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressViewport == null) {
            return;
        }
        if (!dragging && e.isStillSincePress()) {
            map.getViewState().setSelectedEvent(pick(e.getX(), e.getY()));
        }
        pressViewport = null;
        dragging = false;
        moved(e);
    }

    private void moved(MouseEvent e) {
        int hit = pick(e.getX(), e.getY());
        hover(hit);
        target.setCursor(hit >= 0 ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void hover(int index) {
        ViewState state = map.getViewState();
        if (state.getHoveredEvent() != index) {
            state.setHoveredEvent(index);
        }
    }

    private void scrolled(ScrollEvent e) {
        MapViewport vp = map.getViewport();
        if (vp == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(2, e.getDeltaY() / 160);
        map.setViewport(vp.zoomedAbout(e.getX(), e.getY(), target.getWidth(), target.getHeight(), factor));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> map.zoom(KEY_ZOOM);
            case MINUS, SUBTRACT -> map.zoom(1 / KEY_ZOOM);
            case LEFT -> map.panBy(KEY_PAN, 0);
            case RIGHT -> map.panBy(-KEY_PAN, 0);
            case UP -> map.panBy(0, KEY_PAN);
            case DOWN -> map.panBy(0, -KEY_PAN);
            case DIGIT0, NUMPAD0, HOME -> map.fitRegion();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
