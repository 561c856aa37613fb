package org.sirocco.map;

import java.util.List;
import java.util.ResourceBundle;

/**
 * The words a map frame writes, from the message bundle: the legend's title and rows (each category's plural
 * name, events known only to their country, the casualty sizes), the north arrow's letter and the data's
 * attribution; {@code messages} words what each frame measures (the scale bar's length).
 */
record MapTexts(List<String> categoryNames, String legendTitle, String countryWide, String killed, String north,
        String attribution, ResourceBundle messages) {

    /** The same words with another attribution (it names the datasets whose events a frame shows). */
    MapTexts withAttribution(String line) {
        return new MapTexts(categoryNames, legendTitle, countryWide, killed, north, line, messages);
    }
}
