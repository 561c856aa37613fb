package org.sirocco.keys;

import java.util.List;
import javafx.scene.Node;

/**
 * F6 and Shift+F6: the keyboard focus moves from one main pane of the window to the next or the previous one, in a
 * cycle, skipping panes not shown (a hidden filter panel).
 */
public final class PaneCycle {

    /**
     * One pane of the cycle.
     *
     * @param area  the pane's node: the focus is in the pane when it is inside this node
     * @param focus puts the focus where a user starts in the pane (the search box, the table...)
     */
    public record Pane(Node area, Runnable focus) {
    }

    private final List<Pane> panes;

    public PaneCycle(List<Pane> panes) {
        this.panes = List.copyOf(panes);
    }

    /**
     * Moves the focus from the pane holding {@code focusOwner} to the next pane shown ({@code step} 1) or the
     * previous one ({@code step} -1); from outside every pane, to the first or the last.
     */
    public void move(Node focusOwner, int step) {
        int from = indexOf(focusOwner);
        int n = panes.size();
        int at = from < 0 ? (step > 0 ? -1 : n) : from;
        for (int k = 0; k < n; k++) {
            at = Math.floorMod(at + step, n);
            Pane pane = panes.get(at);
            if (isShown(pane.area())) {
                pane.focus().run();
                return;
            }
        }
    }

    /** The pane holding {@code node}, or -1. */
    int indexOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (int i = 0; i < panes.size(); i++) {
                if (panes.get(i).area() == n) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isShown(Node area) {
        if (area.getScene() == null) {
            return false;
        }
        for (Node n = area; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
