package org.sirocco.timeline;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.transform.Scale;
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
    /** The drawn area in layout pixels; the canvas has renderScale times as many. */
    private double width;
    private double height;
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final TimelineInputHandler input;
    private final LaneLabels laneLabels;
    private EventSelection[] laneSets;
    /** Filtered events in each lane: the least used lanes fold first when there is no room. */
    private final int[] laneCounts = new int[Category.count()];
    private boolean dirty = true;

    TimelineViewSkin(TimelineView control) {
        super(control);
        getChildren().add(canvas);
        laneLabels = control.laneLabels();
        ViewState state = control.getViewState();
        rebuildLanes();
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
        registerInvalidationListener(control.getPreferredLanes(), o -> markDirty());
        registerInvalidationListener(control.renderScaleProperty(), o -> markDirty());
    }

    private void rebuildLanes() {
        ViewState state = getSkinnable().getViewState();
        EventStore store = state.store();
        EventSelection filtered = state.getFiltered();
        laneSets = new EventSelection[Category.count()];
        for (Category c : Category.values()) {
            laneSets[c.ordinal()] = filtered.and(store.withCategory(c));
            laneCounts[c.ordinal()] = laneSets[c.ordinal()].count();
        }
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The ticks the last frame drew under the axis. */
    List<TickGenerator.Tick> axisTicks() {
        return renderer.ticks();
    }

    /** The labels the last frame drew under the axis, where they stand. */
    List<TickGenerator.PlacedLabel> axisLabels() {
        return renderer.axisLabels();
    }

    /** How many events each lane holds under the current filters, by category. */
    int laneCount(Category c) {
        return laneCounts[c.ordinal()];
    }


    /** The layout of the current size and range, or null before the first layout. */
    TimelineLayout layout() {
        TimelineView view = getSkinnable();
        TimeWindow range = view.getVisibleRange();
        if (range == null || width <= 0 || height <= 0) {
            return null;
        }
        TimeScale scale = new TimeScale(range.startDay(), range.endDay(), 0, width);
        return new TimelineLayout(scale, width, height, new TimelineLayout.Lanes(view.getCollapsedLanes(),
                view.getPreferredLanes(), laneCounts, laneLabels));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        double pixels = view.getRenderScale();
        if (width != w || height != h || canvas.getWidth() != w * pixels) {
            // an axis showing all time keeps showing it at the new width, with room for the lane names
            TimeWindow range = view.getVisibleRange();
            double before = width > 0 ? width : TimelineView.PREF_WIDTH;
            if (width != w && range != null && range.equals(view.allTime(before))) {
                view.setVisibleRange(view.allTime(w));
            }
            width = w;
            height = h;
            canvas.setWidth(w * pixels);
            canvas.setHeight(h * pixels);
            canvas.getTransforms().setAll(pixels == 1 ? List.of() : List.of(new Scale(1 / pixels, 1 / pixels)));
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
                    state.getSelection(), laneLabels);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(pixels, 0, 0, pixels, 0, 0);
            view.setMarksDrawn(renderer.draw(gc, frame, view));
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return TimelineView.PREF_WIDTH;
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
