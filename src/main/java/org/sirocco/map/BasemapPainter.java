package org.sirocco.map;

import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.sirocco.geo.BoundaryLine;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.CountryShape;
import org.sirocco.geo.Graticule;

/** Sea, land (the region's countries in a warmer tone than their neighbours), graticule and boundaries. */
final class BasemapPainter {

    /** The countries the dataset is about, filled as land; the others as context. */
    static final Set<String> FOCUS = Set.of("MA", "EH", "DZ", "TN", "LY", "MR", "ML", "NE", "BF", "TD", "ES", "FR",
            "BE");
    private static final double[] DASHES = {5, 4};

    static boolean isFocus(String iso) {
        return iso != null && FOCUS.contains(iso);
    }

    private List<Graticule.Line> graticule;
    private double graticuleStep;

    void draw(GraphicsContext gc, MapFrame f, MapView style) {
        gc.setFill(style.getSeaColor());
        gc.fillRect(0, 0, f.width(), f.height()); // also resets the canvas's command buffer
        if (f.basemap() == null) {
            return;
        }
        Bounds area = f.visibleArea();
        drawLand(gc, f, area, style);
        if (f.graticule()) {
            drawGraticule(gc, f, style);
        }
        drawBoundaries(gc, f, area, style);
    }

    private void drawLand(GraphicsContext gc, MapFrame f, Bounds area, MapView style) {
        gc.setFillRule(FillRule.EVEN_ODD);
        for (boolean focus : new boolean[] {false, true}) {
            gc.setFill(focus ? style.getLandColor() : style.getContextLandColor());
            for (CountryShape c : f.basemap().countries()) {
                if (isFocus(c.iso()) != focus || !c.bounds().intersects(area)) {
                    continue;
                }
                gc.beginPath();
                for (double[] ring : c.rings()) {
                    tracePath(gc, f, ring, true);
                }
                gc.fill();
            }
        }
    }

    private void drawGraticule(GraphicsContext gc, MapFrame f, MapView style) {
        double step = Graticule.spacing(f.viewport().metresPerPixel());
        if (graticule == null || step != graticuleStep) {
            graticule = Graticule.lines(f.projection(), step);
            graticuleStep = step;
        }
        gc.setStroke(style.getGraticuleColor());
        gc.setLineWidth(0.6);
        gc.setLineDashes();
        gc.beginPath();
        for (Graticule.Line line : graticule) {
            tracePath(gc, f, line.xy(), false);
        }
        gc.stroke();
        gc.setFont(MapFonts.GRATICULE);
        gc.setFill(style.getGraticuleColor().darker());
        for (Graticule.Line line : graticule) {
            labelAtEdge(gc, f, line);
        }
    }

    /** Writes a line's degrees where it leaves the view: meridians at the bottom, parallels at the left. */
    private static void labelAtEdge(GraphicsContext gc, MapFrame f, Graticule.Line line) {
        double[] xy = line.xy();
        for (int i = 2; i < xy.length; i += 2) {
            double x0 = f.sx(xy[i - 2]);
            double y0 = f.sy(xy[i - 1]);
            double x1 = f.sx(xy[i]);
            double y1 = f.sy(xy[i + 1]);
            if (line.meridian()) {
                double edge = f.height() - 2;
                if ((y0 - edge) * (y1 - edge) <= 0 && y0 != y1) {
                    double x = x0 + (edge - y0) * (x1 - x0) / (y1 - y0);
                    if (x > 30 && x < f.width() - 30) {
                        gc.setTextAlign(TextAlignment.CENTER);
                        gc.setTextBaseline(VPos.BOTTOM);
                        gc.fillText(Graticule.label(line), x, edge);
                    }
                    return;
                }
            } else {
                double edge = 3;
                if ((x0 - edge) * (x1 - edge) <= 0 && x0 != x1) {
                    double y = y0 + (edge - x0) * (y1 - y0) / (x1 - x0);
                    if (y > 20 && y < f.height() - 40) {
                        gc.setTextAlign(TextAlignment.LEFT);
                        gc.setTextBaseline(VPos.BOTTOM);
                        gc.fillText(Graticule.label(line), edge, y - 1);
                    }
                    return;
                }
            }
        }
    }

    private void drawBoundaries(GraphicsContext gc, MapFrame f, Bounds area, MapView style) {
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

    /** Adds a projected polyline to the current path, skipping points less than half a pixel apart. */
    static void tracePath(GraphicsContext gc, MapFrame f, double[] xy, boolean close) {
        double lastX = f.sx(xy[0]);
        double lastY = f.sy(xy[1]);
        gc.moveTo(lastX, lastY);
        int n = xy.length;
        for (int i = 2; i < n; i += 2) {
            double sx = f.sx(xy[i]);
            double sy = f.sy(xy[i + 1]);
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
