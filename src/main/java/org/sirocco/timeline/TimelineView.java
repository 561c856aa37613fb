package org.sirocco.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.geometry.Point2D;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sirocco.data.Category;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.symbols.StyleableColors;

/**
 * A zoomable time axis with a histogram of activity, the events in one collapsible lane per category, and a brush
 * that sets the shared time window. Drag across the lanes to draw a brush, drag its edges to resize it, its middle
 * to move it, double-click to clear it; the brush snaps to the years, months or days the axis labels, and moves by
 * whole days with Alt (or Ctrl) held. Lanes with no room to be read fold into the histogram, least used first. The
 * wheel zooms about the pointer; dragging the axis or the histogram (or dragging with the right or middle button
 * anywhere) pans. Space plays and pauses, the arrow keys step the window, shift with the arrows pans.
 */
public class TimelineView extends Control {

    /** Narrowest and widest range the axis shows, in days. */
    public static final double MIN_RANGE_DAYS = 7;
    public static final double MAX_RANGE_DAYS = 200 * 365.25;
    /** The width the timeline asks for, and the width it fits the axis to before it is laid out. */
    static final double PREF_WIDTH = 800;
    private static final String DEFAULT_STYLE_CLASS = "timeline-view";

    private final ViewState viewState;
    private final ObjectProperty<TimeWindow> visibleRange = new SimpleObjectProperty<>(this, "visibleRange") {
        @Override
        public void set(TimeWindow value) {
            if (value != null && value.length() < MIN_RANGE_DAYS) {
                double mid = (value.startDay() + value.endDay()) / 2;
                value = new TimeWindow(mid - MIN_RANGE_DAYS / 2, mid + MIN_RANGE_DAYS / 2);
            } else if (value != null && value.length() > MAX_RANGE_DAYS) {
                double mid = (value.startDay() + value.endDay()) / 2;
                value = new TimeWindow(mid - MAX_RANGE_DAYS / 2, mid + MAX_RANGE_DAYS / 2);
            }
            super.set(value);
        }
    };
    private final ReadOnlyIntegerWrapper marksDrawn = new ReadOnlyIntegerWrapper(this, "marksDrawn");
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1) {
        @Override
        public void set(double value) {
            super.set(value >= 1 && value <= 8 ? value : 1);
        }
    };
    private final ResourceBundle messages;
    private final LaneLabels laneLabels;
    private final ObservableSet<Category> collapsedLanes = FXCollections.observableSet(EnumSet.noneOf(Category.class));
    private final ObservableList<Category> preferredLanes = FXCollections.observableArrayList();
    private final Playback playback;
    private final CategorySymbols symbols = new CategorySymbols(this, StyleableProperties.CATEGORY_COLORS);
    private final StyleableObjectProperty<Color> axisColor =
            StyleableColors.property(this, "axisColor", StyleableProperties.AXIS);
    private final StyleableObjectProperty<Color> laneColor =
            StyleableColors.property(this, "laneColor", StyleableProperties.LANE);
    private final StyleableObjectProperty<Color> brushColor =
            StyleableColors.property(this, "brushColor", StyleableProperties.BRUSH);
    private final StyleableObjectProperty<Color> textColor =
            StyleableColors.property(this, "textColor", StyleableProperties.TEXT);
    private final StyleableObjectProperty<Color> highlightColor =
            StyleableColors.property(this, "highlightColor", StyleableProperties.HIGHLIGHT);

    /** A timeline that plays on the toolkit's animation pulse. */
    public TimelineView(ViewState viewState, ResourceBundle messages) {
        this(viewState, messages, Playback.pulse());
    }

    /** A timeline whose playback takes its time from {@code clock} (tests drive it by hand). */
    public TimelineView(ViewState viewState, ResourceBundle messages, Playback.Clock clock) {
        this.viewState = viewState;
        this.messages = messages;
        this.laneLabels = new LaneLabels(messages);
        this.playback = new Playback(viewState, clock);
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline-view.css").toExternalForm();
    }

    public ViewState getViewState() {
        return viewState;
    }

    /** The messages it speaks in (its lane names), given by whoever built it. */
    public ResourceBundle getMessages() {
        return messages;
    }

    LaneLabels laneLabels() {
        return laneLabels;
    }

    /**
     * The stretch of time the axis shows (not the brush: that is the view state's time window); null until the
     * first layout fits the dataset. Clamped to {@link #MIN_RANGE_DAYS}..{@link #MAX_RANGE_DAYS}.
     */
    public final ObjectProperty<TimeWindow> visibleRangeProperty() {
        return visibleRange;
    }

    public final TimeWindow getVisibleRange() {
        return visibleRange.get();
    }

    public final void setVisibleRange(TimeWindow value) {
        visibleRange.set(value);
    }

    /** Playing through time: the window length, step, speed, loop, and play and pause. */
    public Playback getPlayback() {
        return playback;
    }

    /** The lanes drawn as thin density strips instead of marks; clicking a lane's name toggles it. */
    public final ObservableSet<Category> getCollapsedLanes() {
        return collapsedLanes;
    }

    /**
     * The lanes the user asked to see when there is no room for every lane, the latest first: they keep their room
     * while the least used lanes fold into the histogram.
     */
    public final ObservableList<Category> getPreferredLanes() {
        return preferredLanes;
    }

    /**
     * Canvas pixels per layout pixel: above 1 draws the timeline sharper for a picture snapshotted at a larger scale (a
     * 4K export of a full-HD layout). Pointer input expects 1, so on screen it stays 1.
     */
    public final DoubleProperty renderScaleProperty() {
        return renderScale;
    }

    public final double getRenderScale() {
        return renderScale.get();
    }

    public final void setRenderScale(double value) {
        renderScale.set(value);
    }

    /**
     * Moves the axis so that event {@code index} shows, clear of the edges and of the lane names; does nothing if it
     * shows already. The axis keeps its span and stays within the all-time range, so that following a selection to
     * the first or last events does not scroll into empty years; an axis wider than all time shows all time.
     */
    public void scrollIntoView(int index) {
        TimeWindow range = getVisibleRange();
        double w = contentWidth();
        if (range == null || w <= 0 || index < 0 || index >= viewState.store().size()) {
            return;
        }
        double day = viewState.store().startDay(index) + 0.5;
        double margin = range.length() * 0.05;
        double namesMargin = labelsRoom() * range.length() / w;
        if (day >= range.startDay() + Math.max(margin, namesMargin) && day <= range.endDay() - margin) {
            return;
        }
        TimeWindow all = allTime(w);
        if (range.length() >= all.length()) {
            setVisibleRange(all);
            return;
        }
        double start = Math.min(Math.max(day - range.length() / 2, all.startDay()), all.endDay() - range.length());
        setVisibleRange(new TimeWindow(start, start + range.length()));
    }

    /** Moves the axis, keeping its span, so that the whole time window shows (when it fits). */
    public void keepWindowInView() {
        TimeWindow range = getVisibleRange();
        TimeWindow window = viewState.getTimeWindow();
        if (range == null || window == null || window.length() > range.length()) {
            return;
        }
        if (window.endDay() > range.endDay()) {
            setVisibleRange(range.shiftedBy(window.endDay() - range.endDay() + range.length() * 0.1));
        } else if (window.startDay() < range.startDay()) {
            setVisibleRange(range.shiftedBy(window.startDay() - range.startDay() - range.length() * 0.1));
        }
    }

    /**
     * Brings a window chosen away from the axis (typed, or picked from a menu) into view: frames it with room around
     * it when it is not wholly on the axis or would be a sliver of it; shows all time for no window.
     */
    public void reveal(TimeWindow window) {
        TimeWindow range = getVisibleRange();
        if (window == null) {
            fitAll();
        } else if (range == null || window.startDay() < range.startDay() || window.endDay() > range.endDay()
                || window.length() * 20 < range.length()) {
            setVisibleRange(framing(window));
        }
    }

    /** How many event marks the last frame drew (density columns count as one each). */
    public final ReadOnlyIntegerProperty marksDrawnProperty() {
        return marksDrawn.getReadOnlyProperty();
    }

    public final int getMarksDrawn() {
        return marksDrawn.get();
    }

    void setMarksDrawn(int n) {
        marksDrawn.set(n);
    }

    /**
     * Where the mark of event {@code index} is, in this control's coordinates, or null when it is not drawn (filtered
     * out or outside the visible range).
     */
    public Point2D markPosition(int index) {
        TimelineLayout layout = getSkin() instanceof TimelineViewSkin skin ? skin.layout() : null;
        if (layout == null || index < 0 || !viewState.getFiltered().contains(index)
                || layout.isFolded(viewState.store().category(index))) {
            return null;
        }
        double x = layout.markX(viewState.store(), index);
        if (x < 0 || x > layout.width) {
            return null;
        }
        return new Point2D(snappedLeftInset() + x, snappedTopInset() + layout.markY(viewState.store(), index));
    }

    /**
     * The range that shows {@code window} with room around it for context (everything when null), so that a
     * picture of a scene shows its window among what came before and after. Everything is framed for the axis's
     * width, or for its preferred width before it is laid out (a laid-out axis then re-frames itself).
     */
    public TimeWindow framing(TimeWindow window) {
        if (window == null) {
            double w = contentWidth();
            return allTime(w > 0 ? w : PREF_WIDTH);
        }
        double pad = Math.max(60, window.length() * 0.75);
        // The context around the window stops where the data does (an axis running on into empty years says
        // nothing); the window itself is always shown whole.
        double w = contentWidth();
        TimeWindow all = allTime(w > 0 ? w : PREF_WIDTH);
        return new TimeWindow(Math.max(window.startDay() - pad, Math.min(window.startDay(), all.startDay())),
                Math.min(window.endDay() + pad, Math.max(window.endDay(), all.endDay())));
    }

    /**
     * Every event with a little room on both sides for an axis {@code width} pixels wide; on the left, enough room
     * that the earliest mark (and its highlight ring) stands clear of the lane names drawn over the lanes.
     */
    TimeWindow allTime(double width) {
        EventStore store = viewState.store();
        double first = store.firstDay();
        double end = store.lastDay() + 1;
        double pad = Math.max(30, (end - first) * 0.03);
        end += pad;
        double room = Math.min(labelsRoom(), width / 2);
        // the first day sits room pixels in: (first - start) / (end - start) = room / width
        double before = Math.max(pad, (end - first) * room / (width - room));
        return new TimeWindow(first - before, end);
    }

    /** The axis's width inside the control's insets; 0 before the first layout. */
    private double contentWidth() {
        return getWidth() - snappedLeftInset() - snappedRightInset();
    }

    /** Pixels from the left edge to where a mark and its highlight ring stand clear of the lane names. */
    private double labelsRoom() {
        return laneLabels.right() + TimelineLayout.MARK_SIZE * 1.5;
    }

    /** Shows the whole dataset with a little room on both sides and the earliest events clear of the lane names. */
    public void fitAll() {
        setVisibleRange(framing(null));
    }

    public CategorySymbols getSymbols() {
        return symbols;
    }

    public final Color getAxisColor() {
        return axisColor.get();
    }

    public final Color getLaneColor() {
        return laneColor.get();
    }

    public final Color getBrushColor() {
        return brushColor.get();
    }

    public final Color getTextColor() {
        return textColor.get();
    }

    public final Color getHighlightColor() {
        return highlightColor.get();
    }


    private static final class StyleableProperties {
        static final List<CssMetaData<TimelineView, Color>> CATEGORY_COLORS =
                CategorySymbols.cssMetaData(TimelineView::getSymbols);
        static final CssMetaData<TimelineView, Color> AXIS =
                StyleableColors.metaData("-sc-axis-color", "#6b6b6b", v -> v.axisColor);
        static final CssMetaData<TimelineView, Color> LANE =
                StyleableColors.metaData("-sc-lane-color", "#f3f3f0", v -> v.laneColor);
        static final CssMetaData<TimelineView, Color> BRUSH =
                StyleableColors.metaData("-sc-brush-color", "#1f5fa8", v -> v.brushColor);
        static final CssMetaData<TimelineView, Color> TEXT =
                StyleableColors.metaData("-sc-text-color", "#333333", v -> v.textColor);
        static final CssMetaData<TimelineView, Color> HIGHLIGHT =
                StyleableColors.metaData("-sc-highlight-color", "#111111", v -> v.highlightColor);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
            list.addAll(CATEGORY_COLORS);
            list.addAll(List.of(AXIS, LANE, BRUSH, TEXT, HIGHLIGHT));
            ALL = Collections.unmodifiableList(list);
        }

    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** Every font the timeline writes with; a picture exported at a scale draws each that much larger. */
    public static List<Font> fonts() {
        return TimelineRenderer.fonts();
    }
}
