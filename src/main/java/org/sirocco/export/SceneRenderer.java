package org.sirocco.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
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
import org.sirocco.data.Dataset;
import org.sirocco.data.EventDates;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.timeline.TimelineView;

/**
 * Draws a scene as a picture for a slide: a header with the scene's name, its time window and the dataset, the map
 * with its legend, scale bar, north arrow and attribution, and the timeline with the window brushed. The picture is
 * laid out at 1080 lines or fewer and scaled up, so that a 4K picture has the same composition as a full-HD one,
 * only sharper. Runs on the JavaFX application thread; needs no window.
 */
public final class SceneRenderer {

    /** Pictures are composed at this height at most, then scaled to the height asked. */
    static final double LAYOUT_HEIGHT = 1080;

    private final Dataset dataset;
    private final MapView template;
    private final ResourceBundle messages;
    private final List<String> stylesheets;

    /**
     * @param template    the map whose base maps, cities and options the picture's map copies
     * @param stylesheets the application's stylesheets
     */
    public SceneRenderer(Dataset dataset, MapView template, ResourceBundle messages, List<String> stylesheets) {
        this.dataset = dataset;
        // A copy taken now: options toggled, or the detailed map arriving, during an export change no slide.
        this.template = new MapView(new ViewState(dataset), template.getProjection());
        this.template.copyLayersFrom(template);
        this.messages = messages;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** The scene as a slide: its picture, title, note, time window and the sources of the events it shows. */
    public Slide slide(BriefingScene scene, int width, int height) throws IOException {
        Picture picture = draw(scene, width, height);
        ViewState state = picture.state();
        List<Integer> highlighted = new ArrayList<>();
        for (String id : scene.highlighted()) {
            int index = state.store().indexOf(id);
            if (index >= 0) {
                highlighted.add(index);
            }
        }
        String sources = SourceLine.of(state.store(), highlighted, state.getVisible(), messages);
        return new Slide(scene.name(), scene.note(), windowText(scene), sources, png(picture.image()), width, height);
    }

    private record Picture(WritableImage image, ViewState state) {
    }

    private Picture draw(BriefingScene scene, int width, int height) {
        Composition c = compose(scene, width, height);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(c.scale(), c.scale()));
        WritableImage image = c.root().snapshot(params, new WritableImage(width, height));
        c.root().getScene().setRoot(new Region()); // lets the views go with the scene
        return new Picture(image, c.state());
    }

    /** A laid-out picture before its snapshot: {@code root} is {@code 1 / scale} of the picture's pixel size. */
    record Composition(BorderPane root, ViewState state, MapView map, TimelineView timeline, double scale) {
    }

    Composition compose(BriefingScene scene, int width, int height) {
        if (width < 320 || height < 200 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("picture size " + width + "×" + height
                    + " is outside 320×200 to 8192×8192");
        }
        double scale = Math.max(1, height / LAYOUT_HEIGHT);
        double w = width / scale;
        double h = height / scale;

        ViewState state = new ViewState(dataset);
        SceneState.apply(scene, state);
        MapView map = new MapView(state, template.getProjection());
        map.copyLayersFrom(template);
        map.setRenderScale(scale);
        TimelineView timeline = new TimelineView(state);
        timeline.setRenderScale(scale);
        timeline.setPrefHeight(Math.round(h * 0.2));
        BorderPane root = new BorderPane(map);
        root.setTop(header(scene, state.getVisible().count()));
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

    private String windowText(BriefingScene scene) {
        return scene.window() == null ? messages.getString("briefing.allTime") : EventDates.format(scene.window());
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
        Label source = new Label(MessageFormat.format(messages.getString("export.shown"), shown, dataset.name()));
        source.getStyleClass().add("export-dataset");
        HBox header = new HBox(12, left, spring, source);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("export-header");
        return header;
    }
}
