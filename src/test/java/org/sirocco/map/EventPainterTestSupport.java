package org.sirocco.map;

import java.util.ArrayList;
import java.util.List;

/** Helpers for reading a frame's clusters in tests. */
final class EventPainterTestSupport {

    private EventPainterTestSupport() {
    }

    static List<Clusters.Cluster> all(Clusters.Result r) {
        List<Clusters.Cluster> all = new ArrayList<>(r.singles());
        all.addAll(r.clusters());
        return all;
    }
}
