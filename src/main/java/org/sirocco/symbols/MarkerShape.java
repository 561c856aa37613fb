package org.sirocco.symbols;

import javafx.scene.canvas.GraphicsContext;

/** A marker outline drawn centred on a point, {@code size} pixels across. */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR, HEXAGON, CROSS;

    private static final double[] STAR_X = new double[10];
    private static final double[] STAR_Y = new double[10];
    private static final double[] HEX_X = new double[6];
    private static final double[] HEX_Y = new double[6];

    static {
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 0.5 : 0.21;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            STAR_X[i] = r * Math.cos(a);
            STAR_Y[i] = r * Math.sin(a);
        }
        for (int i = 0; i < 6; i++) {
            double a = Math.PI / 6 + i * Math.PI / 3;
            HEX_X[i] = 0.5 * Math.cos(a);
            HEX_Y[i] = 0.5 * Math.sin(a);
        }
    }

    /** Adds this shape as a closed sub-path to the current path of {@code gc}; fill or stroke it afterwards. */
    public void trace(GraphicsContext gc, double cx, double cy, double size) {
        double h = size / 2;
        switch (this) {
            case CIRCLE -> {
                gc.moveTo(cx + h, cy);
                gc.arc(cx, cy, h, h, 0, 360);
            }
            case SQUARE -> {
                double s = h * 0.85;
                gc.moveTo(cx - s, cy - s);
                gc.lineTo(cx + s, cy - s);
                gc.lineTo(cx + s, cy + s);
                gc.lineTo(cx - s, cy + s);
            }
            case TRIANGLE -> {
                gc.moveTo(cx, cy - h * 1.1);
                gc.lineTo(cx + h * 1.05, cy + h * 0.8);
                gc.lineTo(cx - h * 1.05, cy + h * 0.8);
            }
            case DIAMOND -> {
                gc.moveTo(cx, cy - h * 1.15);
                gc.lineTo(cx + h * 1.15, cy);
                gc.lineTo(cx, cy + h * 1.15);
                gc.lineTo(cx - h * 1.15, cy);
            }
            case STAR -> polygon(gc, cx, cy, size * 1.35, STAR_X, STAR_Y);
            case HEXAGON -> polygon(gc, cx, cy, size * 1.05, HEX_X, HEX_Y);
            case CROSS -> {
                double a = h;
                double b = h * 0.38;
                gc.moveTo(cx - b, cy - a);
                gc.lineTo(cx + b, cy - a);
                gc.lineTo(cx + b, cy - b);
                gc.lineTo(cx + a, cy - b);
                gc.lineTo(cx + a, cy + b);
                gc.lineTo(cx + b, cy + b);
                gc.lineTo(cx + b, cy + a);
                gc.lineTo(cx - b, cy + a);
                gc.lineTo(cx - b, cy + b);
                gc.lineTo(cx - a, cy + b);
                gc.lineTo(cx - a, cy - b);
                gc.lineTo(cx - b, cy - b);
            }
        }
        gc.closePath();
    }

    private static void polygon(GraphicsContext gc, double cx, double cy, double size, double[] xs, double[] ys) {
        gc.moveTo(cx + xs[0] * size, cy + ys[0] * size);
        for (int i = 1; i < xs.length; i++) {
            gc.lineTo(cx + xs[i] * size, cy + ys[i] * size);
        }
    }

    /** Draws a filled marker with an outline for contrast against any background. */
    public void draw(GraphicsContext gc, double cx, double cy, double size) {
        gc.beginPath();
        trace(gc, cx, cy, size);
        gc.fill();
        gc.stroke();
    }
}
