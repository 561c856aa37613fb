package org.sirocco.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import org.sirocco.data.Dataset;
import org.sirocco.state.ViewState;

/**
 * Draws the map on one Canvas. Any change marks the skin dirty and requests a layout; the frame is drawn once, in
 * {@code layoutChildren}, however many changes arrived during the pulse.
 */
final class MapViewSkin extends SkinBase<MapView> {

    private final Canvas canvas = new Canvas();
    private final MapRenderer renderer = new MapRenderer();
    private final MapInputHandler input;
    private EventLayer layer;
    private boolean dirty = true;

    MapViewSkin(MapView control) {
        super(control);
        getChildren().add(canvas);
        ViewState state = control.getViewState();
        rebuildLayer(state.getDataset());
        input = new MapInputHandler(control, canvas, () -> layer);
        registerInvalidationListener(state.datasetProperty(), o -> {
            rebuildLayer(state.getDataset());
            markDirty();
        });
        registerInvalidationListener(state.visibleProperty(), o -> markDirty());
        registerInvalidationListener(state.selectedEventProperty(), o -> markDirty());
        registerInvalidationListener(state.hoveredEventProperty(), o -> markDirty());
        registerInvalidationListener(control.viewportProperty(), o -> markDirty());
        registerInvalidationListener(control.basemapProperty(), o -> markDirty());
        registerInvalidationListener(control.homeBoundsProperty(), o -> markDirty());
    }

    private void rebuildLayer(Dataset dataset) {
        layer = dataset == null ? null : new EventLayer(dataset.store(), getSkinnable().getProjection());
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        MapView map = getSkinnable();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (map.getViewport() == null && w > 0 && h > 0) {
            map.fitRegion();
        }
        if (dirty && w > 0 && h > 0) {
            dirty = false;
            ViewState state = map.getViewState();
            MapRenderer.Frame frame = new MapRenderer.Frame(w, h, map.getViewport(), map.getBasemap(), layer,
                    state.getVisible(), state.getSelectedEvent(), state.getHoveredEvent());
            map.setMarkersDrawn(renderer.draw(canvas.getGraphicsContext2D(), frame, map));
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 600;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 100;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 100;
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }
}
