package org.sirocco.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.io.AtomicFile;

/** Turns scenes into slides, and slides into PNG, PDF or PowerPoint files. */
public final class BriefingExport {

    /** What to write. */
    public enum Format {
        /** One picture per scene: the file itself for a single picture, else numbered files in a folder. */
        PNG,
        /** One page per scene. */
        PDF,
        /** One slide per scene. */
        PPTX
    }

    private BriefingExport() {
    }

    /** Draws every scene; on the JavaFX application thread. */
    public static List<Slide> slides(SceneRenderer renderer, List<BriefingScene> scenes, int width, int height)
            throws IOException {
        List<Slide> slides = new ArrayList<>();
        for (BriefingScene scene : scenes) {
            slides.add(renderer.slide(scene, width, height));
        }
        return slides;
    }

    /**
     * Writes {@code slides}, each file whole or not at all; on any thread.
     *
     * @return the files written
     */
    public static List<Path> write(Format format, Path out, String title, List<Slide> slides) throws IOException {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("nothing to export: the briefing has no scenes");
        }
        switch (format) {
            case PDF -> PdfExport.write(out, title, slides);
            case PPTX -> PptxExport.write(out, title, slides);
            case PNG -> {
                return writePngs(out, slides);
            }
            default -> throw new IllegalArgumentException(format.name());
        }
        return List.of(out);
    }

    private static List<Path> writePngs(Path out, List<Slide> slides) throws IOException {
        boolean single = slides.size() == 1 && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        if (single) {
            AtomicFile.write(out, stream -> stream.write(slides.get(0).png()));
            return List.of(out);
        }
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            Path file = out.resolve(String.format(Locale.ROOT, "%02d-%s.png", i + 1, slug(slides.get(i).title())));
            byte[] png = slides.get(i).png();
            AtomicFile.write(file, stream -> stream.write(png));
            written.add(file);
        }
        return written;
    }

    /** A file-name-safe form of a title: "Attaque à Aït Baha" becomes "attaque-a-ait-baha". */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "scene" : slug;
    }
}
