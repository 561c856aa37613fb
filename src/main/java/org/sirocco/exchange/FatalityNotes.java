package org.sirocco.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The toll a record's notes give in words. ACLED writes 0 fatalities when its sources say nothing, so a 0 means
 * "unknown" unless the notes say that nobody died or give a figure.
 */
final class FatalityNotes {

    private static final Pattern NONE = Pattern.compile("\\b(no (reported )?(fatalities|casualties|deaths|one (was )?"
            + "killed)|no one (was|were) (killed|hurt|injured)|nobody (was )?(killed|hurt|injured)|without "
            + "(casualties|fatalities|loss of life))\\b");
    private static final Pattern FIGURE = Pattern.compile("\\b(\\d{1,4}) (?:[a-z-]+ ){0,2}(?:were |was )?"
            + "(?:killed|dead|died)\\b|\\bkill(?:ed|ing) (\\d{1,4})\\b");

    private FatalityNotes() {
    }

    /** The number of people the notes say were killed, 0 when they say nobody was, or -1 when they do not say. */
    static int killed(String notes) {
        if (notes == null || notes.isBlank()) {
            return -1;
        }
        String text = notes.toLowerCase(Locale.ROOT);
        if (NONE.matcher(text).find()) {
            return 0;
        }
        Matcher m = FIGURE.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return -1;
    }
}
