package org.sirocco.map;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.Category;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.BoundaryLine;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.CountryShape;
import org.sirocco.geo.MapViewport;
import org.sirocco.symbols.CategorySymbols;

/** Draws one frame of the map: sea, land, boundaries, country names, then event markers. */
final class MapRenderer {

    static final double MARKER_SIZE = 10;
    /** Above this many events in view, markers would bury each other: draw their density instead. */
    static final int MAX_MARKERS = 5_000;
    private static final Font LABEL_FONT = Font.font("System", FontWeight.SEMI_BOLD, 11);
    private static final double[] DASHES = {5, 4};

    private final Text measure = new Text();
    private final DensityRaster density = new DensityRaster();

    /** Everything a frame depends on. */
    record Frame(double width, double height, MapViewport viewport, Basemap basemap, EventLayer events,
            EventSelection visible, int selected, int hovered) {
    }

    /** Draws a frame and returns how many markers it drew. */
    int draw(GraphicsContext gc, Frame f, MapView style) {
        gc.setFill(style.getSeaColor());
        gc.fillRect(0, 0, f.width(), f.height()); // also resets the canvas's command buffer
        if (f.viewport() == null) {
            return 0;
        }
        Bounds visibleArea = f.viewport().visibleBounds(f.width(), f.height());
        if (f.basemap() != null) {
            drawLand(gc, f, visibleArea, style);
            drawBoundaries(gc, f, visibleArea, style);
            drawCountryLabels(gc, f, visibleArea, style);
        }
        return f.events() == null ? 0 : drawEvents(gc, f, style);
    }

    private void drawLand(GraphicsContext gc, Frame f, Bounds area, MapView style) {
        gc.setFill(style.getLandColor());
        gc.setFillRule(FillRule.EVEN_ODD);
        for (CountryShape c : f.basemap().countries()) {
            if (!c.bounds().intersects(area)) {
                continue;
            }
            gc.beginPath();
            for (double[] ring : c.rings()) {
                tracePath(gc, f, ring, true);
            }
            gc.fill();
        }
    }

    private void drawBoundaries(GraphicsContext gc, Frame f, Bounds area, MapView style) {
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (BoundaryLine.Kind kind : BoundaryLine.Kind.values()) {
            switch (kind) {
                case COAST -> {
                    gc.setStroke(style.getCoastColor());
                    gc.setLineWidth(0.8);
                    gc.setLineDashes();
                }
                case BORDER -> {
                    gc.setStroke(style.getBorderColor());
                    gc.setLineWidth(0.9);
                    gc.setLineDashes();
                }
                case DISPUTED -> {
                    gc.setStroke(style.getBorderColor());
                    gc.setLineWidth(1.1);
                    gc.setLineDashes(DASHES);
                }
            }
            gc.beginPath();
            for (BoundaryLine line : f.basemap().boundaries()) {
                if (line.kind() == kind && line.bounds().intersects(area)) {
                    tracePath(gc, f, line.xy(), false);
                }
            }
            gc.stroke();
        }
        gc.setLineDashes();
    }

    private void drawCountryLabels(GraphicsContext gc, Frame f, Bounds area, MapView style) {
        gc.setFont(LABEL_FONT);
        gc.setFill(style.getLabelColor());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        measure.setFont(LABEL_FONT);
        double mpp = f.viewport().metresPerPixel();
        for (CountryShape c : f.basemap().countries()) {
            if (c.iso() == null || !area.contains(c.labelX(), c.labelY())) {
                continue;
            }
            String label = c.name().toUpperCase(Locale.ROOT);
            measure.setText(label);
            double roomPixels = 2 * c.labelRoom() / mpp;
            if (measure.getLayoutBounds().getWidth() > roomPixels * 1.3) {
                continue; // no room inside the country at this zoom
            }
            double sx = f.viewport().toScreenX(c.labelX(), f.width());
            double sy = f.viewport().toScreenY(c.labelY(), f.height());
            gc.fillText(label, sx, sy);
        }
    }

    private int drawEvents(GraphicsContext gc, Frame f, MapView style) {
        EventLayer layer = f.events();
        MapViewport vp = f.viewport();
        double w = f.width();
        double h = f.height();
        if (f.visible().count() > MAX_MARKERS && inView(f) > MAX_MARKERS) {
            int counted = density.render(layer, f.visible(), vp, w, h, style.getSymbols());
            gc.setImageSmoothing(false);
            gc.drawImage(density.image(), 0, 0, density.image().getWidth() * DensityRaster.CELL,
                    density.image().getHeight() * DensityRaster.CELL);
            gc.setImageSmoothing(true);
            drawHighlight(gc, f, f.hovered(), style, 1.5);
            drawHighlight(gc, f, f.selected(), style, 2.5);
            return counted;
        }
        double pad = MARKER_SIZE;
        CategorySymbols symbols = style.getSymbols();
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1);
        gc.setLineDashes();
        int[] drawn = {0};
        Category[] current = {null};
        f.visible().forEach(i -> {
            double sx = vp.toScreenX(layer.x[i], w);
            double sy = vp.toScreenY(layer.y[i], h);
            if (sx < -pad || sy < -pad || sx > w + pad || sy > h + pad) {
                return;
            }
            Category c = layer.store.category(i);
            if (c != current[0]) {
                gc.setFill(symbols.color(c));
                current[0] = c;
            }
            CategorySymbols.shape(c).draw(gc, sx, sy, MARKER_SIZE);
            drawn[0]++;
        });
        drawHighlight(gc, f, f.hovered(), style, 1.5);
        drawHighlight(gc, f, f.selected(), style, 2.5);
        return drawn[0];
    }

    /** How many visible events fall inside the view, stopping once past the marker limit. */
    private static int inView(Frame f) {
        EventLayer layer = f.events();
        Bounds area = f.viewport().visibleBounds(f.width(), f.height());
        int n = 0;
        for (int i = f.visible().nextSetBit(0); i >= 0 && n <= MAX_MARKERS; i = f.visible().nextSetBit(i + 1)) {
            if (area.contains(layer.x[i], layer.y[i])) {
                n++;
            }
        }
        return n;
    }

    private void drawHighlight(GraphicsContext gc, Frame f, int index, MapView style, double ringWidth) {
        if (index < 0 || !f.visible().contains(index)) {
            return;
        }
        EventLayer layer = f.events();
        double sx = f.viewport().toScreenX(layer.x[index], f.width());
        double sy = f.viewport().toScreenY(layer.y[index], f.height());
        Category c = layer.store.category(index);
        gc.setFill(style.getSymbols().color(c));
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        CategorySymbols.shape(c).draw(gc, sx, sy, MARKER_SIZE * 1.5);
        gc.setStroke(style.getHighlightColor());
        gc.setLineWidth(ringWidth);
        double r = MARKER_SIZE * 1.25;
        gc.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
    }

    private static void tracePath(GraphicsContext gc, Frame f, double[] xy, boolean close) {
        MapViewport vp = f.viewport();
        double w = f.width();
        double h = f.height();
        double lastX = vp.toScreenX(xy[0], w);
        double lastY = vp.toScreenY(xy[1], h);
        gc.moveTo(lastX, lastY);
        int n = xy.length;
        for (int i = 2; i < n; i += 2) {
            double sx = vp.toScreenX(xy[i], w);
            double sy = vp.toScreenY(xy[i + 1], h);
            // Points closer than half a pixel add nothing visible but cost rasterising time.
            if (Math.abs(sx - lastX) + Math.abs(sy - lastY) >= 0.5 || i == n - 2) {
                gc.lineTo(sx, sy);
                lastX = sx;
                lastY = sy;
            }
        }
        if (close) {
            gc.closePath();
        }
    }
}
