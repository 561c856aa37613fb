package org.sirocco.symbols;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import org.sirocco.data.TextMatch;

/** Text with the words of a search marked, for the list and the detail panel alike. */
public final class HighlightedText {

    private HighlightedText() {
    }

    /**
     * {@code text} as runs for a TextFlow, the stretches matching {@code words} (see {@link TextMatch}) styled
     * {@code .match}.
     */
    public static List<Text> runs(String text, List<String> words) {
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (int[] range : TextMatch.highlights(text, words)) {
            if (range[0] > at) {
                runs.add(new Text(text.substring(at, range[0])));
            }
            Text match = new Text(text.substring(range[0], range[1]));
            match.getStyleClass().add("match");
            runs.add(match);
            at = range[1];
        }
        if (at < text.length()) {
            runs.add(new Text(text.substring(at)));
        }
        return runs;
    }
}
