package org.sirocco.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sirocco.data.Category;

/**
 * ACLED's event and sub-event types as Sirocco categories and subtypes: the table of docs/import-mapping.md. Where
 * state forces strike first, a battle or a shelling is a state operation rather than an attack. Types with no row
 * (protests, riots, most strategic developments) have no Sirocco category: their rows are counted and skipped.
 */
final class AcledTypes {

    /**
     * One row of the table.
     *
     * @param subEventType ACLED's sub-event type, or "" for the older layouts' event types, which have none
     * @param byState      the category and subtype when state forces are the first actor; null when the same
     */
    record Row(String eventType, String subEventType, Target target, Target byState) {
    }

    /** A Sirocco category and subtype. */
    record Target(Category category, String subtype) {
    }

    private static Target t(Category c, String subtype) {
        return new Target(c, subtype);
    }

    private static final Target OPERATION = t(Category.OPERATION, "military_operation");

    static final List<Row> TABLE = List.of(
            new Row("Battles", "Armed clash", t(Category.ATTACK, "armed_assault"), OPERATION),
            new Row("Battles", "Government regains territory", t(Category.TERRITORIAL, "territory_lost"), null),
            new Row("Battles", "Non-state actor overtakes territory", t(Category.TERRITORIAL, "territory_seized"),
                    null),
            new Row("Explosions/Remote violence", "Air/drone strike", t(Category.OPERATION, "airstrike"), null),
            new Row("Explosions/Remote violence", "Suicide bomb", t(Category.ATTACK, "suicide_bombing"), null),
            new Row("Explosions/Remote violence", "Shelling/artillery/missile attack",
                    t(Category.ATTACK, "rocket_attack"), OPERATION),
            new Row("Explosions/Remote violence", "Remote explosive/landmine/IED", t(Category.ATTACK, "bombing"),
                    null),
            new Row("Explosions/Remote violence", "Grenade", t(Category.ATTACK, "bombing"), null),
            new Row("Explosions/Remote violence", "Chemical weapon", t(Category.ATTACK, "bombing"), null),
            new Row("Violence against civilians", "Attack", t(Category.ATTACK, "armed_assault"), null),
            new Row("Violence against civilians", "Abduction/forced disappearance", t(Category.ATTACK, "kidnapping"),
                    null),
            new Row("Violence against civilians", "Sexual violence", t(Category.ATTACK, "armed_assault"), null),
            new Row("Strategic developments", "Arrests", t(Category.DISMANTLING, "arrests"), null),
            new Row("Strategic developments", "Disrupted weapons use", t(Category.DISMANTLING, "plot_foiled"), null),
            new Row("Strategic developments", "Agreement", t(Category.OPERATION, "security_agreement"), null),
            new Row("Strategic developments", "Headquarters or base established",
                    t(Category.TERRITORIAL, "territory_seized"), null),
            new Row("Strategic developments", "Non-violent transfer of territory",
                    t(Category.TERRITORIAL, "territory_seized"), null),
            // The older Africa layouts: event types only.
            new Row("Battle-No change of territory", "", t(Category.ATTACK, "armed_assault"), OPERATION),
            new Row("Battle-Government regains territory", "", t(Category.TERRITORIAL, "territory_lost"), null),
            new Row("Battle-Non-state actor overtakes territory", "", t(Category.TERRITORIAL, "territory_seized"),
                    null),
            new Row("Remote violence", "", t(Category.ATTACK, "bombing"), t(Category.OPERATION, "airstrike")),
            new Row("Violence against civilians", "", t(Category.ATTACK, "armed_assault"), null),
            new Row("Headquarters or base established", "", t(Category.TERRITORIAL, "territory_seized"), null),
            new Row("Non-violent transfer of territory", "", t(Category.TERRITORIAL, "territory_seized"), null));

    private static final Map<String, Row> BY_TYPES = new HashMap<>();

    static {
        for (Row r : TABLE) {
            BY_TYPES.put(key(r.eventType(), r.subEventType()), r);
        }
    }

    private AcledTypes() {
    }

    /**
     * The category and subtype of an ACLED record, or null when its type has none in Sirocco.
     *
     * @param byState whether state forces (or external forces) are its first actor
     */
    static Target of(String eventType, String subEventType, boolean byState) {
        Row r = BY_TYPES.get(key(eventType, subEventType));
        if (r == null) {
            r = BY_TYPES.get(key(eventType, ""));
        }
        if (r == null) {
            return null;
        }
        return byState && r.byState() != null ? r.byState() : r.target();
    }

    private static String key(String eventType, String subEventType) {
        return (eventType.strip() + "|" + subEventType.strip()).toLowerCase(Locale.ROOT);
    }
}
