package org.sirocco.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sirocco.data.Event;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.edit.DatasetDiff;
import org.sirocco.edit.io.DiffJson;

/**
 * {@code diff OLD NEW [--json]}: what changed from one version of an events file to another, the list the app's
 * Compare window shows: events added, removed, and changed with their changed fields old and new. With
 * {@code --json}, one JSON object {@code {"added": [ids], "removed": [ids], "changed": [{"id": id, "fields":
 * [names]}]}}. Exit status 0 when both files could be read (problems in them are printed to the error stream), 1
 * when one gives no event, 2 on wrong usage.
 */
final class DiffCommand {

    private DiffCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            err.println("usage: diff OLD.json NEW.json [--json]");
            return 2;
        }
        List<List<Event>> versions = new ArrayList<>();
        for (String f : files) {
            // Any actor name is accepted: a comparison must not depend on this version's catalogue.
            LoadResult result = new DatasetReader(Set.of()).read(Path.of(f));
            result.problems().forEach(err::println);
            if (result.nothingRead()) {
                err.printf("%s: no event could be read%n", f);
                return 1;
            }
            versions.add(result.dataset().store().events());
        }
        DatasetDiff diff = DatasetDiff.between(versions.get(0), versions.get(1));
        if (json) {
            out.println(DiffJson.of(diff));
        } else {
            print(diff, out);
        }
        return 0;
    }

    private static void print(DatasetDiff diff, PrintStream out) {
        out.printf("added: %d, removed: %d, changed: %d%n", diff.added().size(), diff.removed().size(),
                diff.changed().size());
        for (Event e : diff.added()) {
            out.printf("+ %s  %s%n", e.id(), e.title());
        }
        for (Event e : diff.removed()) {
            out.printf("- %s  %s%n", e.id(), e.title());
        }
        for (DatasetDiff.Changed c : diff.changed()) {
            out.printf("~ %s  %s%n", c.id(), c.after().title());
            for (DatasetDiff.Field f : c.fields()) {
                out.printf("    %s: %s%n      -> %s%n", f.name(), oneLine(f.before()), oneLine(f.after()));
            }
        }
    }

    private static String oneLine(String text) {
        return text == null ? "(none)" : text.replace("\n", " | ");
    }
}
