package org.sirocco.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.Category;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.symbols.CategorySymbols;

/**
 * Draws one frame of the timeline: the histogram strip, the lanes (marks, or density columns when crowded or
 * collapsed), picked and highlighted events, the brush, the axis and the lane names.
 */
final class TimelineRenderer {

    static final String OPEN = "\u25be ";
    static final String CLOSED = "\u25b8 ";
    private static final Font AXIS_FONT = Font.font("System", 11);
    /** Least room between two axis labels. */
    private static final double LABEL_GAP = 8;
    private static final Font LANE_FONT = Font.font("System", FontWeight.SEMI_BOLD, 10);
    private static final double MIN_LABEL_SPACING = 64;
    /** Above this many events per pixel of width in a lane, draw density columns instead of marks. */
    private static final double MARKS_PER_PIXEL_LIMIT = 1.5;
    private static final double DENSITY_COLUMN = 2;
    private static final double HISTOGRAM_BIN = 3;
    /** Picked events are ringed one by one up to this many in view. */
    private static final int MAX_PICKED_RINGS = 3_000;

    private List<TickGenerator.Tick> ticks = List.of();
    private List<TickGenerator.PlacedLabel> axisLabels = List.of();
    private final Text measure = new Text();
    /** Axis label widths by text: the same few labels come back frame after frame. */
    private final Map<String, Double> labelWidths = new HashMap<>();

    /** Everything a frame depends on. */
    record Frame(TimelineLayout layout, EventStore store, EventSelection[] laneSets, EventSelection visible,
            TimeWindow window, int selected, int hovered, EventSelection selection, LaneLabels labels) {
    }

    /** Draws a frame, returning the number of marks (and density columns) drawn. */
    int draw(GraphicsContext gc, Frame f, TimelineView style) {
        TimelineLayout l = f.layout();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, l.width, l.height); // also resets the canvas's command buffer
        drawLanes(gc, l, style);
        ticks = TickGenerator.ticks(l.scale, MIN_LABEL_SPACING, f.labels().locale());
        axisLabels = TickGenerator.placeLabels(ticks, l.scale, this::axisLabelWidth, LABEL_GAP);
        drawGrid(gc, l, ticks, style);
        drawHistogram(gc, f, style);
        int marks = 0;
        for (Category c : Category.values()) {
            marks += drawLane(gc, f, c, style);
        }
        drawPicked(gc, f, style);
        drawHighlight(gc, f, f.hovered(), style, 1.5);
        drawHighlight(gc, f, f.selected(), style, 2.5);
        drawBrush(gc, f, style);
        drawAxis(gc, l, style);
        drawLaneNames(gc, f, style);
        return marks;
    }

    /** The ticks under the axis of the last frame drawn, labelled or not. */
    List<TickGenerator.Tick> ticks() {
        return ticks;
    }

    /** The labels under the axis of the last frame drawn, where they stand. */
    List<TickGenerator.PlacedLabel> axisLabels() {
        return axisLabels;
    }

    /** The unit a brush snaps to at {@code scale}: the one its labels step by. */
    static SnapUnit snapUnit(TimeScale scale) {
        return TickGenerator.majorStep(scale, MIN_LABEL_SPACING).snapUnit();
    }

    private double axisLabelWidth(String label) {
        if (labelWidths.size() > 2_000) {
            labelWidths.clear();
        }
        return labelWidths.computeIfAbsent(label, text -> {
            measure.setFont(AXIS_FONT);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private void drawLanes(GraphicsContext gc, TimelineLayout l, TimelineView style) {
        gc.setFill(style.getLaneColor());
        int shown = 0;
        for (Category c : Category.values()) {
            if (!l.isFolded(c) && shown++ % 2 == 0) {
                gc.fillRect(0, l.laneTop(c), l.width, l.laneHeight(c));
            }
        }
    }

    private void drawGrid(GraphicsContext gc, TimelineLayout l, List<TickGenerator.Tick> ticks, TimelineView style) {
        gc.setLineWidth(1);
        for (TickGenerator.Tick t : ticks) {
            double x = Math.round(l.scale.toX(t.day())) + 0.5;
            gc.setStroke(t.major() ? style.getAxisColor().deriveColor(0, 1, 1, 0.25)
                    : style.getAxisColor().deriveColor(0, 1, 1, 0.08));
            gc.strokeLine(x, l.lanesTop(), x, l.lanesBottom());
        }
    }

    /**
     * How many filtered events fall in each bin of a few pixels, stacked by category: the shape of activity over
     * time, readable at any number of events because each bin is two lookups in the rank structure.
     */
    private void drawHistogram(GraphicsContext gc, Frame f, TimelineView style) {
        TimelineLayout l = f.layout();
        EventStore store = f.store();
        int bins = (int) Math.ceil(l.width / HISTOGRAM_BIN);
        int[][] counts = new int[Category.count()][bins];
        int[] totals = new int[bins];
        int max = 1;
        int prev = store.lowerBound(l.scale.toDay(0));
        for (int b = 0; b < bins; b++) {
            int next = store.lowerBound(l.scale.toDay((b + 1) * HISTOGRAM_BIN));
            for (Category c : Category.values()) {
                int n = f.laneSets()[c.ordinal()].countInRange(prev, next);
                counts[c.ordinal()][b] = n;
                totals[b] += n;
            }
            max = Math.max(max, totals[b]);
            prev = next;
        }
        double top = 4;
        double room = l.lanesTop() - top - 3;
        gc.setFill(style.getLaneColor());
        gc.fillRect(0, 0, l.width, l.lanesTop());
        for (int b = 0; b < bins; b++) {
            if (totals[b] == 0) {
                continue;
            }
            double y = top + room;
            for (Category c : Category.values()) {
                int n = counts[c.ordinal()][b];
                if (n > 0) {
                    double h = room * n / max;
                    gc.setFill(style.getSymbols().color(c));
                    gc.fillRect(b * HISTOGRAM_BIN, y - h, HISTOGRAM_BIN - 0.5, h);
                    y -= h;
                }
            }
        }
        gc.setStroke(style.getAxisColor().deriveColor(0, 1, 1, 0.4));
        gc.setLineWidth(1);
        gc.strokeLine(0, l.lanesTop() - 0.5, l.width, l.lanesTop() - 0.5);
    }

    private int drawLane(GraphicsContext gc, Frame f, Category c, TimelineView style) {
        TimelineLayout l = f.layout();
        EventStore store = f.store();
        EventSelection lane = f.laneSets()[c.ordinal()];
        int from = store.lowerBound(l.scale.startDay() - 1);
        int to = store.lowerBound(l.scale.endDay() + 1);
        int inView = lane.countInRange(from, to);
        if (inView == 0 || l.isFolded(c)) {
            return 0;
        }
        Color color = style.getSymbols().color(c);
        if (l.isCollapsed(c) || inView > l.width * MARKS_PER_PIXEL_LIMIT) {
            return drawDensity(gc, f, lane, c, color);
        }
        gc.setLineWidth(1);
        int[] count = {0};
        lane.forEachInRange(from, to, i -> {
            boolean shown = f.visible().contains(i);
            double x = l.markX(store, i);
            double y = l.markY(store, i);
            Color fill = shown ? color : color.deriveColor(0, 0.35, 1.15, 0.35);
            DatePrecision precision = store.precision(i);
            if (store.endDay(i) > store.startDay(i)) {
                // a multi-day event as a bar; a month or a year as a faint bracket: "somewhere in this period"
                double x0 = l.scale.toX(store.startDay(i));
                double x1 = l.scale.toX(store.endDay(i) + 1);
                if (x1 - x0 >= 2) {
                    gc.setFill(fill.deriveColor(0, 1, 1, precision == DatePrecision.DAY ? 0.5 : 0.18));
                    gc.fillRect(x0, y - 1.5, x1 - x0, 3);
                }
            }
            gc.setFill(fill);
            gc.setStroke(shown ? Color.WHITE : Color.TRANSPARENT);
            if (precision == DatePrecision.DAY) {
                CategorySymbols.shape(c).draw(gc, x, y, TimelineLayout.MARK_SIZE);
            } else {
                gc.setStroke(fill);
                gc.beginPath();
                CategorySymbols.shape(c).trace(gc, x, y, TimelineLayout.MARK_SIZE);
                gc.stroke();
            }
            count[0]++;
        });
        return count[0];
    }

    private int drawDensity(GraphicsContext gc, Frame f, EventSelection lane, Category c, Color color) {
        TimelineLayout l = f.layout();
        EventStore store = f.store();
        double top = l.laneTop(c) + 2;
        double room = l.laneHeight(c) - 4;
        int columns = (int) Math.ceil(l.width / DENSITY_COLUMN);
        int[] counts = new int[columns];
        int max = 1;
        int prev = store.lowerBound(l.scale.toDay(0));
        for (int k = 0; k < columns; k++) {
            int next = store.lowerBound(l.scale.toDay((k + 1) * DENSITY_COLUMN));
            counts[k] = lane.countInRange(prev, next);
            max = Math.max(max, counts[k]);
            prev = next;
        }
        gc.setFill(color);
        int drawn = 0;
        double logMax = Math.log1p(max);
        for (int k = 0; k < columns; k++) {
            if (counts[k] > 0) {
                double h = Math.max(1, room * Math.log1p(counts[k]) / logMax);
                gc.fillRect(k * DENSITY_COLUMN, top + room - h, DENSITY_COLUMN, h);
                drawn++;
            }
        }
        return drawn;
    }

    /** Rings the events picked together on the map, so that a box drawn there shows when they happened. */
    private void drawPicked(GraphicsContext gc, Frame f, TimelineView style) {
        EventSelection picked = f.selection();
        TimelineLayout l = f.layout();
        int from = f.store().lowerBound(l.scale.startDay() - 1);
        int to = f.store().lowerBound(l.scale.endDay() + 1);
        int n = picked.countInRange(from, to);
        if (n == 0 || n > MAX_PICKED_RINGS) {
            return;
        }
        gc.setStroke(style.getHighlightColor());
        gc.setLineWidth(1.5);
        double r = TimelineLayout.MARK_SIZE * 0.95;
        picked.forEachInRange(from, to, i -> {
            Category c = f.store().category(i);
            if (f.laneSets()[c.ordinal()].contains(i) && !l.isFolded(c)) {
                double x = l.markX(f.store(), i);
                double y = l.markY(f.store(), i);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        });
    }

    private void drawHighlight(GraphicsContext gc, Frame f, int index, TimelineView style, double ringWidth) {
        TimelineLayout l = f.layout();
        if (index < 0 || !f.laneSets()[f.store().category(index).ordinal()].contains(index)
                || l.isFolded(f.store().category(index))) {
            return;
        }
        double x = l.markX(f.store(), index);
        if (x < -20 || x > l.width + 20) {
            return;
        }
        double y = l.markY(f.store(), index);
        Category c = f.store().category(index);
        gc.setFill(style.getSymbols().color(c));
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        CategorySymbols.shape(c).draw(gc, x, y, TimelineLayout.MARK_SIZE * 1.5);
        gc.setStroke(style.getHighlightColor());
        gc.setLineWidth(ringWidth);
        double r = TimelineLayout.MARK_SIZE * 1.2;
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void drawBrush(GraphicsContext gc, Frame f, TimelineView style) {
        TimeWindow w = f.window();
        if (w == null) {
            return;
        }
        TimelineLayout l = f.layout();
        double x0 = l.scale.toX(w.startDay());
        double x1 = l.scale.toX(w.endDay());
        double bottom = l.lanesBottom();
        Color brush = style.getBrushColor();
        // dim what lies outside the window, so that the brushed period stands out
        gc.setFill(Color.gray(0.5, 0.12));
        gc.fillRect(0, 0, Math.max(0, x0), bottom);
        gc.fillRect(x1, 0, Math.max(0, l.width - x1), bottom);
        gc.setFill(brush.deriveColor(0, 1, 1, 0.10));
        gc.fillRect(x0, 0, x1 - x0, bottom);
        gc.setStroke(brush);
        gc.setLineWidth(1.5);
        gc.strokeLine(x0, 0, x0, bottom);
        gc.strokeLine(x1, 0, x1, bottom);
        gc.setFill(brush);
        double mid = (l.lanesTop() + bottom) / 2;
        double hh = Math.min(28, (bottom - l.lanesTop()) * 0.4);
        gc.fillRoundRect(x0 - 3, mid - hh / 2, 6, hh, 4, 4);
        gc.fillRoundRect(x1 - 3, mid - hh / 2, 6, hh, 4, 4);
    }

    /** The axis line, its ticks, and each label centred on its tick. */
    private void drawAxis(GraphicsContext gc, TimelineLayout l, TimelineView style) {
        double y = l.lanesBottom();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, y, l.width, TimelineLayout.AXIS_HEIGHT);
        gc.setStroke(style.getAxisColor());
        gc.setLineWidth(1);
        gc.strokeLine(0, y + 0.5, l.width, y + 0.5);
        gc.setFont(AXIS_FONT);
        gc.setFill(style.getTextColor());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (TickGenerator.Tick t : ticks) {
            double x = Math.round(l.scale.toX(t.day())) + 0.5;
            gc.strokeLine(x, y, x, y + (t.major() ? 7 : 3));
        }
        for (TickGenerator.PlacedLabel label : axisLabels) {
            gc.fillText(label.tick().label(), label.x(), y + 6);
        }
    }

    /**
     * Each lane's name with a disclosure triangle, on a light box that collapses or opens the lane, and the box
     * that says how many lanes are folded into the histogram.
     */
    private void drawLaneNames(GraphicsContext gc, Frame f, TimelineView style) {
        TimelineLayout l = f.layout();
        gc.setFont(LANE_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Category c : Category.values()) {
            double[] box = l.labelBox(c);
            if (box != null) {
                drawNameBox(gc, box, (l.isCollapsed(c) ? CLOSED : OPEN) + f.labels().names().get(c.ordinal()), style);
            }
        }
        double[] folded = l.foldedBox();
        if (folded != null) {
            drawNameBox(gc, folded, f.labels().folded(l.folded().size()), style);
        }
    }

    private static void drawNameBox(GraphicsContext gc, double[] box, String text, TimelineView style) {
        gc.setFill(Color.rgb(255, 255, 255, 0.85));
        gc.fillRoundRect(box[0], box[1], box[2] - box[0], box[3] - box[1], 6, 6);
        gc.setFill(style.getTextColor());
        gc.fillText(text, box[0] + 4, (box[1] + box[3]) / 2);
    }

    /** Width of the box for each of {@code texts} in the lane font. */
    static double[] labelWidths(List<String> texts) {
        Text measure = new Text();
        measure.setFont(LANE_FONT);
        double[] widths = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            measure.setText(texts.get(i));
            widths[i] = measure.getLayoutBounds().getWidth() + 8;
        }
        return widths;
    }

    /** The fonts the timeline writes with. */
    static List<Font> fonts() {
        return List.of(AXIS_FONT, LANE_FONT);
    }
}
