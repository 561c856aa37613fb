package org.sirocco.glossary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sirocco.data.Actor;
import org.sirocco.data.TextMatch;

/**
 * The order of the glossary's matches for a query: first the actors the query names exactly (their name, or one of
 * the names their full name gives, as "ISIS" and "Daesh" in "Islamic State (Daesh, ISIS, ISIL)"), then those whose
 * name begins with it, then the rest; alphabetically within each.
 */
final class GlossaryRanking {

    private static final Comparator<Actor> BY_NAME = Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT));

    private GlossaryRanking() {
    }

    /** The order for {@code query}; alphabetical for a blank one. */
    static Comparator<Actor> forQuery(String query) {
        String folded = String.join(" ", TextMatch.words(query));
        if (folded.isEmpty()) {
            return BY_NAME;
        }
        return Comparator.comparingInt((Actor a) -> rank(a, folded)).thenComparing(BY_NAME);
    }

    /** 0 for an exact name, 1 for a name that begins with the query, 2 otherwise. */
    static int rank(Actor a, String foldedQuery) {
        String name = plain(a.name());
        if (name.equals(foldedQuery) || names(a.fullName()).contains(foldedQuery)) {
            return 0;
        }
        return name.startsWith(foldedQuery) ? 1 : 2;
    }

    /** The names a full name gives: "Islamic State (Daesh, ISIS, ISIL)" gives islamic state, daesh, isis, isil. */
    private static List<String> names(String fullName) {
        return Arrays.stream(fullName.split("[(),/;]")).map(GlossaryRanking::plain)
                .filter(n -> !n.isEmpty()).toList();
    }

    /** Folded as query terms are, apostrophes dropped. */
    private static String plain(String text) {
        return String.join(" ", TextMatch.words(text.replace("\"", " ")));
    }
}
