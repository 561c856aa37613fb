package org.sirocco.testing;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A double click delivered as the toolkit delivers one (press, release, click, then the same with a click count of
 * two), in one go on the FX thread. The robot's double click leaves it to the platform to pair two clicks, which the
 * headless platform does only within 500 ms, and a loaded machine can take longer than that between them.
 */
public final class DoubleClick {

    private DoubleClick() {
    }

    /** Double-clicks what {@code root} shows at {@code rootLocal} (its coordinates) with the primary button. */
    public static void on(Node root, Point2D rootLocal) {
        WaitForAsyncUtils.asyncFx(() -> {
            Node node = pick(root, rootLocal);
            Point2D local = node.sceneToLocal(root.localToScene(rootLocal));
            Point2D scene = node.localToScene(local);
            Point2D screen = node.localToScreen(local);
            for (int count = 1; count <= 2; count++) {
                for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                        MouseEvent.MOUSE_CLICKED)) {
                    MouseEvent e = new MouseEvent(node, node, type, local.getX(),
                            local.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, count, false, false,
                            false, false, type != MouseEvent.MOUSE_RELEASED && type != MouseEvent.MOUSE_CLICKED,
                            false, false, true, false, type == MouseEvent.MOUSE_CLICKED,
                            new PickResult(node, scene.getX(), scene.getY()));
                    Event.fireEvent(node, e);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The deepest node under {@code local} that takes the mouse, topmost first, as the toolkit picks. */
    private static Node pick(Node node, Point2D local) {
        if (node instanceof Parent parent) {
            var children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node child = children.get(i);
                Point2D inChild = child.parentToLocal(local);
                if (child.isVisible() && !child.isMouseTransparent() && child.contains(inChild)) {
                    return pick(child, inChild);
                }
            }
        }
        return node;
    }
}
