package org.sirocco.testing;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sirocco.data.Category;
import org.sirocco.symbols.CategorySymbols;
import org.testfx.util.WaitForAsyncUtils;

/** What a node draws, read back from a snapshot (facts about pixels, not golden images), and the text it shows. */
public final class Snapshots {

    private Snapshots() {
    }

    public static WritableImage of(Node node) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> image.set(node.snapshot(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        return image.get();
    }

    /** Number of pixels within a small distance of any category's colour: how much of the image is markers. */
    public static int categoryPixels(WritableImage image) {
        PixelReader px = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = px.getColor(x, y);
                for (Category cat : Category.values()) {
                    if (distance(c, CategorySymbols.defaultColor(cat)) < 0.06) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    /**
     * How many of 48 points on a circle of {@code radius} around {@code centre} are dark (a highlight ring is drawn in
     * near-black).
     */
    public static int darkPointsOnCircle(WritableImage image, Point2D centre, double radius) {
        PixelReader px = image.getPixelReader();
        int dark = 0;
        for (int k = 0; k < 48; k++) {
            double a = 2 * Math.PI * k / 48;
            int x = (int) Math.round(centre.getX() + radius * Math.cos(a));
            int y = (int) Math.round(centre.getY() + radius * Math.sin(a));
            if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) {
                Color c = px.getColor(x, y);
                if (c.getRed() + c.getGreen() + c.getBlue() < 0.75) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    /** The text a node shows: a label's or text field's text, or the runs of a TextFlow joined. */
    public static String text(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        if (node instanceof TextFlow flow) {
            StringBuilder sb = new StringBuilder();
            for (Node child : flow.getChildren()) {
                if (child instanceof Text t) {
                    sb.append(t.getText());
                }
            }
            return sb.toString();
        }
        throw new IllegalArgumentException("no text in " + node);
    }
}
