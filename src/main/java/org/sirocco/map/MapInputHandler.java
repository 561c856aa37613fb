package org.sirocco.map;

import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.MapViewport;
import org.sirocco.state.ViewState;

/**
 * Turns the user's mouse and keys into map changes: drag pans, shift-drag picks the events in a box, the wheel
 * zooms about the pointer, a double-click zooms in; hovering and clicking a marker set the shared hover and
 * selection, clicking a cluster zooms into it (or, when its events share one spot, picks them all); keys pan and
 * zoom, Esc clears what was picked.
 */
final class MapInputHandler {

    /** How close (pixels) the pointer must be to a marker to hover or pick it. */
    static final double PICK_RADIUS = 8;
    private static final double DRAG_THRESHOLD = 3;
    private static final double KEY_PAN = 80;
    private static final double KEY_ZOOM = 1.5;
    private static final double DOUBLE_CLICK_ZOOM = 2;

    private final MapView map;
    private final Canvas target;
    private final MapViewSkin skin;
    private double pressX;
    private double pressY;
    private MapViewport pressViewport;
    private boolean dragging;
    private boolean boxing;

    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onClicked = this::clicked;
    private final EventHandler<MouseEvent> onMoved = this::moved;
    private final EventHandler<MouseEvent> onExited = this::exited;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    MapInputHandler(MapView map, Canvas target, MapViewSkin skin) {
        this.map = map;
        this.target = target;
        this.skin = skin;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        target.addEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        target.addEventHandler(ScrollEvent.SCROLL, onScroll);
        map.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        target.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        target.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        target.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        target.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        target.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        target.removeEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        target.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        map.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    /** What the last frame drew under screen point (sx, sy). */
    MapHit pick(double sx, double sy) {
        MapFrame frame = skin.lastFrame();
        if (frame == null || frame.viewport() == null) {
            return MapHit.NONE;
        }
        return skin.events().hit(frame, sx, sy, PICK_RADIUS);
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
        boxing = e.isShiftDown();
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
        skin.showTooltip(MapHit.NONE, 0, 0);
        if (boxing) {
            target.setCursor(Cursor.CROSSHAIR);
            skin.setBox(new Bounds(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()),
                    Math.max(pressX, e.getX()), Math.max(pressY, e.getY())));
        } else {
            target.setCursor(Cursor.CLOSED_HAND);
            map.setViewport(pressViewport.pannedBy(dx, dy));
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressViewport == null) {
            return;
        }
        if (boxing && dragging) {
            pickBox(pressX, pressY, e.getX(), e.getY());
            skin.setBox(null);
        }
        pressViewport = null;
        dragging = false;
        boxing = false;
        moved(e);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() == 2) {
            MapViewport vp = map.getViewport();
            if (vp != null) {
                map.setViewport(vp.zoomedAbout(e.getX(), e.getY(), target.getWidth(), target.getHeight(),
                        DOUBLE_CLICK_ZOOM));
            }
            return;
        }
        MapHit hit = pick(e.getX(), e.getY());
        ViewState state = map.getViewState();
        if (hit.cluster() != null) {
            openCluster(hit.cluster());
            skin.showTooltip(MapHit.NONE, 0, 0); // it described the cluster, which the zoom has parted
        } else {
            state.setSelectedEvent(hit.event());
            if (hit.isNone()) {
                state.setSelection(null);
            }
        }
    }

    /** Zooms into a cluster; when its events share one spot (no zoom will part them), picks them all instead. */
    private void openCluster(Clusters.Cluster cluster) {
        Bounds extent = cluster.extent();
        MapViewport vp = map.getViewport();
        boolean canSplit = Math.max(extent.width(), extent.height()) / MapView.MIN_METRES_PER_PIXEL
                > EventPainter.CLUSTER_CELL;
        if (canSplit && vp.metresPerPixel() > MapView.MIN_METRES_PER_PIXEL) {
            map.zoomTo(extent);
            if (map.getViewport().metresPerPixel() >= vp.metresPerPixel()) {
                map.setViewport(vp.withMetresPerPixel(vp.metresPerPixel() / 2));
            }
            return;
        }
        ViewState state = map.getViewState();
        java.util.BitSet bits = new java.util.BitSet();
        EventLayer layer = skin.lastFrame().events();
        layer.grid.forEachIn(extent.minX(), extent.minY(), extent.maxX(), extent.maxY(), i -> {
            // events placed precisely at a country's label point are not among its country-wide ones
            if (state.getVisible().contains(i) && layer.countryWide.get(i) == cluster.isCountryWide()) {
                bits.set(i);
            }
        });
        state.setSelection(EventSelection.of(state.store().size(), bits));
        state.setSelectedEvent(bits.nextSetBit(0));
    }

    /** Picks every visible event inside the screen rectangle (x0, y0)-(x1, y1). */
    private void pickBox(double x0, double y0, double x1, double y1) {
        MapFrame frame = skin.lastFrame();
        if (frame == null || frame.events() == null) {
            return;
        }
        MapViewport vp = frame.viewport();
        double w = frame.width();
        double h = frame.height();
        double mx0 = vp.toMapX(Math.min(x0, x1), w);
        double mx1 = vp.toMapX(Math.max(x0, x1), w);
        double my0 = vp.toMapY(Math.max(y0, y1), h);
        double my1 = vp.toMapY(Math.min(y0, y1), h);
        ViewState state = map.getViewState();
        java.util.BitSet bits = new java.util.BitSet();
        frame.events().grid.forEachIn(mx0, my0, mx1, my1, i -> {
            if (state.getVisible().contains(i)) {
                bits.set(i);
            }
        });
        state.setSelection(EventSelection.of(state.store().size(), bits));
        if (!bits.isEmpty() && !bits.get(Math.max(0, state.getSelectedEvent()))) {
            state.setSelectedEvent(bits.nextSetBit(0));
        }
    }

    private void moved(MouseEvent e) {
        if (dragging) {
            return;
        }
        MapHit hit = pick(e.getX(), e.getY());
        hover(hit.event());
        skin.showTooltip(hit, e.getX(), e.getY());
        target.setCursor(hit.isNone() ? Cursor.DEFAULT : Cursor.HAND);
    }

    private void exited(MouseEvent e) {
        hover(-1);
        skin.showTooltip(MapHit.NONE, 0, 0);
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
        skin.showTooltip(MapHit.NONE, 0, 0);
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
            case ESCAPE -> map.getViewState().setSelection(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
