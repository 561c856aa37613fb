package org.sirocco.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sirocco.data.Category;
import org.sirocco.i18n.Messages;

/**
 * The lanes' names and the width of each name's box, measured once, and the box that says how many lanes are folded:
 * the skin draws and hit-tests the boxes, and the control keeps events clear of them when it fits the axis.
 */
final class LaneLabels {

    private final ResourceBundle messages;
    private final List<String> names = new ArrayList<>();
    private final double[] widths;
    /**
     * "▸ 3 lanes folded", by number of lanes folded, written when first asked for: the plural message needs ICU4J,
     * which must not load before the first frame.
     */
    private final String[] folded = new String[Category.count() + 1];
    private final double[] foldedWidths = new double[Category.count() + 1];

    LaneLabels(ResourceBundle messages) {
        this.messages = messages;
        for (Category c : Category.values()) {
            names.add(messages.getString("category." + c.id() + ".plural"));
        }
        widths = TimelineRenderer.labelWidths(names.stream().map(n -> TimelineRenderer.OPEN + n).toList());
    }

    /** The locale of the timeline's dates: the language of its messages. */
    Locale locale() {
        return Messages.locale(messages);
    }

    List<String> names() {
        return names;
    }

    /** Width of each lane's name box, by category. */
    double[] widths() {
        return widths;
    }

    /** What the folded lanes' box says when {@code n} lanes are folded. */
    String folded(int n) {
        if (folded[n] == null) {
            folded[n] = TimelineRenderer.CLOSED + Messages.format(messages, "timeline.folded", n);
            foldedWidths[n] = TimelineRenderer.labelWidths(List.of(folded[n]))[0];
        }
        return folded[n];
    }

    double foldedWidth(int n) {
        folded(n);
        return foldedWidths[n];
    }

    /** "Show Groups (21 events)": the menu item that brings a folded lane back. */
    String unfold(Category c, int events) {
        return Messages.format(messages, "timeline.unfold", names.get(c.ordinal()), events);
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
