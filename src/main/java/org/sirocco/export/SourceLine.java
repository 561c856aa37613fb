package org.sirocco.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.Source;

/**
 * The line that credits a slide's sources: the publishers behind the events it shows, the most cited first, then
 * the map data. A slide of a million synthetic events reads a sample, not every event.
 */
final class SourceLine {

    static final int MAX_PUBLISHERS = 6;
    static final int MAX_EVENTS_READ = 400;

    private SourceLine() {
    }

    /** Credits for {@code shown}, reading {@code first} (the highlighted events) before the rest. */
    static String of(EventStore store, List<Integer> first, EventSelection shown, ResourceBundle messages) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        int[] read = {0};
        IntConsumer count = i -> {
            read[0]++;
            for (Source s : store.event(i).sources()) {
                String publisher = s.publisher() == null || s.publisher().isBlank() ? null : s.publisher().trim();
                if (publisher != null && counts.merge(publisher, 1, Integer::sum) == 1) {
                    order.add(publisher);
                }
            }
        };
        first.forEach(count::accept);
        for (int i = shown.nextSetBit(0); i >= 0 && read[0] < MAX_EVENTS_READ; i = shown.nextSetBit(i + 1)) {
            if (!first.contains(i)) {
                count.accept(i);
            }
        }
        List<String> top = new ArrayList<>(order);
        top.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: ties keep first-seen order
        String publishers = String.join("; ", top.subList(0, Math.min(MAX_PUBLISHERS, top.size())));
        if (top.size() > MAX_PUBLISHERS) {
            publishers += MessageFormat.format(messages.getString("export.sources.more"), top.size() - MAX_PUBLISHERS);
        }
        String map = messages.getString("export.sources.map");
        return publishers.isEmpty() ? map
                : MessageFormat.format(messages.getString("export.sources"), publishers, map);
    }
}
