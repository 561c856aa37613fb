package org.sirocco.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.sirocco.data.Source;

/**
 * The sources a briefing cites, numbered in the order they are first cited: a source cited by several events or
 * scenes keeps its first number. Two sources are the same when they have the same link, or, without links, the same
 * title, publisher and date.
 */
final class Citations {

    /** A numbered source and its entry as the sources slide lists it. */
    record Cited(int number, Source source) {

        /** "Reuters, “Gunmen attack Tunis museum”, 18 March 2015, https://…": every part the source has. */
        String entry() {
            return Stream.of(source.publisher(), quoted(source.title()), source.date(), source.url())
                    .filter(part -> part != null && !part.isBlank()).map(String::strip)
                    .reduce((a, b) -> a + ", " + b).orElse("?");
        }

        private static String quoted(String title) {
            return title == null || title.isBlank() ? null : "\u201c" + title.strip() + "\u201d";
        }
    }

    private final Map<String, Cited> byKey = new HashMap<>();
    private final List<Cited> all = new ArrayList<>();

    /** The source's number, giving it the next one the first time it is cited. */
    int cite(Source source) {
        String key = source.url() != null && !source.url().isBlank() ? source.url().strip()
                : Objects.toString(source.title(), "") + '\u0000' + Objects.toString(source.publisher(), "")
                        + '\u0000' + Objects.toString(source.date(), "");
        return byKey.computeIfAbsent(key, k -> {
            Cited cited = new Cited(all.size() + 1, source);
            all.add(cited);
            return cited;
        }).number();
    }

    /** Every source cited so far, by number. */
    List<Cited> all() {
        return List.copyOf(all);
    }
}
