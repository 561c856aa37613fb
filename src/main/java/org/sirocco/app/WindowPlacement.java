package org.sirocco.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.sirocco.settings.Settings.WindowPlace;

/**
 * Puts the main window back where it was, when that place is still on a screen (a laptop unplugged from its second
 * monitor must not open the app off screen), and follows where the user moves it, so that the place to remember is
 * the window's normal one even while it is maximised.
 */
final class WindowPlacement {

    /** How much of the window's top edge must show on a screen for it to be grabbed and moved. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 30;

    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacement() {
    }

    /**
     * Where to put a window remembered at {@code saved}: there if enough of its top edge is on one of {@code screens},
     * else the same size (shrunk to fit) centred on {@code primary}; null when nothing was saved.
     */
    static Rectangle2D restore(WindowPlace saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved == null) {
            return null;
        }
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), saved.width(), GRAB_HEIGHT);
        for (Rectangle2D screen : screens) {
            double overlapW = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(),
                    screen.getMinX());
            double overlapH = Math.min(titleBar.getMaxY(), screen.getMaxY()) - Math.max(titleBar.getMinY(),
                    screen.getMinY());
            if (overlapW >= GRAB_WIDTH && overlapH >= GRAB_HEIGHT) {
                return new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height());
            }
        }
        double w = Math.min(saved.width(), primary.getWidth());
        double h = Math.min(saved.height(), primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }

    /** Follows {@code stage}'s normal place from now on. */
    static WindowPlacement follow(Stage stage) {
        WindowPlacement p = new WindowPlacement();
        p.record(stage);
        Runnable update = () -> p.record(stage);
        stage.xProperty().addListener(o -> update.run());
        stage.yProperty().addListener(o -> update.run());
        stage.widthProperty().addListener(o -> update.run());
        stage.heightProperty().addListener(o -> update.run());
        return p;
    }

    private void record(Stage stage) {
        // A maximised, full-screen or minimised window's bounds are not where the user put it.
        if (stage.isMaximized() || stage.isFullScreen() || stage.isIconified() || !stage.isShowing()) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** The place to remember for {@code stage}: its last normal bounds and whether it is maximised. */
    WindowPlace place(Stage stage) {
        return width > 0 ? new WindowPlace(x, y, width, height, stage.isMaximized()) : null;
    }
}
