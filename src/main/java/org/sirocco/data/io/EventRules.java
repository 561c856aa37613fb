package org.sirocco.data.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sirocco.data.Category;
import org.sirocco.data.DatePrecision;

/**
 * The dataset's rules for an event's values, field by field (docs/dataset-schema.md). There is one set: the loader
 * applies it to the values it parses (and so the editor, whose drafts the loader's parser reads), and
 * {@link EventCheck#check(org.sirocco.data.Event, String, Set, LocalDate)} to an event built in memory, as an import's
 * are. Each rule returns what is wrong with a value, in the words of the loader's messages, or null when it is fine;
 * where the problem is reported is for the caller to say.
 */
public final class EventRules {

    public static final int MAX_TITLE_LENGTH = 120;

    /** Events must lie roughly within the map's region: the Sahel to Belgium, the Atlantic to the Red Sea. */
    static final double REGION_SOUTH = -10;
    static final double REGION_NORTH = 60;
    static final double REGION_WEST = -30;
    static final double REGION_EAST = 45;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Set<String> ISO_COUNTRIES = isoCountries();

    private EventRules() {
    }

    /** Whether a point lies in the region the dataset may hold. */
    public static boolean inRegion(double lat, double lon) {
        return lat >= REGION_SOUTH && lat <= REGION_NORTH && lon >= REGION_WEST && lon <= REGION_EAST;
    }

    static String id(String id) {
        return isValidId(id) ? null : "\"" + id + "\" is not a valid id (lowercase letters, digits and single hyphens, "
                + "e.g. ma-2016-09-oujda-cell)";
    }

    static String title(String title) {
        if (title.isBlank()) {
            return "empty";
        }
        return title.length() > MAX_TITLE_LENGTH ? "longer than " + MAX_TITLE_LENGTH + " characters ("
                + title.length() + ")" : null;
    }

    /** A text that must say something: a summary, a place's name, a source's title or publisher. */
    static String notBlank(String text) {
        return text.isBlank() ? "empty" : null;
    }

    static String country(String code) {
        return ISO_COUNTRIES.contains(code) ? null : "\"" + code + "\" is not an ISO 3166-1 alpha-2 country code";
    }

    static String latitude(double lat) {
        return coordinate(lat, 90, REGION_SOUTH, REGION_NORTH, "latitude");
    }

    static String longitude(double lon) {
        return coordinate(lon, 180, REGION_WEST, REGION_EAST, "longitude");
    }

    private static String coordinate(double v, double limit, double regionMin, double regionMax, String what) {
        if (v < -limit || v > limit) {
            return v + " is not a " + what + " (" + -limit + " to " + limit + ")";
        }
        if (v < regionMin || v > regionMax) {
            return v + " is far outside the region this map covers (" + what + " " + regionMin + " to " + regionMax
                    + "); check the sign and the order of lat and lon";
        }
        return null;
    }

    /** A name in perpetrators, agencies or splitFrom; {@code knownActors} empty accepts any. */
    static String actor(String name, Set<String> knownActors) {
        return knownActors.isEmpty() || knownActors.contains(name) ? null : "unknown actor \"" + name
                + "\" (add it to resources/data/actors.json or use the name it has there)";
    }

    static String sourceDate(String date) {
        return isSourceDate(date) ? null : "\"" + date + "\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY";
    }

    static String url(String url) {
        return isWebAddress(url) ? null : "\"" + url + "\" is not an http:// or https:// address";
    }

    static String subtype(Category category, String subtype) {
        return category.allowsSubtype(subtype) ? null : "\"" + subtype + "\" is not a subtype of " + category.id()
                + " (expected one of " + String.join(", ", category.subtypes()) + ")";
    }

    /** A start or end date, {@code text} as written: not in the future, not before 1900. */
    static String day(LocalDate day, String text, LocalDate today) {
        if (day.isAfter(today)) {
            return text + " is in the future";
        }
        return day.isBefore(EARLIEST) ? text + " is before " + EARLIEST.getYear() : null;
    }

    /** A date {@code text} that {@code precision} cannot read, as {@code failure} says. */
    static String unreadableDate(String text, DatePrecision precision, DateTimeException failure) {
        String message = String.valueOf(failure.getMessage());
        String why = message.startsWith("expected the form") ? message + " for precision \"" + precision.id() + "\""
                : "not a real calendar date";
        return "\"" + text + "\": " + why;
    }

    static String endDate(String endText, String startText) {
        return endText + " is before the start date " + startText;
    }

    /** When the event was added or changed, as written: a UTC time to the second, not after today. */
    static String timestamp(String text, LocalDate today) {
        Instant time = parseTimestamp(text);
        if (time == null) {
            return "\"" + text + "\" is not a time of the form YYYY-MM-DDThh:mm:ssZ (UTC)";
        }
        return LocalDate.ofInstant(time, ZoneOffset.UTC).isAfter(today.plusDays(1)) ? text + " is in the future"
                : null;
    }

    static String changed(Instant added, Instant changed) {
        return changed.isBefore(added) ? changed + " is before the event was added (" + added + ")" : null;
    }

    /** The group a faction left is named only by formations. */
    static String splitFromCategory(Category category) {
        return category == Category.FORMATION ? null : "only a formation event names the group a faction left (this is "
                + category.id() + ")";
    }

    /** ... and never also as the new group's perpetrator. */
    static String splitFromGroup(String group, List<String> perpetrators) {
        return perpetrators.contains(group) ? "\"" + group + "\" is also a perpetrator: the group a faction left is "
                + "named in splitFrom only, so that filtering by it does not list the split" : null;
    }

    /** Lowercase letters and digits in groups joined by single hyphens: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    static boolean isValidId(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A UTC time written {@code 2025-06-14T09:30:12Z}, as the writer writes it, or null for any other form. */
    static Instant parseTimestamp(String text) {
        if (text.length() != 20 || text.charAt(10) != 'T' || text.charAt(19) != 'Z') {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An http(s) address with a host and no spaces; cheaper than java.net.URI on a million sources. */
    static boolean isWebAddress(String text) {
        int hostStart = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
        if (hostStart < 0 || hostStart >= text.length() || text.charAt(hostStart) == '/') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSourceDate(String text) {
        for (DatePrecision p : DatePrecision.values()) {
            try {
                p.parseFirstDay(text);
                return true;
            } catch (DateTimeException ignored) {
                // try the next form
            }
        }
        return false;
    }

    private static Set<String> isoCountries() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK"); // Kosovo: user-assigned code in wide use, also in Natural Earth
        return Set.copyOf(codes);
    }
}
