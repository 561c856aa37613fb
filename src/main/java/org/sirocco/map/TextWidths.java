package org.sirocco.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Widths of texts as drawn in a font, measured once with a Text node and kept: measuring is slow, names recur. */
final class TextWidths {

    private final Text measure = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    double of(String text, Font font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, t -> {
            measure.setFont(font);
            measure.setText(t);
            return measure.getLayoutBounds().getWidth();
        });
    }
}
