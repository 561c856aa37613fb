package org.sirocco.map;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToIntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.Category;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.ScaleBar;
import org.sirocco.i18n.Messages;
import org.sirocco.symbols.CategorySymbols;

/**
 * What every map picture needs to be read on its own: a legend of the categories with the number of events of each
 * in view, a scale bar true where it stands, a north arrow pointing to true north, and the data's attribution.
 * Drawn on the canvas, so that a snapshot or an export carries them.
 */
final class FurniturePainter {

    static final double MARGIN = 10;
    static final double SCALE_BAR_MAX = 140;
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font FONT = Font.font("System", 11);
    private static final Font SMALL_FONT = Font.font("System", 9.5);
    private static final Color PANEL = Color.rgb(255, 255, 255, 0.94);
    private static final Color INK = Color.rgb(40, 40, 40);
    private static final double LEGEND_WIDTH = 168;
    private static final double LEGEND_ROW = 16;

    private final Text measure = new Text();
    private Bounds lastScaleBarBox;
    private double lastScaleLabelRight;
    private Bounds lastLegend;

    /**
     * @param hiddenUnder how many events a legend would hide at the given place: the legend goes to the lower left
     *                    corner unless the upper left one hides fewer
     */
    void draw(GraphicsContext gc, MapFrame f, MapView style, int[] inViewByCategory, List<String> categoryNames,
            ResourceBundle messages, String attribution, ToIntFunction<Bounds> hiddenUnder) {
        if (f.viewport() == null) {
            return;
        }
        Bounds low = legendBounds(f, false);
        Bounds high = legendBounds(f, true);
        int underHigh = hiddenUnder.applyAsInt(grown(high));
        int underLow = hiddenUnder.applyAsInt(grown(low));
        // On a tie the legend stays where it was, so that it does not jump from corner to corner while panning.
        boolean wasHigh = lastLegend != null && lastLegend.minY() == high.minY();
        lastLegend = underHigh < underLow || wasHigh && underHigh == underLow ? high : low;
        drawLegend(gc, f, style, inViewByCategory, categoryNames, messages, lastLegend);
        drawScaleBar(gc, f, messages);
        drawNorthArrow(gc, f, messages.getString("map.north"));
        drawAttribution(gc, f, attribution);
    }

    /** Where the legend of the last frame is, in canvas pixels. */
    Bounds lastLegend() {
        return lastLegend;
    }

    /** A box grown by a marker's radius: a marker half under the legend is hidden too. */
    static Bounds grown(Bounds b) {
        double r = EventPainter.MARKER_SIZE;
        return new Bounds(b.minX() - r, b.minY() - r, b.maxX() + r, b.maxY() + r);
    }

    /** The legend's box in the lower left corner, above the attribution, or in the upper left one. */
    static Bounds legendBounds(MapFrame f, boolean top) {
        int rows = Category.count() + (f.sizeByCasualties() ? 1 : 0);
        double w = LEGEND_WIDTH;
        double h = 22 + rows * LEGEND_ROW + 4;
        double y = top ? MARGIN : f.height() - MARGIN - 18 - h;
        return new Bounds(MARGIN, y, MARGIN + w, y + h);
    }

    /** The scale bar's panel in the last frame, in canvas pixels. */
    Bounds lastScaleBarBox() {
        return lastScaleBarBox;
    }

    /** Where the scale bar's length label ended on the right in the last frame, in canvas pixels. */
    double lastScaleLabelRight() {
        return lastScaleLabelRight;
    }

    private void drawLegend(GraphicsContext gc, MapFrame f, MapView style, int[] counts, List<String> names,
            ResourceBundle messages, Bounds box) {
        double row = LEGEND_ROW;
        double w = box.width();
        double h = box.height();
        double x = box.minX();
        double y = box.minY();
        gc.setFill(PANEL);
        gc.fillRoundRect(x, y, w, h, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(INK);
        gc.setFont(TITLE_FONT);
        gc.fillText(messages.getString("map.legend.title"), x + 8, y + 11);
        gc.setFont(FONT);
        for (Category c : Category.values()) {
            double cy = y + 22 + c.ordinal() * row + row / 2;
            boolean any = counts[c.ordinal()] > 0;
            Color color = style.getSymbols().color(c);
            gc.setFill(any ? color : color.deriveColor(0, 0.3, 1.2, 0.5));
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1);
            CategorySymbols.shape(c).draw(gc, x + 14, cy, 9);
            gc.setFill(any ? INK : Color.GRAY);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(names.get(c.ordinal()), x + 26, cy);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(Messages.integer(Messages.locale(messages), counts[c.ordinal()]), x + w - 8, cy);
        }
        if (f.sizeByCasualties()) {
            double cy = y + 22 + Category.count() * row + row / 2;
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setFill(INK);
            gc.fillText(messages.getString("map.legend.killed"), x + 8, cy);
            double cx = x + 50;
            for (int killed : new int[] {1, 10, 100}) {
                double d = EventPainter.MARKER_SIZE * EventPainter.casualtyScale(killed);
                gc.setStroke(INK);
                gc.strokeOval(cx, cy - d / 2, d, d);
                gc.setFill(INK);
                gc.setFont(SMALL_FONT);
                gc.fillText(Integer.toString(killed), cx + d + 2, cy);
                cx += d + 22;
            }
            gc.setFont(FONT);
        }
    }

    private void drawScaleBar(GraphicsContext gc, MapFrame f, ResourceBundle messages) {
        double panelRight = f.width() - MARGIN + 6;
        double x = f.width() - MARGIN - SCALE_BAR_MAX;
        double y = f.height() - MARGIN - 22;
        ScaleBar bar = ScaleBar.at(f.viewport(), f.projection(), f.width(), f.height(), x, y, SCALE_BAR_MAX);
        // The length is centred on the end tick: a bar near its longest would push it off the map, so the bar moves
        // left instead (a few pixels, too few to change the scale).
        String label = bar.label(messages);
        double labelHalf = textWidth(label, SMALL_FONT) / 2;
        x -= Math.max(0, x + bar.pixels() + labelHalf + 2 - panelRight);
        lastScaleBarBox = new Bounds(x - 6, y - 16, panelRight, y + 8);
        gc.setFill(PANEL);
        gc.fillRoundRect(x - 6, y - 16, panelRight - (x - 6), 24, 6, 6);
        gc.setStroke(INK);
        gc.setLineWidth(1.5);
        gc.strokeLine(x, y, x + bar.pixels(), y);
        gc.strokeLine(x, y - 4, x, y + 1);
        gc.strokeLine(x + bar.pixels(), y - 4, x + bar.pixels(), y + 1);
        gc.setFill(INK);
        gc.setFont(SMALL_FONT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("0", x - 2, y - 4);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, x + bar.pixels(), y - 4);
        lastScaleLabelRight = x + bar.pixels() + labelHalf;
    }

    /**
     * A north arrow along the meridian through the top-right corner's neighbourhood (meridians converge on a
     * conic): a split arrowhead, half dark and half light, with the N above its tip, inside a disc.
     */
    private void drawNorthArrow(GraphicsContext gc, MapFrame f, String north) {
        double cx = f.width() - MARGIN - 17;
        double cy = MARGIN + 17;
        double[] lonLat = f.projection().unproject(f.viewport().toMapX(cx, f.width()),
                f.viewport().toMapY(cy, f.height()));
        double[] a = f.projection().project(lonLat[0], lonLat[1]);
        double[] b = f.projection().project(lonLat[0], Math.min(89, lonLat[1] + 0.5));
        double angle = Math.atan2(f.sx(b[0]) - f.sx(a[0]), -(f.sy(b[1]) - f.sy(a[1])));
        gc.save();
        gc.translate(cx, cy);
        gc.setFill(PANEL);
        gc.fillOval(-17, -17, 34, 34);
        gc.rotate(Math.toDegrees(angle));
        gc.setFill(INK);
        gc.fillPolygon(new double[] {0, 0, -5}, new double[] {-5, 8, 13}, 3);
        gc.setFill(Color.WHITE);
        gc.fillPolygon(new double[] {0, 5, 0}, new double[] {-5, 13, 8}, 3);
        gc.setStroke(INK);
        gc.setLineWidth(1);
        gc.strokePolygon(new double[] {0, 5, 0, -5}, new double[] {-5, 13, 8, 13}, 4);
        gc.setFill(INK);
        gc.setFont(TITLE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(north, 0, -5);
        gc.restore();
    }

    private double textWidth(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private void drawAttribution(GraphicsContext gc, MapFrame f, String attribution) {
        gc.setFont(SMALL_FONT);
        double w = textWidth(attribution, SMALL_FONT);
        double x = f.width() - MARGIN;
        double y = f.height() - 3;
        gc.setFill(PANEL);
        gc.fillRect(x - w - 6, y - 13, w + 10, 14);
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(attribution, x, y);
    }
}
