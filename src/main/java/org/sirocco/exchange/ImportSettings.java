package org.sirocco.exchange;

import java.util.EnumMap;
import java.util.Map;
import org.sirocco.data.Category;

/**
 * The user's choices for an import.
 *
 * @param category for files with no category (most GeoJSON and KML, tables without a category column), the one
 *                 every event gets; null when none is picked
 * @param subtype  the subtype of {@code category} for events whose data gives none
 * @param columns  for a plain CSV table, the column of each role; roles left out are guessed from the header
 * @param format   the format asked for, or null to recognise it from the content
 */
public record ImportSettings(Category category, String subtype, Map<ColumnRole, String> columns,
        ImportFormat format) {

    public static final ImportSettings AUTOMATIC = new ImportSettings(null, null, Map.of(), null);

    public ImportSettings {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        if (category != null && (subtype == null || !category.allowsSubtype(subtype))) {
            subtype = category.subtypes().get(0);
        }
    }

    public ImportSettings withCategory(Category value, String valueSubtype) {
        return new ImportSettings(value, valueSubtype, columns, format);
    }

    public ImportSettings withColumns(Map<ColumnRole, String> value) {
        return new ImportSettings(category, subtype, value, format);
    }

    public ImportSettings withFormat(ImportFormat value) {
        return new ImportSettings(category, subtype, columns, value);
    }
}
