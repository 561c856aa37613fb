package org.sirocco.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * What an export was last asked for, kept for the session (and small enough to be written to a settings file): the
 * picture or slide size in pixels, the scenes (0-based indices, empty for every scene), what the document includes,
 * and the folder last written to, used while the briefing has no file of its own.
 *
 * @param folder null until something has been exported
 */
public record ExportOptions(int width, int height, List<Integer> scenes, boolean titleSlide, boolean sources,
        boolean notes, Path folder) {

    /** Full HD, every scene, everything included. */
    public static final ExportOptions DEFAULT = new ExportOptions(1920, 1080, List.of(), true, true, true, null);

    public ExportOptions {
        if (width < 320 || height < 200 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("picture size " + width + "×" + height
                    + " is outside 320×200 to 8192×8192");
        }
        scenes = List.copyOf(new TreeSet<>(scenes));
    }

    public ExportOptions withSize(int newWidth, int newHeight) {
        return new ExportOptions(newWidth, newHeight, scenes, titleSlide, sources, notes, folder);
    }

    public ExportOptions withScenes(List<Integer> chosen) {
        return new ExportOptions(width, height, chosen, titleSlide, sources, notes, folder);
    }

    public ExportOptions withIncluded(boolean newTitleSlide, boolean newSources, boolean newNotes) {
        return new ExportOptions(width, height, scenes, newTitleSlide, newSources, newNotes, folder);
    }

    public ExportOptions withFolder(Path newFolder) {
        return new ExportOptions(width, height, scenes, titleSlide, sources, notes, newFolder);
    }

    /**
     * The scenes to export out of {@code count}: the chosen ones that still exist, or every scene when none was
     * chosen or none of those chosen is left (the briefing changed since).
     */
    public List<Integer> chosen(int count) {
        List<Integer> kept = scenes.stream().filter(i -> i < count).toList();
        return kept.isEmpty() ? IntStream.range(0, count).boxed().toList() : kept;
    }

    /**
     * Scene numbers as people write them, from 1: "1,3-4" is the first, third and fourth scenes, returned as
     * 0-based indices in order.
     *
     * @throws IllegalArgumentException naming the part that is not a scene number or range of {@code count}
     */
    public static List<Integer> parseScenes(String spec, int count) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : spec.split(",")) {
            String range = part.strip();
            String[] ends = range.split("\\s*[-\u2013]\\s*", -1);
            try {
                int first = Integer.parseInt(ends[0]);
                int last = ends.length == 2 ? Integer.parseInt(ends[1]) : first;
                if (ends.length > 2 || first < 1 || last < first || last > count) {
                    throw new NumberFormatException();
                }
                IntStream.rangeClosed(first - 1, last - 1).forEach(chosen::add);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + range + "\" is not a scene number or range from 1 to "
                        + count);
            }
        }
        return new ArrayList<>(chosen);
    }

    /** "3840x2160" (or with ×) as {width, height}; null when it is not a size from 320×200 to 8192×8192. */
    public static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x\u00d7]");
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            return parts.length == 2 && w >= 320 && h >= 200 && w <= 8192 && h <= 8192 ? new int[] {w, h} : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
