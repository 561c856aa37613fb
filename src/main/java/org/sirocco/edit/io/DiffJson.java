package org.sirocco.edit.io;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.sirocco.data.Event;
import org.sirocco.edit.DatasetDiff;

/** A comparison as one JSON object: {@code {"added": [ids], "removed": [ids], "changed": [{"id", "fields"}]}}. */
public final class DiffJson {

    private DiffJson() {
    }

    public static String of(DatasetDiff diff) {
        JsonObject o = new JsonObject();
        JsonArray added = new JsonArray();
        diff.added().stream().map(Event::id).forEach(added::add);
        JsonArray removed = new JsonArray();
        diff.removed().stream().map(Event::id).forEach(removed::add);
        JsonArray changed = new JsonArray();
        for (DatasetDiff.Changed c : diff.changed()) {
            JsonObject one = new JsonObject();
            one.addProperty("id", c.id());
            JsonArray fields = new JsonArray();
            c.fieldNames().forEach(fields::add);
            one.add("fields", fields);
            changed.add(one);
        }
        o.add("added", added);
        o.add("removed", removed);
        o.add("changed", changed);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(o);
    }
}
