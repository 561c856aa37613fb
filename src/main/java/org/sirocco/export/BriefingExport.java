package org.sirocco.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.EventStore;
import org.sirocco.data.Source;
import org.sirocco.i18n.Language;
import org.sirocco.io.AtomicFile;
import org.sirocco.io.FileNames;

/** Turns scenes into slides, and slides into PNG pictures, a PDF or a PowerPoint file. */
public final class BriefingExport {

    /** What to write. */
    public enum Format {
        /** One picture per scene: the file itself for a single picture, else numbered files in a folder. */
        PNG,
        /** One page per scene, with a title page and sources pages. */
        PDF,
        /** One slide per scene, with a title slide, sources slides and speaker notes. */
        PPTX
    }

    /**
     * Past this many highlighted events a scene's notes and sources stop: a scene may highlight thousands of events
     * picked with a box, which no audience reads one by one.
     */
    static final int MAX_CITED_EVENTS = 25;

    private BriefingExport() {
    }

    /**
     * A briefing's export before its pictures are drawn: the scenes chosen, their sources numbered across the
     * briefing, their texts and speaker notes. {@link #draw} draws one scene on the JavaFX application thread, so
     * that a window can show progress between two; {@link #deck} puts the drawn slides together.
     */
    public static final class Job {

        private final SceneRenderer renderer;
        private final String title;
        private final List<BriefingScene> scenes;
        private final ExportOptions options;
        private final Format format;
        private final Words words;
        private final Citations citations = new Citations();
        private final List<List<Integer>> cited = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        /**
         * @param scenes  the whole briefing; the options choose among them
         * @param locale  how dates are written
         */
        public Job(SceneRenderer renderer, String title, List<BriefingScene> scenes, ExportOptions options,
                Format format, ResourceBundle messages, Locale locale) {
            this.renderer = renderer;
            this.title = title;
            this.scenes = options.chosen(scenes.size()).stream().map(scenes::get).toList();
            if (this.scenes.isEmpty()) {
                throw new IllegalArgumentException("nothing to export: the briefing has no scenes");
            }
            this.options = options;
            this.format = format;
            this.words = new Words(messages, locale);
            for (BriefingScene scene : this.scenes) {
                cite(scene);
            }
        }

        /** How many scenes there are to draw. */
        public int size() {
            return scenes.size();
        }

        public Format format() {
            return format;
        }

        /** Draws scene {@code i} of those chosen; on the JavaFX application thread. */
        public Slide draw(int i) throws IOException {
            BriefingScene scene = scenes.get(i);
            String window = renderer.windowText(scene);
            String footer = footer(i);
            double scale = SceneRenderer.scaleFor(options.width(), options.height());
            SceneRenderer.Picture picture = renderer.picture(scene, options.width(), pictureHeight(i), scale,
                    format == Format.PNG);
            // A scene with no note and no highlighted event still gives its speaker what the picture shows.
            String speaker = notes.get(i).isBlank() ? picture.altText() : notes.get(i);
            return new Slide(scene.name(), window, scene.note(), footer, cited.get(i), picture.png(),
                    picture.width(), picture.height(), picture.altText(), speaker);
        }

        /**
         * The height in pixels of scene {@code i}'s picture: the page's for a PNG, the room a page leaves under the
         * scene's title and note for a slide (the picture is as wide as the page).
         */
        int pictureHeight(int i) {
            if (format == Format.PNG) {
                return options.height();
            }
            BriefingScene scene = scenes.get(i);
            PageLayout.Box room = PageLayout.scene(scene.name(), renderer.windowText(scene), scene.note(), footer(i))
                    .picture();
            return Math.max(1, (int) Math.round(room.height() * options.width() / room.width()));
        }

        /** Draws every scene at once and makes the document; on the JavaFX application thread. */
        public Deck drawAll() throws IOException {
            List<Slide> slides = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                slides.add(draw(i));
            }
            return deck(slides);
        }

        /** The document of the drawn slides, with the title page and sources the options ask for. */
        public Deck deck(List<Slide> slides) {
            ZonedDateTime now = ZonedDateTime.now();
            Deck.Cover cover = options.titleSlide() ? cover(now) : null;
            Deck.Sources sources = null;
            if (options.sources()) {
                List<Deck.Entry> entries = citations.all().stream()
                        .map(c -> new Deck.Entry(c.number(), c.entry(), blankToNull(c.source().url()))).toList();
                sources = new Deck.Sources(words.get("export.sources.heading"),
                        words.get("export.sources.headingPaged"), entries,
                        words.get("export.sources.mapData"), words.get("export.notes.sources"));
            }
            return new Deck(title, cover, slides, sources, options.notes(), now, Language.of(words.messages()));
        }

        private Deck.Cover cover(ZonedDateTime now) {
            var dataset = renderer.dataset();
            List<String> lines = new ArrayList<>();
            lines.add(words.format(dataset.synthetic() ? "export.cover.synthetic" : "export.cover.dataset",
                    dataset.name(), dataset.store().size()));
            lines.add(words.format("export.cover.date",
                    now.format(DateTimeFormatter.ofPattern("d MMMM yyyy", words.locale())), scenes.size()));
            StringBuilder speaker = new StringBuilder(words.get("export.notes.cover"));
            for (int i = 0; i < scenes.size(); i++) {
                speaker.append('\n').append(words.format("export.notes.coverScene", i + 1, scenes.get(i).name()));
            }
            return new Deck.Cover(title, lines, speaker.toString());
        }

        /** Numbers the sources of the scene's highlighted events and writes its speaker notes. */
        private void cite(BriefingScene scene) {
            EventStore store = renderer.dataset().store();
            Set<Integer> numbers = new LinkedHashSet<>();
            StringBuilder speaker = new StringBuilder(scene.note().strip());
            List<Integer> events = scene.highlighted().stream().map(store::indexOf).filter(i -> i >= 0).toList();
            if (!events.isEmpty()) {
                speaker.append(speaker.isEmpty() ? "" : "\n\n").append(words.get("export.notes.events"));
            }
            for (int index : events.subList(0, Math.min(events.size(), MAX_CITED_EVENTS))) {
                Event e = store.event(index);
                speaker.append("\n\n").append(words.format("export.notes.event",
                        e.title(Language.of(words.messages())), EventDates.format(e, words.locale()), e.primaryPlace().name()));
                if (e.summary() != null && !e.summary().isBlank()) {
                    speaker.append('\n').append(e.summary().strip());
                }
                for (Source s : e.sources()) {
                    int n = citations.cite(s);
                    numbers.add(n);
                    speaker.append('\n').append(words.format("export.notes.source", n,
                            new Citations.Cited(n, s).entry()));
                }
            }
            if (events.size() > MAX_CITED_EVENTS) {
                speaker.append("\n\n").append(words.format("export.notes.more",
                        events.size() - MAX_CITED_EVENTS));
            }
            cited.add(List.copyOf(numbers));
            notes.add(speaker.toString());
        }

        /**
         * "Sources: [3] [7]. Events: … Map: …": the numbers of the sources pages, or the publishers by name when
         * the document has no sources pages to refer to.
         */
        private String footer(int i) {
            String credit = words.format("export.footer.credit", renderer.dataset().name());
            List<Integer> numbers = cited.get(i);
            if (numbers.isEmpty()) {
                return credit;
            }
            List<Citations.Cited> all = citations.all();
            String refs = options.sources()
                    ? String.join(" ", numbers.stream().map(n -> "[" + n + "]").toList())
                    : String.join("; ", numbers.stream().map(n -> all.get(n - 1).source().publisher())
                            .filter(p -> p != null && !p.isBlank()).map(String::strip).distinct().toList());
            return refs.isEmpty() ? credit
                    : words.format("export.footer.cited", refs, credit);
        }
    }

    /**
     * Writes {@code deck}, each file whole or not at all; on any thread.
     *
     * @return the files written
     */
    public static List<Path> write(Format format, Path out, Deck deck) throws IOException {
        switch (format) {
            case PDF -> PdfExport.write(out, deck);
            case PPTX -> PptxExport.write(out, deck);
            case PNG -> {
                return writePngs(out, deck.slides());
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

    /** File choosers on some desktops return the name as typed: adds the extension the format needs. */
    public static Path withExtension(Path file, BriefingExport.Format format) {
        return FileNames.withExtension(file, "." + format.name().toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A file-name-safe form of a title: "Attaque à Aït Baha" becomes "attaque-a-ait-baha". */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "scene" : slug;
    }
}
