package org.sirocco.map;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToIntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.Category;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.ScaleBar;
import org.sirocco.i18n.Messages;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.symbols.CountryWideMark;

/**
 * What every map picture needs to be read on its own: a legend of the categories with the number of events of each
 * in view (and of those known only to their country, when any is shown), a scale bar true where it stands, a north
 * arrow pointing to true north, and the data's attribution. Drawn on the canvas, so that a snapshot or an export
 * carries them; laid out before the names, which keep clear of every panel.
 */
final class FurniturePainter {

    static final double MARGIN = 10;
    static final double SCALE_BAR_MAX = 140;
    private static final Color PANEL = Color.rgb(255, 255, 255, 0.94);
    private static final Color INK = Color.rgb(40, 40, 40);
    private static final double LEGEND_MIN_WIDTH = 168;
    private static final double LEGEND_ROW = 16;

    private static final double NORTH_ARROW_RADIUS = 17;

    private final TextWidths widths = new TextWidths();
    private Bounds lastScaleBarBox;
    private double lastScaleLabelRight;
    private ScaleBar scaleBar;
    private Bounds lastLegend;
    private Bounds northArrow;
    private Bounds attributionBox;
    private int countryWideInView;
    private double legendWidth = LEGEND_MIN_WIDTH;

    /**
     * Places the legend, the scale bar, the north arrow and the attribution of frame f, and returns their boxes (in
     * canvas pixels), which names keep clear of.
     *
     * @param countryWideInView how many events known only to their country the frame shows: the legend explains
     *                          their mark when there are any
     * @param hiddenUnder       how many events a legend would hide at the given place: the legend goes to the lower
     *                          left corner unless the upper left one hides fewer
     */
    List<Bounds> layout(MapFrame f, MapTexts texts, int countryWideInView, ToIntFunction<Bounds> hiddenUnder) {
        this.countryWideInView = countryWideInView;
        legendWidth = legendWidth(f, texts);
        Bounds low = legendBounds(f, false);
        Bounds high = legendBounds(f, true);
        int underHigh = hiddenUnder.applyAsInt(grown(high));
        int underLow = hiddenUnder.applyAsInt(grown(low));
        // On a tie the legend stays where it was, so that it does not jump from corner to corner while panning.
        boolean wasHigh = lastLegend != null && lastLegend.minY() == high.minY();
        lastLegend = underHigh < underLow || wasHigh && underHigh == underLow ? high : low;
        layoutScaleBar(f, texts);
        double cx = f.width() - MARGIN - NORTH_ARROW_RADIUS;
        double cy = MARGIN + NORTH_ARROW_RADIUS;
        northArrow = new Bounds(cx - NORTH_ARROW_RADIUS, cy - NORTH_ARROW_RADIUS, cx + NORTH_ARROW_RADIUS,
                cy + NORTH_ARROW_RADIUS);
        double w = widths.of(texts.attribution(), MapFonts.SMALL);
        attributionBox = new Bounds(f.width() - MARGIN - w - 6, f.height() - 16, f.width() - MARGIN + 4,
                f.height() - 2);
        return panels();
    }

    /** The boxes of the legend, the scale bar, the north arrow and the attribution of the last layout. */
    List<Bounds> panels() {
        return List.of(lastLegend, lastScaleBarBox, northArrow, attributionBox);
    }

    /** Draws the furniture where the last {@link #layout} placed it. */
    void draw(GraphicsContext gc, MapFrame f, MapView style, MapTexts texts, int[] inViewByCategory) {
        drawLegend(gc, f, style, inViewByCategory, texts, lastLegend);
        drawScaleBar(gc, texts);
        drawNorthArrow(gc, f, texts.north());
        drawAttribution(gc, texts.attribution());
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

    /**
     * The legend's box in the lower left corner, above the attribution, or in the upper left one, with the rows of
     * the last layout.
     */
    Bounds legendBounds(MapFrame f, boolean top) {
        int rows = Category.count() + (f.sizeByCasualties() ? 1 : 0) + (countryWideInView > 0 ? 1 : 0);
        double w = legendWidth;
        double h = 22 + rows * LEGEND_ROW + 4;
        double y = top ? MARGIN : f.height() - MARGIN - 18 - h;
        return new Bounds(MARGIN, y, MARGIN + w, y + h);
    }

    /** As wide as its longest row needs, with room for as many events as the frame may show. */
    private double legendWidth(MapFrame f, MapTexts texts) {
        double count = widths.of(String.format("%,d", f.visible().count()), MapFonts.LEGEND);
        double w = widths.of(texts.legendTitle(), MapFonts.LEGEND_TITLE) + 16;
        List<String> rows = new ArrayList<>(texts.categoryNames());
        rows.add(texts.countryWide());
        for (String row : rows) {
            w = Math.max(w, 26 + widths.of(row, MapFonts.LEGEND) + 12 + count + 8);
        }
        return Math.max(LEGEND_MIN_WIDTH, Math.ceil(w));
    }

    /** The scale bar's panel in the last frame, in canvas pixels. */
    Bounds lastScaleBarBox() {
        return lastScaleBarBox;
    }

    /** Where the scale bar's length label ended on the right in the last frame, in canvas pixels. */
    double lastScaleLabelRight() {
        return lastScaleLabelRight;
    }

    private void drawLegend(GraphicsContext gc, MapFrame f, MapView style, int[] counts, MapTexts texts,
            Bounds box) {
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
        gc.setFont(MapFonts.LEGEND_TITLE);
        gc.fillText(texts.legendTitle(), x + 8, y + 11);
        gc.setFont(MapFonts.LEGEND);
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
            gc.fillText(texts.categoryNames().get(c.ordinal()), x + 26, cy);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(Messages.integer(Messages.locale(texts.messages()), counts[c.ordinal()]), x + w - 8, cy);
        }
        int extraRow = Category.count();
        if (countryWideInView > 0) {
            double cy = y + 22 + extraRow++ * row + row / 2;
            CountryWideMark.draw(gc, x + 14, cy, 6, INK);
            gc.setFill(INK);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(texts.countryWide(), x + 26, cy);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(Messages.integer(Messages.locale(texts.messages()), countryWideInView), x + w - 8, cy);
        }
        if (f.sizeByCasualties()) {
            double cy = y + 22 + extraRow * row + row / 2;
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setFill(INK);
            gc.fillText(texts.killed(), x + 8, cy);
            double cx = x + 50;
            for (int killed : new int[] {1, 10, 100}) {
                double d = EventPainter.MARKER_SIZE * EventPainter.casualtyScale(killed);
                gc.setStroke(INK);
                gc.strokeOval(cx, cy - d / 2, d, d);
                gc.setFill(INK);
                gc.setFont(MapFonts.SMALL);
                gc.fillText(Integer.toString(killed), cx + d + 2, cy);
                cx += d + 22;
            }
            gc.setFont(MapFonts.LEGEND);
        }
    }

    private void layoutScaleBar(MapFrame f, MapTexts texts) {
        double panelRight = f.width() - MARGIN + 6;
        double x = f.width() - MARGIN - SCALE_BAR_MAX;
        double y = f.height() - MARGIN - 22;
        scaleBar = ScaleBar.at(f.viewport(), f.projection(), f.width(), f.height(), x, y, SCALE_BAR_MAX);
        // The length is centred on the end tick: a bar near its longest would push it off the map, so the bar moves
        // left instead (a few pixels, too few to change the scale).
        double labelHalf = widths.of(scaleBar.label(texts.messages()), MapFonts.SMALL) / 2;
        x -= Math.max(0, x + scaleBar.pixels() + labelHalf + 2 - panelRight);
        lastScaleBarBox = new Bounds(x - 6, y - 16, panelRight, y + 8);
        lastScaleLabelRight = x + scaleBar.pixels() + labelHalf;
    }

    private void drawScaleBar(GraphicsContext gc, MapTexts texts) {
        ScaleBar bar = scaleBar;
        Bounds box = lastScaleBarBox;
        double x = box.minX() + 6;
        double y = box.maxY() - 8;
        gc.setFill(PANEL);
        gc.fillRoundRect(box.minX(), box.minY(), box.width(), box.height(), 6, 6);
        gc.setStroke(INK);
        gc.setLineWidth(1.5);
        gc.strokeLine(x, y, x + bar.pixels(), y);
        gc.strokeLine(x, y - 4, x, y + 1);
        gc.strokeLine(x + bar.pixels(), y - 4, x + bar.pixels(), y + 1);
        gc.setFill(INK);
        gc.setFont(MapFonts.SMALL);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("0", x - 2, y - 4);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(bar.label(texts.messages()), x + bar.pixels(), y - 4);
    }

    /**
     * A north arrow along the meridian through the top-right corner's neighbourhood (meridians converge on a
     * conic): a split arrowhead, half dark and half light, with the N above its tip, inside a disc.
     */
    private void drawNorthArrow(GraphicsContext gc, MapFrame f, String north) {
        double cx = northArrow.centerX();
        double cy = northArrow.centerY();
        double[] lonLat = f.projection().unproject(f.viewport().toMapX(cx, f.width()),
                f.viewport().toMapY(cy, f.height()));
        double[] a = f.projection().project(lonLat[0], lonLat[1]);
        double[] b = f.projection().project(lonLat[0], Math.min(89, lonLat[1] + 0.5));
        double angle = Math.atan2(f.sx(b[0]) - f.sx(a[0]), -(f.sy(b[1]) - f.sy(a[1])));
        gc.save();
        gc.translate(cx, cy);
        gc.setFill(PANEL);
        gc.fillOval(-NORTH_ARROW_RADIUS, -NORTH_ARROW_RADIUS, 2 * NORTH_ARROW_RADIUS, 2 * NORTH_ARROW_RADIUS);
        gc.rotate(Math.toDegrees(angle));
        gc.setFill(INK);
        gc.fillPolygon(new double[] {0, 0, -5}, new double[] {-5, 8, 13}, 3);
        gc.setFill(Color.WHITE);
        gc.fillPolygon(new double[] {0, 5, 0}, new double[] {-5, 13, 8}, 3);
        gc.setStroke(INK);
        gc.setLineWidth(1);
        gc.strokePolygon(new double[] {0, 5, 0, -5}, new double[] {-5, 13, 8, 13}, 4);
        gc.setFill(INK);
        gc.setFont(MapFonts.LEGEND_TITLE);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(north, 0, -5);
        gc.restore();
    }


    private void drawAttribution(GraphicsContext gc, String attribution) {
        Bounds box = attributionBox;
        gc.setFill(PANEL);
        gc.fillRect(box.minX(), box.minY(), box.width(), box.height());
        gc.setFill(INK);
        gc.setFont(MapFonts.SMALL);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(attribution, box.maxX() - 4, box.maxY() - 1);
    }
}
