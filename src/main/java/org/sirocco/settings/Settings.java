package org.sirocco.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sirocco.i18n.Language;

/**
 * Everything remembered between runs. Immutable: each change makes a new value, which is what gets written.
 *
 * @param recentFiles the files opened lately, most recent first, at most {@link #MAX_RECENT} of each kind
 * @param window      where the main window was, or null for the default place
 * @param view        the window's optional panels and map layers
 * @param lastSession what was open when the app last closed, offered again at start
 * @param export      the answers last given to an export, or null for the export's defaults
 * @param language    the interface language chosen in View › Language, or null to follow the system's
 */
public record Settings(List<RecentFile> recentFiles, WindowPlace window, ViewOptions view, Session lastSession,
        ExportAnswers export, Language language) {

    public static final int MAX_RECENT = 8;
    public static final Settings DEFAULTS = new Settings(List.of(), null, ViewOptions.DEFAULTS, Session.NONE, null,
            null);

    public Settings {
        recentFiles = List.copyOf(recentFiles);
        view = view == null ? ViewOptions.DEFAULTS : view;
        lastSession = lastSession == null ? Session.NONE : lastSession;
    }

    /**
     * The main window's place on the screen when it was last shown normally, and whether it was maximised.
     */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /** Which optional panels and layers were shown. */
    public record ViewOptions(boolean filterPanelShown, boolean graticule, boolean sizeByCasualties) {
        public static final ViewOptions DEFAULTS = new ViewOptions(true, false, false);
    }

    /**
     * The dataset and briefing open when the app closed.
     *
     * @param dataset  the events file, or null for the bundled dataset
     * @param briefing the briefing file, or null when none was saved
     */
    public record Session(Path dataset, Path briefing) {
        public static final Session NONE = new Session(null, null);

        public boolean isEmpty() {
            return dataset == null && briefing == null;
        }
    }

    /**
     * What an export was last asked for, as far as it holds beyond one briefing: the picture size, what documents
     * include, and the folder written to.
     *
     * @param folder null until something was exported
     */
    public record ExportAnswers(int width, int height, boolean titleSlide, boolean sources, boolean notes,
            Path folder) {
    }

    /** These settings with {@code file} first among the recent files of its kind (moved there if listed). */
    public Settings withRecent(Path file, RecentFile.Kind kind) {
        Path normal = file.toAbsolutePath().normalize();
        List<RecentFile> list = new ArrayList<>();
        list.add(new RecentFile(normal, kind));
        int ofKind = 1;
        for (RecentFile r : recentFiles) {
            if (r.path().equals(normal)) {
                continue;
            }
            if (r.kind() == kind && ++ofKind > MAX_RECENT) {
                continue;
            }
            list.add(r);
        }
        return new Settings(list, window, view, lastSession, export, language);
    }

    /** The recent files of one kind, most recent first. */
    public List<Path> recent(RecentFile.Kind kind) {
        return recentFiles.stream().filter(r -> r.kind() == kind).map(RecentFile::path).toList();
    }

    public Settings withoutRecent() {
        return new Settings(List.of(), window, view, lastSession, export, language);
    }

    public Settings withWindow(WindowPlace value) {
        return new Settings(recentFiles, value, view, lastSession, export, language);
    }

    public Settings withView(ViewOptions value) {
        return new Settings(recentFiles, window, value, lastSession, export, language);
    }

    public Settings withLastSession(Session value) {
        return new Settings(recentFiles, window, view, value, export, language);
    }

    public Settings withExport(ExportAnswers value) {
        return new Settings(recentFiles, window, view, lastSession, value, language);
    }

    public Settings withLanguage(Language value) {
        return new Settings(recentFiles, window, view, lastSession, export, value);
    }

    /** The language chosen, or the system's when none was (English when the interface does not speak it). */
    public Language languageOr(Language system) {
        return language == null ? system : language;
    }
}
