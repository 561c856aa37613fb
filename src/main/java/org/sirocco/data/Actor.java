package org.sirocco.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sirocco.i18n.Language;

/**
 * A group, agency or force named in the dataset, with what a reader needs to know about it.
 *
 * @param name          the short name events use (AQIM, BCIJ)
 * @param fullName      the full name (Al-Qaeda in the Islamic Maghreb)
 * @param kind          group, agency, force, state-body or person
 * @param description   one or two neutral sentences
 * @param abbreviations other English names and spellings a search should find it by (AQLIM, al-Qa'ida ...)
 * @param translations  its names and description in other languages than English, where the glossary gives them
 */
public record Actor(String name, String fullName, String kind, String description, List<String> abbreviations,
        Map<Language, Names> translations) {

    /**
     * An actor's names and description in one language.
     *
     * @param name          the short name as that language's press writes it (AQMI)
     * @param abbreviations other names and abbreviations in that language
     */
    public record Names(String name, String fullName, List<String> abbreviations, String description) {
        public Names {
            abbreviations = List.copyOf(abbreviations);
        }
    }

    public Actor {
        abbreviations = List.copyOf(abbreviations);
        translations = Map.copyOf(translations);
    }

    /** An actor described in English only. */
    public Actor(String name, String fullName, String kind, String description) {
        this(name, fullName, kind, description, List.of(), Map.of());
    }

    /** Its names and description in {@code language}: the English ones where the glossary gives no other. */
    public Names in(Language language) {
        Names names = translations.get(language);
        return names != null ? names : new Names(name, fullName, abbreviations, description);
    }

    /** Every name it goes by in every language, for search: names, full names and abbreviations. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.add(fullName);
        all.addAll(abbreviations);
        for (Names n : translations.values()) {
            all.add(n.name());
            all.add(n.fullName());
            all.addAll(n.abbreviations());
        }
        return all;
    }
}
