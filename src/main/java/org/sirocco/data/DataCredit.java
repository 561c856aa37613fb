package org.sirocco.data;

import java.util.Optional;

/**
 * A published dataset whose licence asks that it be credited wherever its events are shown. An event comes from
 * one when one of its sources has the dataset's publisher: the credit follows the events, through saving, merging
 * and filtering.
 */
public enum DataCredit {
    ACLED("ACLED", "ACLED (acleddata.com)"),
    GTD("Global Terrorism Database", "Global Terrorism Database (START, University of Maryland)");

    private final String publisher;
    private final String credit;

    DataCredit(String publisher, String credit) {
        this.publisher = publisher;
        this.credit = credit;
    }

    /** The publisher its imported events' sources name. */
    public String publisher() {
        return publisher;
    }

    /** The credit line the dataset's terms ask for: its name and where it is published. */
    public String credit() {
        return credit;
    }

    public static Optional<DataCredit> ofPublisher(String publisher) {
        for (DataCredit c : values()) {
            if (c.publisher.equals(publisher)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** One bit per credit whose publisher one of {@code event}'s sources names. */
    static int mask(Event event) {
        int mask = 0;
        for (Source s : event.sources()) {
            DataCredit c = ofPublisher(s.publisher()).orElse(null);
            if (c != null) {
                mask |= 1 << c.ordinal();
            }
        }
        return mask;
    }
}
