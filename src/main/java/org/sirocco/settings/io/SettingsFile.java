package org.sirocco.settings.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sirocco.i18n.Language;
import org.sirocco.io.AtomicFile;
import org.sirocco.settings.RecentFile;
import org.sirocco.settings.Settings;

/**
 * The settings file: {@code {"schemaVersion": 1, "recentFiles": [{"path": "...", "kind": "dataset"}], "window": {"x":
 * .., "y": .., "width": .., "height": .., "maximized": false}, "view": {"filterPanelShown": true, "graticule": false,
 * "sizeByCasualties": false}, "lastSession": {"dataset": null, "briefing": "..."}, "export": {"width": 1920, "height":
 * 1080, "titleSlide": true, "sources": true, "notes": true, "folder": "..."}, "language": "fr"}}. Settings are
 * a convenience: a file that cannot be read is moved aside (so that it can be looked at, and is not overwritten)
 * and the app starts with defaults; an entry it does not understand is skipped; fields it does not know are left
 * for newer versions.
 */
public final class SettingsFile {

    static final int SCHEMA_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /**
     * Settings read from a file.
     *
     * @param problem  why the file could not be used, or null
     * @param setAside where an unreadable file was moved, or null
     */
    public record Loaded(Settings settings, String problem, Path setAside) {
    }

    private SettingsFile() {
    }

    /** Reads {@code file}; a missing file gives the defaults, a damaged one is set aside. Never throws. */
    public static Loaded load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, null, null);
        } catch (IOException e) {
            return setAside(file, "it cannot be read (" + e.getMessage() + ")");
        }
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                return setAside(file, "it does not hold a JSON object");
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            return setAside(file, "it is not valid JSON");
        }
        Settings defaults = Settings.DEFAULTS;
        Settings settings = new Settings(recentFiles(root.get("recentFiles")), window(object(root, "window")),
                view(object(root, "view"), defaults.view()), session(object(root, "lastSession")),
                export(object(root, "export")), language(root.get("language")));
        return new Loaded(settings, null, null);
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonElement e = parent.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** A window place only when every coordinate is a finite number and the size is positive. */
    private static Settings.WindowPlace window(JsonObject o) {
        if (o == null) {
            return null;
        }
        double[] v = new double[4];
        String[] names = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; i++) {
            Double d = number(o.get(names[i]));
            if (d == null) {
                return null;
            }
            v[i] = d;
        }
        if (v[2] <= 0 || v[3] <= 0) {
            return null;
        }
        return new Settings.WindowPlace(v[0], v[1], v[2], v[3], bool(o.get("maximized"), false));
    }

    private static Settings.ViewOptions view(JsonObject o, Settings.ViewOptions defaults) {
        if (o == null) {
            return defaults;
        }
        return new Settings.ViewOptions(bool(o.get("filterPanelShown"), defaults.filterPanelShown()),
                bool(o.get("graticule"), defaults.graticule()),
                bool(o.get("sizeByCasualties"), defaults.sizeByCasualties()));
    }

    /** The export's answers only when the size is one an export takes; each choice falls back on its own. */
    private static Settings.ExportAnswers export(JsonObject o) {
        if (o == null) {
            return null;
        }
        Double w = number(o.get("width"));
        Double h = number(o.get("height"));
        if (w == null || h == null || w < 320 || h < 200 || w > 8192 || h > 8192 || w % 1 != 0 || h % 1 != 0) {
            return null;
        }
        return new Settings.ExportAnswers(w.intValue(), h.intValue(), bool(o.get("titleSlide"), true),
                bool(o.get("sources"), true), bool(o.get("notes"), true), path(o.get("folder")));
    }

    /** A language the interface speaks, or null (follow the system's) for any other value. */
    private static Language language(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            return null;
        }
        for (Language l : Language.values()) {
            if (l.tag().equals(e.getAsString())) {
                return l;
            }
        }
        return null;
    }

    private static Settings.Session session(JsonObject o) {
        return o == null ? Settings.Session.NONE : new Settings.Session(path(o.get("dataset")), path(o.get("briefing")));
    }

    private static Double number(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        double d = e.getAsDouble();
        return Double.isFinite(d) ? d : null;
    }

    private static boolean bool(JsonElement e, boolean fallback) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean() : fallback;
    }

    private static List<RecentFile> recentFiles(JsonElement element) {
        List<RecentFile> list = new ArrayList<>();
        if (element == null || !element.isJsonArray()) {
            return list;
        }
        for (JsonElement e : element.getAsJsonArray()) {
            if (!e.isJsonObject()) {
                continue;
            }
            JsonObject o = e.getAsJsonObject();
            RecentFile.Kind kind = kind(o.get("kind"));
            Path path = path(o.get("path"));
            if (kind != null && path != null) {
                list.add(new RecentFile(path, kind));
            }
        }
        return list;
    }

    private static RecentFile.Kind kind(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            return null;
        }
        for (RecentFile.Kind k : RecentFile.Kind.values()) {
            if (k.name().equalsIgnoreCase(e.getAsString())) {
                return k;
            }
        }
        return null;
    }

    private static Path path(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            return null;
        }
        try {
            Path p = Path.of(e.getAsString());
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException ex) {
            return null;
        }
    }

    private static Loaded setAside(Path file, String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + LocalDateTime.now().format(ASIDE));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return new Loaded(Settings.DEFAULTS, why, aside);
        } catch (IOException e) {
            return new Loaded(Settings.DEFAULTS, why, null);
        }
    }

    /** Writes {@code settings} whole or not at all. */
    public static void save(Path file, Settings settings) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        JsonArray recent = new JsonArray();
        for (RecentFile r : settings.recentFiles()) {
            JsonObject o = new JsonObject();
            o.addProperty("path", r.path().toString());
            o.addProperty("kind", r.kind().name().toLowerCase(Locale.ROOT));
            recent.add(o);
        }
        root.add("recentFiles", recent);
        Settings.WindowPlace w = settings.window();
        if (w != null) {
            JsonObject window = new JsonObject();
            window.addProperty("x", w.x());
            window.addProperty("y", w.y());
            window.addProperty("width", w.width());
            window.addProperty("height", w.height());
            window.addProperty("maximized", w.maximized());
            root.add("window", window);
        }
        JsonObject view = new JsonObject();
        view.addProperty("filterPanelShown", settings.view().filterPanelShown());
        view.addProperty("graticule", settings.view().graticule());
        view.addProperty("sizeByCasualties", settings.view().sizeByCasualties());
        root.add("view", view);
        JsonObject session = new JsonObject();
        Settings.Session last = settings.lastSession();
        session.addProperty("dataset", last.dataset() == null ? null : last.dataset().toString());
        session.addProperty("briefing", last.briefing() == null ? null : last.briefing().toString());
        root.add("lastSession", session);
        Settings.ExportAnswers export = settings.export();
        if (export != null) {
            JsonObject e = new JsonObject();
            e.addProperty("width", export.width());
            e.addProperty("height", export.height());
            e.addProperty("titleSlide", export.titleSlide());
            e.addProperty("sources", export.sources());
            e.addProperty("notes", export.notes());
            e.addProperty("folder", export.folder() == null ? null : export.folder().toString());
            root.add("export", e);
        }
        if (settings.language() != null) {
            root.addProperty("language", settings.language().tag());
        }
        byte[] json = (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(json));
    }
}
