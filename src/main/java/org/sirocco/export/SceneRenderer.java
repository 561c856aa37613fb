package org.sirocco.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.SceneState;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventDates;
import org.sirocco.i18n.Messages;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.timeline.TimelineView;

/**
 * Draws a scene as a picture: the map with its legend, scale bar, north arrow and attribution over the timeline with
 * the window brushed, and for a picture on its own a caption band with the scene's name, its time window and the
 * dataset (a slide has its own title, and a picture on it carries no second one). The picture is composed at a
 * fixed layout size and scaled up by the page's size over it, so that every label, legend and marker grows with the
 * page: a 4K picture has the same composition as a full-HD one, only sharper, and text on a full-HD page is large
 * enough to read on a projector. Runs on the JavaFX application thread; needs no window.
 */
public final class SceneRenderer {

    /**
     * A page is composed at this height (and the width of its 16:9 shape) and scaled to its size: 1080 lines make a
     * scale of 1.8, which draws the map's smallest text (9.5 px) 17 px high and its city names 19 px high.
     */
    static final double LAYOUT_HEIGHT = 600;
    static final double LAYOUT_WIDTH = LAYOUT_HEIGHT * 16 / 9;
    /** The timeline's share of a picture's height, and the fewest layout pixels it keeps for its lanes. */
    private static final double TIMELINE_SHARE = 0.22;
    private static final double TIMELINE_MIN_HEIGHT = 150;

    private final Dataset dataset;
    private final MapView template;
    private final Words words;
    private final List<String> stylesheets;

    /**
     * @param template    the map whose base maps, cities and options the picture's map copies
     * @param stylesheets the application's stylesheets
     */
    public SceneRenderer(Dataset dataset, MapView template, ResourceBundle messages, List<String> stylesheets) {
        this.dataset = dataset;
        // A copy taken now: options toggled, or the detailed map arriving, during an export change no slide.
        this.template = new MapView(new ViewState(dataset), template.getProjection(), messages);
        this.template.copyLayersFrom(template);
        this.words = new Words(messages);
        this.stylesheets = List.copyOf(stylesheets);
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * How much a page of {@code pageWidth} × {@code pageHeight} pixels scales its composition: the page's size over
     * the layout size, never below 1 (a small picture is composed at its own size).
     */
    public static double scaleFor(int pageWidth, int pageHeight) {
        return Math.max(1, Math.min(pageWidth / LAYOUT_WIDTH, pageHeight / LAYOUT_HEIGHT));
    }

    /** A scene's picture as PNG bytes, its size in pixels, and what it shows in words for those who cannot see it. */
    public record Picture(byte[] png, int width, int height, String altText) {
    }

    /**
     * The scene drawn as a {@code width} × {@code height} picture, its composition scaled by {@code scale} (see
     * {@link #scaleFor}); {@code caption} adds the band naming the scene above the map.
     */
    public Picture picture(BriefingScene scene, int width, int height, double scale, boolean caption)
            throws IOException {
        Composition c = compose(scene, width, height, scale, caption);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(c.scale(), c.scale()));
        WritableImage image = c.root().snapshot(params, new WritableImage(width, height));
        c.root().getScene().setRoot(new Region()); // lets the views go with the scene
        return new Picture(png(image), width, height, altText(scene, c.state()));
    }

    /** A laid-out picture before its snapshot: {@code root} is {@code 1 / scale} of the picture's pixel size. */
    record Composition(BorderPane root, ViewState state, MapView map, TimelineView timeline, double scale) {
    }

    Composition compose(BriefingScene scene, int width, int height, double scale, boolean caption) {
        if (width < 1 || height < 1 || width > 8192 || height > 8192 || !(scale >= 1 && scale <= 8)) {
            throw new IllegalArgumentException("picture size " + width + "×" + height + " at scale " + scale
                    + " is outside 1×1 to 8192×8192 at 1 to 8");
        }
        double w = width / scale;
        double h = height / scale;

        ViewState state = new ViewState(dataset);
        SceneState.apply(scene, state);
        MapView map = new MapView(state, template.getProjection(), words.messages());
        map.copyLayersFrom(template);
        map.setRenderScale(scale);
        TimelineView timeline = new TimelineView(state, words.messages());
        timeline.setRenderScale(scale);
        timeline.setPrefHeight(Math.round(Math.max(TIMELINE_MIN_HEIGHT, h * TIMELINE_SHARE)));
        // Lanes of categories the scene does not show would take room from the others and say nothing.
        int[] counts = countsByCategory(state);
        if (Arrays.stream(counts).anyMatch(n -> n > 0)) {
            for (Category category : Category.values()) {
                if (counts[category.ordinal()] == 0) {
                    timeline.getCollapsedLanes().add(category);
                }
            }
        }
        BorderPane root = new BorderPane(map);
        if (caption) {
            root.setTop(header(scene, state.getVisible().count()));
        }
        root.setBottom(timeline);
        root.getStyleClass().add("export-picture");
        Scene offscreen = new Scene(root, w, h);
        offscreen.getStylesheets().addAll(stylesheets);

        timeline.setVisibleRange(timeline.framing(state.getTimeWindow()));
        root.applyCss();
        root.layout();
        if (scene.extent() == null) {
            map.fitRegion();
        } else {
            map.setViewport(scene.extent().viewport(map.contentWidth(), map.contentHeight(), map.getProjection()));
        }
        root.layout();
        return new Composition(root, state, map, timeline, scale);
    }

    /** Encodes a picture as PNG, without the JavaFX–Swing bridge. */
    static byte[] png(WritableImage image) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return out.toByteArray();
    }

    /** The scene's time window in words, or "All dates". */
    String windowText(BriefingScene scene) {
        return scene.window() == null ? words.get("briefing.allTime")
                : EventDates.format(scene.window(), words.locale());
    }

    /**
     * "Map and timeline of the scene “Tunisia, 2015”, 1 January 2015 – 31 December 2015: 4 events shown: 3
     * attacks, 1 cell dismantling or arrest. 1 event is highlighted."
     */
    private String altText(BriefingScene scene, ViewState state) {
        int[] counts = countsByCategory(state);
        List<String> parts = new ArrayList<>();
        for (Category category : Category.values()) {
            if (counts[category.ordinal()] > 0) {
                parts.add(words.format("export.alt.category." + category.id(), counts[category.ordinal()]));
            }
        }
        String text = words.format(parts.isEmpty() ? "export.alt.empty" : "export.alt",
                scene.name(), windowText(scene), state.getVisible().count(), String.join(words.get("export.alt.listSeparator"), parts));
        int highlighted = (int) scene.highlighted().stream().filter(id -> state.store().indexOf(id) >= 0).count();
        return highlighted == 0 ? text
                : text + " " + words.format("export.alt.highlighted", highlighted);
    }

    private static int[] countsByCategory(ViewState state) {
        int[] counts = new int[Category.count()];
        state.getVisible().forEach(i -> counts[state.store().categoryOrdinal(i)]++);
        return counts;
    }

    private Region header(BriefingScene scene, int shown) {
        Label name = new Label(scene.name());
        name.setId("export-title");
        name.getStyleClass().add("export-title");
        Label window = new Label(windowText(scene));
        window.setId("export-window");
        window.getStyleClass().add("export-window");
        VBox left = new VBox(2, name, window);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label source = new Label(words.format("export.shown", shown, dataset.name()));
        source.getStyleClass().add("export-dataset");
        HBox header = new HBox(12, left, spring, source);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("export-header");
        return header;
    }
}
