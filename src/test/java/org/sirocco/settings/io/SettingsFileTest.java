package org.sirocco.settings.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.i18n.Language;
import org.sirocco.settings.RecentFile;
import org.sirocco.settings.Settings;

/** Settings come back as they were written; a damaged file is set aside and never stops the app. */
class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void settingsComeBackAsWritten() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings written = Settings.DEFAULTS.withRecent(dir.resolve("a.json"), RecentFile.Kind.DATASET)
                .withRecent(dir.resolve("b.briefing.json"), RecentFile.Kind.BRIEFING);
        SettingsFile.save(file, written);
        SettingsFile.Loaded loaded = SettingsFile.load(file);
        assertEquals(written, loaded.settings());
        assertNull(loaded.problem());
    }

    @Test
    void theWindowPanelsLayersAndLastSessionComeBackAsWritten() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings written = Settings.DEFAULTS.withWindow(new Settings.WindowPlace(-1200.5, 40, 1100, 760, true))
                .withView(new Settings.ViewOptions(false, true, true))
                .withLastSession(new Settings.Session(null, dir.resolve("brief.json").toAbsolutePath()))
                .withExport(new Settings.ExportAnswers(3840, 2160, false, true, false, dir.toAbsolutePath()));
        SettingsFile.save(file, written);
        assertEquals(written, SettingsFile.load(file).settings());
    }

    @Test
    void theLanguageChosenComesBackAndAnUnknownOneFollowsTheSystem() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsFile.save(file, Settings.DEFAULTS.withLanguage(Language.ARABIC));
        assertTrue(Files.readString(file).contains("\"language\": \"ar\""));
        assertEquals(Language.ARABIC, SettingsFile.load(file).settings().language());
        SettingsFile.save(file, Settings.DEFAULTS);
        assertFalse(Files.readString(file).contains("language"), "no choice: the system's language is followed");
        Files.writeString(file, "{\"language\": \"de\", \"view\": {\"graticule\": true}}");
        Settings loaded = SettingsFile.load(file).settings();
        assertNull(loaded.language());
        assertEquals(Language.FRENCH, loaded.languageOr(Language.FRENCH));
        assertTrue(loaded.view().graticule(), "the rest is kept");
    }

    @Test
    void aWindowPlaceThatMakesNoSenseIsForgottenAndTheRestKept() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {"window": {"x": 10, "y": 20, "width": -5, "height": 700}, "export": {"width": 100000, "height": 9},
                 "view": {"filterPanelShown": "yes", "graticule": true}}
                """);
        Settings loaded = SettingsFile.load(file).settings();
        assertNull(loaded.window());
        assertNull(loaded.export(), "a size no export takes is not used");
        assertEquals(new Settings.ViewOptions(true, true, false), loaded.view(), "each value falls back on its own");
    }

    @Test
    void aMissingFileGivesTheDefaultsQuietly() {
        SettingsFile.Loaded loaded = SettingsFile.load(dir.resolve("none.json"));
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertNull(loaded.problem());
    }

    @Test
    void aDamagedFileIsSetAsideAndTheDefaultsUsed() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"recentFiles\": [");
        SettingsFile.Loaded loaded = SettingsFile.load(file);
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertEquals("it is not valid JSON", loaded.problem());
        assertNotNull(loaded.setAside());
        assertFalse(Files.exists(file), "the next save does not overwrite it");
        assertEquals("{\"recentFiles\": [", Files.readString(loaded.setAside()), "kept to be looked at");
    }

    @Test
    void entriesItCannotUseAreSkippedAndTheRestKept() throws IOException {
        Path file = dir.resolve("settings.json");
        Path kept = dir.resolve("kept.json").toAbsolutePath();
        Files.writeString(file, """
                {"schemaVersion": 1, "windowFromANewerVersion": {"x": 3}, "recentFiles": [
                  {"path": "relative.json", "kind": "dataset"},
                  {"path": "%s", "kind": "spreadsheet"},
                  7,
                  {"path": "%s", "kind": "dataset"}]}
                """.formatted(kept, kept).replace("\\", "\\\\"));
        SettingsFile.Loaded loaded = SettingsFile.load(file);
        assertEquals(List.of(kept), loaded.settings().recent(RecentFile.Kind.DATASET));
        assertNull(loaded.problem());
    }

    @Test
    void recentFilesMoveToTheFrontAndAreCappedPerKind() {
        Settings s = Settings.DEFAULTS.withRecent(dir.resolve("briefing.json"), RecentFile.Kind.BRIEFING);
        for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
            s = s.withRecent(dir.resolve("d" + i + ".json"), RecentFile.Kind.DATASET);
        }
        s = s.withRecent(dir.resolve("d5.json"), RecentFile.Kind.DATASET);
        List<Path> datasets = s.recent(RecentFile.Kind.DATASET);
        assertEquals(Settings.MAX_RECENT, datasets.size());
        assertEquals(dir.resolve("d5.json").toAbsolutePath(), datasets.get(0));
        assertEquals(dir.resolve("d10.json").toAbsolutePath(), datasets.get(1));
        assertTrue(datasets.stream().distinct().count() == datasets.size(), "each file once");
        assertEquals(List.of(dir.resolve("briefing.json").toAbsolutePath()), s.recent(RecentFile.Kind.BRIEFING),
                "datasets never push briefings out");
    }
}
