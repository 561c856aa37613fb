package org.sirocco.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What kind of event this is; each category has a closed list of subtypes (see docs/dataset-schema.md). */
public enum Category {
    DISMANTLING("dismantling", List.of("cell_dismantled", "arrests", "plot_foiled")),
    ATTACK("attack", List.of("bombing", "suicide_bombing", "shooting", "armed_assault", "hostage_taking", "ambush",
            "kidnapping", "assassination", "rocket_attack", "stabbing", "vehicle_ramming", "threat")),
    DIPLOMATIC("diplomatic", List.of("ties_severed", "ambassador_recalled", "ambassador_expelled",
            "diplomats_expelled", "border_closed", "airspace_closed", "treaty_suspended", "cooperation_suspended",
            "withdrawal_from_organisation", "ties_restored", "border_reopened", "rapprochement")),
    FORMATION("formation", List.of("group_formed", "merger", "allegiance", "split", "rebranding")),
    COUP("coup", List.of("coup", "coup_attempt", "self_coup")),
    TERRITORIAL("territorial", List.of("territory_seized", "territory_lost")),
    OPERATION("operation", List.of("military_operation", "joint_operation", "airstrike", "leader_killed",
            "deployment", "withdrawal", "security_agreement", "exercise"));

    private static final Category[] VALUES = values();
    private static final List<String> ALL_SUBTYPES = java.util.Arrays.stream(VALUES)
            .flatMap(c -> c.subtypes.stream()).toList();
    private static final Map<String, Integer> SUBTYPE_INDEX = IntStream.range(0, ALL_SUBTYPES.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(ALL_SUBTYPES::get, i -> i));

    private final String id;
    private final List<String> subtypes;

    Category(String id, List<String> subtypes) {
        this.id = id;
        this.subtypes = subtypes;
    }

    /** The identifier used in the dataset file. */
    public String id() {
        return id;
    }

    public List<String> subtypes() {
        return subtypes;
    }

    public boolean allowsSubtype(String subtype) {
        return subtypes.contains(subtype);
    }

    public static Optional<Category> fromId(String id) {
        for (Category c : VALUES) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every subtype of every category, in category order: subtype ids are unique across categories. */
    public static List<String> allSubtypes() {
        return ALL_SUBTYPES;
    }

    /** The subtype's position in {@link #allSubtypes()}, or -1; a lookup, not a scan of the list. */
    public static int subtypeIndex(String subtype) {
        return SUBTYPE_INDEX.getOrDefault(subtype, -1);
    }

    public static Category ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }
}
