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
import org.sirocco.io.AtomicFile;
import org.sirocco.settings.RecentFile;
import org.sirocco.settings.Settings;

/**
 * The settings file, {@code {"schemaVersion": 1, "recentFiles": [{"path": "...", "kind": "dataset"}]}}. Settings are
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
        return new Loaded(new Settings(recentFiles(root.get("recentFiles"))), null, null);
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
        byte[] json = (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(json));
    }
}
