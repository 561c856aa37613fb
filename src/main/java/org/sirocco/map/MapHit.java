package org.sirocco.map;

/** What lies under the pointer: an event's marker ({@code event} ≥ 0), a cluster, or nothing. */
record MapHit(int event, Clusters.Cluster cluster) {

    static final MapHit NONE = new MapHit(-1, null);

    boolean isNone() {
        return event < 0 && cluster == null;
    }
}
