package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.sirocco.settings.Settings.WindowPlace;

/** The window comes back where it was while that is on a screen, and on the main screen otherwise. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 2560, 1400);

    @Test
    void aWindowStillOnAScreenComesBackThere() {
        WindowPlace onMonitor = new WindowPlace(1500, 100, 1600, 1000, false);
        assertEquals(new Rectangle2D(1500, 100, 1600, 1000),
                WindowPlacement.restore(onMonitor, List.of(LAPTOP, MONITOR), LAPTOP));
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackCentredAndShrunkOnTheMainScreen() {
        WindowPlace onMonitor = new WindowPlace(1500, 100, 1600, 1000, false);
        assertEquals(new Rectangle2D(0, 0, 1366, 740), WindowPlacement.restore(onMonitor, List.of(LAPTOP), LAPTOP));
        WindowPlace small = new WindowPlace(3000, 100, 800, 600, false);
        assertEquals(new Rectangle2D(283, 70, 800, 600), WindowPlacement.restore(small, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowWhoseTitleBarCannotBeGrabbedIsMovedBack() {
        WindowPlace titleAboveTheScreen = new WindowPlace(100, -200, 800, 600, false);
        assertEquals(new Rectangle2D(283, 70, 800, 600),
                WindowPlacement.restore(titleAboveTheScreen, List.of(LAPTOP), LAPTOP));
        WindowPlace barelyOnTheEdge = new WindowPlace(1300, 100, 800, 600, false);
        assertEquals(283, WindowPlacement.restore(barelyOnTheEdge, List.of(LAPTOP), LAPTOP).getMinX(),
                "66 px of title bar cannot be grabbed");
    }

    @Test
    void nothingSavedMeansTheDefaultPlace() {
        assertNull(WindowPlacement.restore(null, List.of(LAPTOP), LAPTOP));
    }
}
