package org.sirocco.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import org.sirocco.data.Category;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;

/**
 * Draws the timeline on one Canvas, once per pulse however many changes arrived, and keeps per-lane selections
 * (filtered events of each category) that are recomputed only when the filters change.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {

    private final Canvas canvas = new Canvas();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final TimelineInputHandler input;
    private final List<String> laneNames = new ArrayList<>();
    private EventSelection[] laneSets;
    private final double[] labelWidths;
    private boolean dirty = true;

    TimelineViewSkin(TimelineView control) {
        super(control);
        getChildren().add(canvas);
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");
        for (Category c : Category.values()) {
            laneNames.add(messages.getString("category." + c.id() + ".plural"));
        }
        ViewState state = control.getViewState();
        rebuildLanes();
        labelWidths = TimelineRenderer.labelWidths(laneNames);
        input = new TimelineInputHandler(control, canvas, this::layout, () -> laneSets);
        registerInvalidationListener(state.datasetProperty(), o -> {
            control.fitAll();
            markDirty();
        });
        registerInvalidationListener(state.filteredProperty(), o -> {
            rebuildLanes();
            markDirty();
        });
        registerInvalidationListener(state.visibleProperty(), o -> markDirty());
        registerInvalidationListener(state.timeWindowProperty(), o -> {
            if (control.getPlayback().isPlaying()) {
                control.keepWindowInView();
            }
            markDirty();
        });
        registerInvalidationListener(state.selectedEventProperty(), o -> {
            control.scrollIntoView(state.getSelectedEvent());
            markDirty();
        });
        registerInvalidationListener(state.hoveredEventProperty(), o -> markDirty());
        registerInvalidationListener(state.selectionProperty(), o -> markDirty());
        registerInvalidationListener(control.visibleRangeProperty(), o -> markDirty());
        registerInvalidationListener(control.getCollapsedLanes(), o -> markDirty());
    }

    private void rebuildLanes() {
        ViewState state = getSkinnable().getViewState();
        EventStore store = state.store();
        EventSelection filtered = state.getFiltered();
        laneSets = new EventSelection[Category.count()];
        for (Category c : Category.values()) {
            laneSets[c.ordinal()] = filtered.and(store.withCategory(c));
        }
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    Canvas canvas() {
        return canvas;
    }


    /** The layout of the current size and range, or null before the first layout. */
    TimelineLayout layout() {
        TimelineView view = getSkinnable();
        TimeWindow range = view.getVisibleRange();
        if (range == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return null;
        }
        TimeScale scale = new TimeScale(range.startDay(), range.endDay(), 0, canvas.getWidth());
        return new TimelineLayout(scale, canvas.getWidth(), canvas.getHeight(), view.getCollapsedLanes(), labelWidths);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (view.getVisibleRange() == null) {
            view.fitAll();
        }
        TimelineLayout layout = layout();
        if (dirty && layout != null) {
            dirty = false;
            ViewState state = view.getViewState();
            TimelineRenderer.Frame frame = new TimelineRenderer.Frame(layout, state.store(), laneSets,
                    state.getVisible(), state.getTimeWindow(), state.getSelectedEvent(), state.getHoveredEvent(),
                    state.getSelection(), laneNames);
            view.setMarksDrawn(renderer.draw(canvas.getGraphicsContext2D(), frame, view));
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 220;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }
}
