package org.sirocco.map;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Every font the map draws with, in one place, so that what sizes its text takes (an export scales them all) can be
 * read from {@link #all()}.
 */
final class MapFonts {

    /** Country names at their size, then at the smaller one when they fit nowhere at the first. */
    static final Font COUNTRY = Font.font("System", FontWeight.SEMI_BOLD, 13);
    static final Font SMALL_COUNTRY = Font.font("System", FontWeight.SEMI_BOLD, 11.5);
    static final Font CAPITAL = Font.font("System", FontWeight.SEMI_BOLD, 11);
    static final Font CITY = Font.font("System", 10.5);
    /** The count in a cluster. */
    static final Font COUNT = Font.font("System", FontWeight.BOLD, 10.5);
    static final Font LEGEND_TITLE = Font.font("System", FontWeight.BOLD, 11);
    static final Font LEGEND = Font.font("System", 11);
    /** The scale bar's figures and the attribution. */
    static final Font SMALL = Font.font("System", 9.5);
    static final Font GRATICULE = Font.font("System", 9.5);

    private MapFonts() {
    }

    static List<Font> all() {
        return List.of(COUNTRY, SMALL_COUNTRY, CAPITAL, CITY, COUNT, LEGEND_TITLE, LEGEND, SMALL, GRATICULE);
    }
}
