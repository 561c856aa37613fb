package org.sirocco.presentation;

import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.SceneState;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventDates;
import org.sirocco.data.TimeWindow;
import org.sirocco.geo.MapViewport;
import org.sirocco.i18n.Messages;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.timeline.TimelineView;

/**
 * A briefing's scenes one at a time: the map over the timeline, with the scene's title, note and time window as a
 * caption. It keeps its own view state, so presenting leaves the main window as it was. Moving to another scene
 * applies its filters and highlights at once and glides the map extent and the time window to it.
 * <p>
 * Keys: Right, Down, Page Down, Space or Enter for the next scene (a clicker sends Page Down); Left, Up, Page Up or
 * Backspace for the previous one; Home and End for the first and last; Esc leaves. A click on the caption goes to
 * the next scene and a right click to the previous one, as in slide tools; the map and the timeline keep their clicks
 * (picking an event, zooming, collapsing a lane). A hint under the counter says so.
 */
public final class PresentationView extends StackPane {

    /** Long enough to follow where the map goes, short enough not to wait for it. */
    static final Duration TRANSITION = Duration.millis(900);

    private final List<BriefingScene> scenes;
    private final ResourceBundle messages;
    private final ViewState state;
    private final MapView map;
    private final TimelineView timeline;
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label window = new Label();
    private final Label note = new Label();
    private final Label hint = new Label();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final SceneGlide glide = new SceneGlide();
    private Runnable onExit = () -> { };

    /**
     * @param template the map whose base maps, cities and options this one copies
     */
    public PresentationView(Dataset dataset, MapView template, List<BriefingScene> scenes, ResourceBundle messages) {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("a presentation needs at least one scene");
        }
        this.scenes = List.copyOf(scenes);
        this.messages = messages;
        getStyleClass().add("presentation");
        state = new ViewState(dataset);
        map = new MapView(state, template.getProjection(), messages);
        map.setId("presentation-map");
        map.copyLayersFrom(template);
        map.setFocusTraversable(false);
        timeline = new TimelineView(state, messages);
        timeline.setId("presentation-timeline");
        timeline.setFocusTraversable(false);
        timeline.setPrefHeight(190);
        BorderPane stage = new BorderPane(map);
        stage.setBottom(timeline);

        counter.setId("presentation-counter");
        counter.getStyleClass().add("presentation-counter");
        title.setId("presentation-title");
        title.getStyleClass().add("presentation-title");
        window.setId("presentation-window");
        window.getStyleClass().add("presentation-window");
        note.setId("presentation-note");
        note.getStyleClass().add("presentation-note");
        // The caption is a band above the map, never over it: the scene's extent stays in sight whole. Its title,
        // dates and note wrap onto more lines rather than end in "…", however narrow the screen.
        for (Label text : List.of(title, window, note)) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
        }
        VBox words = new VBox(2, title, window, note);
        hint.setId("presentation-hint");
        hint.getStyleClass().add("presentation-hint");
        hint.setText(messages.getString("presentation.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox corner = new VBox(2, counter, hint);
        corner.setAlignment(Pos.TOP_RIGHT);
        BorderPane caption = new BorderPane(words);
        caption.setRight(corner);
        BorderPane.setMargin(corner, new Insets(0, 0, 0, 24));
        caption.getStyleClass().add("presentation-caption");
        stage.setTop(caption);
        getChildren().add(stage);

        // The scene's extent is fitted to the map's size, which the map only gets in layout and changes when the
        // window goes full screen.
        map.widthProperty().addListener(o -> refit());
        map.heightProperty().addListener(o -> refit());
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
    }

    /** Index of the scene shown, or -1 before the first. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int getIndex() {
        return index.get();
    }

    public ViewState viewState() {
        return state;
    }

    public MapView map() {
        return map;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** "Scene title — 2 of 7", for the window title. */
    public StringExpression titleProperty() {
        return Bindings.concat(title.textProperty(), " \u2014 ", counter.textProperty());
    }

    /** What Esc does: the window closes. */
    public void setOnExit(Runnable value) {
        onExit = value;
    }

    /** Stops a glide under way: the window is closing. */
    public void stop() {
        glide.stop();
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    /** Shows scene {@code i} (clamped to the briefing): the first time at once, afterwards with a glide. */
    public void go(int i) {
        int target = Math.max(0, Math.min(scenes.size() - 1, i));
        if (target == index.get()) {
            return;
        }
        boolean first = index.get() < 0;
        glide.stop();
        BriefingScene scene = scenes.get(target);
        index.set(target);
        caption(scene, target);

        TimeWindow fromWindow = state.getTimeWindow();
        TimeWindow fromRange = timeline.getVisibleRange();
        MapViewport fromViewport = map.getViewport();
        SceneState.apply(scene, state);
        TimeWindow toWindow = state.getTimeWindow();
        TimeWindow toRange = timeline.framing(toWindow);
        MapViewport toViewport = viewportFor(scene);
        if (first || fromViewport == null
                || toViewport == null || fromRange == null) {
            if (toViewport != null) {
                map.setViewport(toViewport);
            }
            timeline.setVisibleRange(toRange);
            return;
        }
        glide.between(fromViewport, toViewport, fromWindow, toWindow, fromRange, toRange, TRANSITION);
        state.setTimeWindow(fromWindow); // the first frame is where the glide starts, not where it ends
        glide.playFromStart();
    }

    /** The view of the scene's extent at the map's present size; null before the map has a size. */
    private MapViewport viewportFor(BriefingScene scene) {
        double w = map.contentWidth();
        double h = map.contentHeight();
        if (w <= 0 || h <= 0) {
            return null;
        }
        if (scene.extent() == null) {
            map.fitRegion();
            return map.getViewport();
        }
        return scene.extent().viewport(w, h, map.getProjection());
    }

    private void refit() {
        if (index.get() >= 0 && !glide.isRunning()) {
            MapViewport fit = viewportFor(scenes.get(index.get()));
            if (fit != null) {
                map.setViewport(fit);
            }
        }
    }

    private void caption(BriefingScene scene, int i) {
        counter.setText(Messages.format(messages, "presentation.counter", i + 1, scenes.size()));
        title.setText(scene.name());
        window.setText(scene.window() == null ? messages.getString("briefing.allTime")
                : EventDates.format(scene.window(), Messages.locale(messages)));
        note.setText(scene.note());
        note.setVisible(!scene.note().isBlank());
        note.setManaged(!scene.note().isBlank());
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> previous();
            case HOME -> go(0);
            case END -> go(scenes.size() - 1);
            case ESCAPE -> onExit.run();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Clicks on the caption band; the map and the timeline keep theirs (their skins consume the mouse). */
    private void onClick(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY) {
            next();
        } else if (e.getButton() == MouseButton.SECONDARY) {
            previous();
        }
    }

    /** The glide: the map extent, the time window and the timeline's range, all eased together. */
    private final class SceneGlide extends Transition {
        private MapViewport fromViewport;
        private MapViewport toViewport;
        private TimeWindow fromWindow;
        private TimeWindow toWindow;
        private TimeWindow fromRange;
        private TimeWindow toRange;

        SceneGlide() {
            setInterpolator(Interpolator.EASE_BOTH);
            setOnFinished(e -> refit()); // the window may have changed size on the way
        }

        void between(MapViewport v0, MapViewport v1, TimeWindow w0, TimeWindow w1, TimeWindow r0, TimeWindow r1,
                Duration duration) {
            setCycleDuration(duration);
            fromViewport = v0;
            toViewport = v1;
            fromWindow = w0;
            toWindow = w1;
            fromRange = r0;
            toRange = r1;
        }

        boolean isRunning() {
            return getStatus() == Status.RUNNING;
        }

        @Override
        protected void interpolate(double t) {
            map.setViewport(Tween.viewport(fromViewport, toViewport, t));
            TimeWindow all = timeline.framing(null);
            state.setTimeWindow(Tween.window(fromWindow, toWindow, t, all));
            timeline.setVisibleRange(Tween.window(fromRange, toRange, t, all));
        }
    }
}
