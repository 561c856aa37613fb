package org.sirocco.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a column of a plain table, or a property of a GeoJSON feature or KML placemark, gives an event, with the
 * names such columns commonly have. The user picks the columns when the names do not say.
 */
public enum ColumnRole {
    DATE(true, "date", "event_date", "start", "start_date", "begin", "time", "timestamp", "datetime", "when"),
    LATITUDE(true, "lat", "latitude", "y"),
    LONGITUDE(true, "lon", "lng", "long", "longitude", "x"),
    TITLE(true, "title", "name", "label", "event", "headline"),
    CATEGORY(false, "category", "event_type", "type", "kind"),
    SUBTYPE(false, "subtype", "sub_event_type", "subcategory"),
    END_DATE(false, "end", "end_date", "enddate", "until"),
    SUMMARY(false, "description", "summary", "notes", "details", "text"),
    PLACE(false, "place", "location", "city", "placename", "locality", "site"),
    COUNTRY(false, "country", "country_code", "iso", "iso2", "iso_a2", "country_txt"),
    KILLED(false, "killed", "fatalities", "deaths", "dead", "nkill"),
    INJURED(false, "injured", "wounded", "nwound"),
    ID(false, "id", "event_id", "eventid", "identifier", "uid"),
    URL(false, "url", "link", "href", "source_url", "source");

    private final boolean required;
    private final List<String> names;

    ColumnRole(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** Whether a table cannot be read without it (the category is required unless one is picked for all events). */
    public boolean required() {
        return required;
    }

    /** The names a column or property with this role commonly has, most telling first. */
    public List<String> commonNames() {
        return names;
    }

    /** For each role, the first of {@code columns} with one of its common names (any case); roles not found left out. */
    public static Map<ColumnRole, String> guess(List<String> columns) {
        Map<ColumnRole, String> found = new EnumMap<>(ColumnRole.class);
        for (ColumnRole role : values()) {
            for (String name : role.names) {
                for (String c : columns) {
                    if (c.strip().toLowerCase(Locale.ROOT).equals(name) && !found.containsValue(c)) {
                        found.putIfAbsent(role, c);
                    }
                }
            }
        }
        return found;
    }
}
