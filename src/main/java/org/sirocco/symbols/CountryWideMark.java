package org.sirocco.symbols;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The mark of events known only to their country: a faint disc with a dashed rim, drawn round their marker or
 * cluster at the country's label point (and alone in a legend), so that it reads as "somewhere in this country",
 * not as a point such as the capital.
 */
public final class CountryWideMark {

    private static final double[] DASHES = {3, 2.5};

    private CountryWideMark() {
    }

    /** Draws the mark centred on (cx, cy), {@code radius} pixels to its rim, in {@code color}. */
    public static void draw(GraphicsContext gc, double cx, double cy, double radius, Color color) {
        gc.setFill(color.deriveColor(0, 1, 1, 0.18));
        gc.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        gc.setStroke(color.deriveColor(0, 1, 0.75, 1));
        gc.setLineWidth(1.5);
        gc.setLineDashes(DASHES);
        gc.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        gc.setLineDashes();
    }
}
