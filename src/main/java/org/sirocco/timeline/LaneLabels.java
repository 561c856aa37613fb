package org.sirocco.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.sirocco.data.Category;

/**
 * The lanes' names and the width of each name's box, measured once: the skin draws and hit-tests the boxes, and the
 * control keeps events clear of them when it fits the axis.
 */
final class LaneLabels {

    private final List<String> names = new ArrayList<>();
    private final double[] widths;

    LaneLabels(ResourceBundle messages) {
        for (Category c : Category.values()) {
            names.add(messages.getString("category." + c.id() + ".plural"));
        }
        widths = TimelineRenderer.labelWidths(names);
    }

    List<String> names() {
        return names;
    }

    /** Width of each lane's name box, by category. */
    double[] widths() {
        return widths;
    }

    /** The right edge of the widest name box: marks left of it may be hidden under a name. */
    double right() {
        double max = 0;
        for (double w : widths) {
            max = Math.max(max, w);
        }
        return TimelineLayout.LABEL_LEFT + max;
    }
}
