package org.sirocco.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The glossary of actors, by name. */
public final class ActorCatalog {

    public static final ActorCatalog EMPTY = new ActorCatalog(List.of());

    private final Map<String, Actor> byName = new LinkedHashMap<>();

    public ActorCatalog(List<Actor> actors) {
        for (Actor a : actors) {
            byName.put(a.name(), a);
        }
    }

    public Optional<Actor> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return Set.copyOf(byName.keySet());
    }

    public List<Actor> all() {
        return List.copyOf(byName.values());
    }

    public int size() {
        return byName.size();
    }
}
