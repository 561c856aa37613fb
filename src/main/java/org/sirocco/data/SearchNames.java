package org.sirocco.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sirocco.i18n.Language;

/**
 * The names in every language that a search finds an event by, beside the English ones it records: each actor's
 * names, full names and abbreviations from the glossary, each place's French and Arabic names from the gazetteer,
 * and each state's name in the three languages. States' names are short and join each event's indexed text; the
 * longer names of actors and places would swell it (and every search's scan), so a query term that begins a word of
 * them is searched as the English name they stand for too ({@link #alternatives}).
 * <p>
 * They come from the bundled glossary and gazetteer, the same whatever dataset is open, so the application installs
 * them once at start ({@link #use}); until then a search finds events by their English names only.
 */
public final class SearchNames {

    public static final SearchNames NONE = new SearchNames(Map.of(), Map.of());

    private static volatile SearchNames installed = NONE;

    private final Map<String, String> actors;
    private final Map<String, String> places;
    private final Map<String, String> states = new ConcurrentHashMap<>();

    private SearchNames(Map<String, String> actors, Map<String, String> places) {
        this.actors = actors;
        this.places = places;
    }

    /**
     * Names for {@code glossary}'s actors and for places: {@code placeNames} from a place's English name to its
     * names in other languages.
     */
    public static SearchNames of(ActorCatalog glossary, Map<String, List<String>> placeNames) {
        Map<String, String> actors = new HashMap<>();
        for (Actor a : glossary.all()) {
            List<String> others = new ArrayList<>(a.allNames());
            others.remove(a.name());
            actors.put(a.name(), TextMatch.fold(String.join(" ", others)));
        }
        Map<String, String> places = new HashMap<>();
        placeNames.forEach((name, others) -> places.put(name, TextMatch.fold(String.join(" ", others))));
        return new SearchNames(Map.copyOf(actors), Map.copyOf(places));
    }

    /** Makes {@code names} the ones every text index built from now on adds. */
    public static void use(SearchNames names) {
        installed = names;
    }

    static SearchNames installed() {
        return installed;
    }

    /**
     * The folded English names of the actors and places that {@code term} (folded) begins a word of in another
     * name: "aqmi" gives "aqim", the Arabic for Oujda gives "oujda"; empty for most terms.
     */
    List<String> alternatives(String term) {
        List<String> english = new ArrayList<>();
        List<String> terms = List.of(term);
        for (Map<String, String> names : List.of(actors, places)) {
            names.forEach((name, others) -> {
                if (TextMatch.matches(others, terms)) {
                    english.add(TextMatch.fold(name).replace(String.valueOf(TextMatch.MARK), "").strip());
                }
            });
        }
        return english;
    }

    /** The state {@code iso}'s names in the three languages, folded. */
    String state(String iso) {
        return states.computeIfAbsent(iso, code -> {
            List<String> names = new ArrayList<>();
            for (Language l : Language.values()) {
                names.add(CountryNames.of(code, l));
            }
            return TextMatch.fold(String.join(" ", names));
        });
    }
}
