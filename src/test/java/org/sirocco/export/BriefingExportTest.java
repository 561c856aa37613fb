package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.Event;
import org.sirocco.data.Source;
import org.sirocco.geo.GeoProjection;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sample briefing made into a document: sources numbered across it, notes, the options' choices. */
@ExtendWith(ApplicationExtension.class)
class BriefingExportTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.messages");

    private SceneRenderer renderer;
    private Dataset dataset;
    private List<BriefingScene> scenes;

    @Start
    void start(Stage stage) throws IOException {
        Startup startup = Startup.load(null);
        dataset = startup.data().dataset();
        MapView template = new MapView(new ViewState(dataset), GeoProjection.region(), MESSAGES);
        template.setBasemap(startup.basemap());
        renderer = new SceneRenderer(dataset, template, MESSAGES,
                List.of(getClass().getResource("/styles/sirocco.css").toExternalForm()));
        scenes = BriefingFile.load(Path.of("docs/examples/sample.briefing.json")).scenes();
    }

    private Deck export(ExportOptions options, BriefingExport.Format format) {
        return export(scenes, options, format);
    }

    private Deck export(List<BriefingScene> chosen, ExportOptions options, BriefingExport.Format format) {
        BriefingExport.Job job = new BriefingExport.Job(renderer, "Sample", chosen, options, format, MESSAGES,
                Locale.ENGLISH);
        return FxThread.call(() -> {
            try {
                return job.drawAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyHighlightedEventsSourceIsNumberedOnceAndTheSlidesReferToTheirNumbers() {
        Deck deck = export(ExportOptions.DEFAULT.withSize(1280, 720), BriefingExport.Format.PPTX);

        List<Deck.Entry> entries = deck.sources().entries();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, entries.size()).boxed().toList(),
                entries.stream().map(Deck.Entry::number).toList(), "numbered 1, 2, 3… in order");
        assertEquals(entries.size(), new HashSet<>(entries.stream().map(Deck.Entry::text).toList()).size(),
                "each source once");
        for (int i = 0; i < scenes.size(); i++) {
            Slide slide = deck.slides().get(i);
            Set<String> expected = new HashSet<>();
            for (String id : scenes.get(i).highlighted()) {
                Event e = dataset.store().event(dataset.store().indexOf(id));
                for (Source s : e.sources()) {
                    expected.add(s.url());
                }
                assertTrue(slide.speakerNotes().contains(e.title()) && slide.speakerNotes().contains(e.summary()),
                        "the notes tell the highlighted event: " + slide.speakerNotes());
            }
            Set<String> cited = new HashSet<>();
            for (int n : slide.citations()) {
                cited.add(entries.get(n - 1).url());
                assertTrue(slide.footer().contains("[" + n + "]"), slide.footer());
                assertTrue(slide.speakerNotes().contains("[" + n + "] " + entries.get(n - 1).text()),
                        "the notes give the source in full");
            }
            assertEquals(expected, cited, slide.title());
            assertTrue(slide.speakerNotes().startsWith(scenes.get(i).note()), "the scene's note first");
            assertTrue(slide.footer().contains("Natural Earth"));
        }
        assertTrue(entries.stream().allMatch(e -> e.text().endsWith(e.url())), "full entries with their links");
        assertTrue(deck.cover().lines().get(0).contains(dataset.name()));
        assertTrue(deck.notes());
    }

    @Test
    void aSceneWithNoNoteAndNoHighlightTellsItsSpeakerWhatThePictureShows() {
        BriefingScene bare = new BriefingScene("Bare", null, EventFilter.NONE, null, List.of(), "");
        Slide slide = export(List.of(bare), ExportOptions.DEFAULT.withSize(1280, 720), BriefingExport.Format.PPTX)
                .slides().get(0);
        assertEquals(slide.altText(), slide.speakerNotes());
        assertTrue(slide.altText().startsWith("Map and timeline of the scene \u201cBare\u201d, All dates: "
                + dataset.store().size() + " events shown: "), slide.altText());
        assertEquals(List.of(), slide.citations());
    }

    @Test
    void aPagesPictureHasTheShapeOfTheRoomUnderItsTitleAndAPictureOnItsOwnTheSizeAsked() {
        Deck pages = export(ExportOptions.DEFAULT.withSize(1920, 1080).withScenes(List.of(2)),
                BriefingExport.Format.PDF);
        Slide slide = pages.slides().get(0);
        PageLayout.Box room = PageLayout.scene(slide.title(), slide.window(), slide.note(), slide.footer())
                .picture();
        assertEquals(1920, slide.pixelWidth());
        assertEquals(room.height() / room.width(), (double) slide.pixelHeight() / slide.pixelWidth(), 0.002);
        assertTrue(slide.pixelHeight() > 700, "most of the page: " + slide.pixelHeight());

        Deck pictures = export(ExportOptions.DEFAULT.withSize(1920, 1080).withScenes(List.of(2)),
                BriefingExport.Format.PNG);
        assertEquals(List.of(1920, 1080), List.of(pictures.slides().get(0).pixelWidth(),
                pictures.slides().get(0).pixelHeight()));
    }

    @Test
    void theOptionsChooseTheScenesAndLeaveOutTheTitleSlideSourcesAndNotes() {
        Deck deck = export(ExportOptions.DEFAULT.withSize(1280, 720).withScenes(List.of(1, 3))
                .withIncluded(false, false, false), BriefingExport.Format.PPTX);

        assertEquals(List.of(scenes.get(1).name(), scenes.get(3).name()),
                deck.slides().stream().map(Slide::title).toList());
        assertNull(deck.cover());
        assertNull(deck.sources());
        assertFalse(deck.notes());
        Slide serval = deck.slides().get(0);
        assertFalse(serval.footer().contains("["), "no numbers that point nowhere: " + serval.footer());
        assertTrue(serval.footer().startsWith("Sources: ") && serval.footer().contains("Wikipedia"),
                "the publishers by name instead: " + serval.footer());
    }
}
