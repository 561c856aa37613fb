package org.sirocco.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything remembered between runs. Immutable: each change makes a new value, which is what gets written.
 *
 * @param recentFiles the files opened lately, most recent first, at most {@link #MAX_RECENT} of each kind
 */
public record Settings(List<RecentFile> recentFiles) {

    public static final int MAX_RECENT = 8;
    public static final Settings DEFAULTS = new Settings(List.of());

    public Settings {
        recentFiles = List.copyOf(recentFiles);
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
        return new Settings(list);
    }

    /** The recent files of one kind, most recent first. */
    public List<Path> recent(RecentFile.Kind kind) {
        return recentFiles.stream().filter(r -> r.kind() == kind).map(RecentFile::path).toList();
    }

    public Settings withoutRecent() {
        return new Settings(List.of());
    }
}
