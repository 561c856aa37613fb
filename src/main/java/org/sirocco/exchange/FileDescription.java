package org.sirocco.exchange;

import java.util.List;

/**
 * What a reader found out about a file, for the preview.
 *
 * @param layout   the variant of the format (ACLED's current layout, GTD's full 135 columns, Sirocco's own GeoJSON)
 * @param dateForm how dates are written in it, as an example ("18/02/2016"), or null when not one form
 * @param columns  the file's column or property names, in order
 * @param mapping  which source field feeds which event field, as "event field ← source field" pairs
 */
public record FileDescription(String layout, String dateForm, List<String> columns, List<String[]> mapping) {

    public static final FileDescription UNKNOWN = new FileDescription("", null, List.of(), List.of());

    public FileDescription {
        columns = List.copyOf(columns);
        mapping = List.copyOf(mapping);
    }
}
