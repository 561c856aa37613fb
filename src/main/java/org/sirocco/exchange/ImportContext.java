package org.sirocco.exchange;

import java.time.LocalDate;
import org.sirocco.data.ActorCatalog;

/**
 * What an import checks records against.
 *
 * @param catalog   the glossary: actors it names are used as they are, others are added as imported actors
 * @param countries the country of a point, for records that name none the dataset can use
 * @param today     dates after it are impossible
 */
public record ImportContext(ActorCatalog catalog, CountryLookup countries, LocalDate today) {

    /** The country at a point. */
    @FunctionalInterface
    public interface CountryLookup {
        /** The ISO 3166-1 alpha-2 code of the country at the point, or null (at sea, outside the base map). */
        String countryAt(double lat, double lon);
    }
}
