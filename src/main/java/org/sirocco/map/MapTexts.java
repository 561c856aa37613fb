package org.sirocco.map;

import java.util.List;

/**
 * The words a map frame writes, from the message bundle: the legend's title and rows (each category's plural
 * name, events known only to their country, the casualty sizes) and the data's attribution.
 */
record MapTexts(List<String> categoryNames, String legendTitle, String countryWide, String killed,
        String attribution) {

    /** The same words with another attribution (it names the datasets whose events a frame shows). */
    MapTexts withAttribution(String line) {
        return new MapTexts(categoryNames, legendTitle, countryWide, killed, line);
    }
}
