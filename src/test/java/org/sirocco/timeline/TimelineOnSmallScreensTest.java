package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.MainWindow;
import org.sirocco.app.Startup;
import org.sirocco.data.Category;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline in the main window on a 1280×720 laptop and on a 1600×1000 screen: nothing is cut on the small screen
 * that is not cut on the large one.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineOnSmallScreensTest {

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private void showAt(double width, double height) {
        WaitForAsyncUtils.asyncFx(() -> {
            window = new MainWindow(Startup.load(null));
            stage.setScene(new Scene(window.root(), width, height));
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineLayout layout() {
        return ((TimelineViewSkin) window.timeline().getSkin()).layout();
    }

    @Test
    void onALaptopEveryLaneIsReadableOrFoldedAndNothingIsCut() {
        showAt(1280, 720);
        assertNothingCut();
    }

    /** What a 1280×720 screen leaves a window that is not maximised, with the desktop's bars. */
    @Test
    void inAWindowOnALaptopScreenNothingIsCutEither() {
        showAt(1200, 660);
        assertNothingCut();
    }

    @Test
    void onALargeScreenNoLaneFolds() {
        showAt(1600, 1000);
        assertNothingCut();
        assertTrue(layout().folded().isEmpty(), "folded: " + layout().folded());
    }

    private void assertNothingCut() {
        TimelineView timeline = window.timeline();
        TimelineLayout l = layout();
        for (Category c : Category.values()) {
            if (l.isFolded(c)) {
                continue;
            }
            assertTrue(l.isCollapsed(c) || l.laneHeight(c) >= 16, c + "'s lane is readable: " + l.laneHeight(c));
            double[] name = l.labelBox(c);
            assertTrue(name[3] - name[1] >= 13, c + "'s name has the height of its text");
            assertTrue(name[1] >= l.laneTop(c) - 1e-9 && name[3] <= l.laneTop(c) + l.laneHeight(c) + 1e-9,
                    c + "'s name stands within its lane");
            assertTrue(name[2] < l.width / 3, c + "'s name box fits");
        }
        for (int i = 0; i < window.viewState().store().size(); i++) {
            Point2D mark = timeline.markPosition(i);
            if (mark != null) {
                Category c = window.viewState().store().category(i);
                double y = mark.getY() - timeline.snappedTopInset();
                assertTrue(y - TimelineLayout.MARK_SIZE / 2 >= l.laneTop(c) && y + TimelineLayout.MARK_SIZE / 2
                        <= l.laneTop(c) + l.laneHeight(c), "event " + i + "'s mark is whole within its lane");
            }
        }
        for (TickGenerator.PlacedLabel label : ((TimelineViewSkin) timeline.getSkin()).axisLabels()) {
            assertTrue(label.left() >= 0 && label.right() <= l.width, label.tick().label() + " shows whole");
        }

        Node bar = window.root().lookup(".timeline-bar");
        Node play = bar.lookup("#play");
        double height = bar.getLayoutBounds().getHeight();
        assertTrue(height < play.getLayoutBounds().getHeight() * 1.8, "the bar is one row: " + height);
        for (String id : new String[] {"#window-from", "#window-to", "#periods", "#play", "#playback-settings"}) {
            Node node = bar.lookup(id);
            Bounds b = bar.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= bar.getLayoutBounds().getWidth() && b.getMinY() >= 0
                    && b.getMaxY() <= height, id + " within the bar: " + b);
        }
        assertEquals(bar.getLayoutBounds().getWidth(), timeline.getWidth(), 1, "the bar spans the timeline's column");
    }
}
