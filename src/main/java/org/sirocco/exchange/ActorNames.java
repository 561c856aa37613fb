package org.sirocco.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;

/**
 * Puts an imported dataset's actor names on the glossary's: "JNIM: Group for Support of Islam and Muslims" and
 * "Al-Qaida in the Islamic Maghreb (AQIM)" are the glossary's JNIM and AQIM. A name the glossary does not know is
 * kept as the dataset writes it and added once, as an imported actor, to the dataset.
 */
final class ActorNames {

    private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private final Map<String, String> catalogByKey = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();

    ActorNames(ActorCatalog catalog) {
        for (Actor a : catalog.all()) {
            catalogByKey.putIfAbsent(key(a.fullName()), a.name());
        }
        for (Actor a : catalog.all()) {
            catalogByKey.put(key(a.name()), a.name());
        }
    }

    /**
     * The name events should use for {@code name}; a name new to the glossary is handed to the sink once.
     *
     * @param kind        the glossary kind of a new actor (group, force, ...)
     * @param description what the dataset says of it, for the glossary
     */
    String resolve(String name, String kind, String description, ImportSink sink) {
        String known = resolved.get(name);
        if (known != null) {
            return known;
        }
        String match = catalogByKey.get(key(name));
        int colon = name.indexOf(':');
        if (match == null && colon > 0) {
            match = catalogByKey.get(key(name.substring(0, colon)));
        }
        Matcher m = ABBREVIATION.matcher(name);
        if (match == null && m.find()) {
            match = catalogByKey.get(key(m.group(1)));
        }
        if (match == null) {
            match = name.strip();
            sink.actor(new Actor(match, match, kind, description));
        }
        resolved.put(name, match);
        return match;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
