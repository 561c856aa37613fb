package org.sirocco.data;

import java.util.Optional;

/** How precisely a place's coordinates locate the event. */
public enum PlacePrecision {
    SITE("site"), TOWN("town"), REGION("region"), COUNTRY("country");

    private final String id;

    PlacePrecision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PlacePrecision> fromId(String id) {
        for (PlacePrecision p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
