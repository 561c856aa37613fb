package org.sirocco.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import javafx.util.StringConverter;
import org.controlsfx.control.PopOver;
import org.sirocco.data.EventSelection;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Messages;
import org.sirocco.state.ViewState;

/**
 * Step back, play or pause, step forward, and a settings button that opens the less used choices of a timeline's
 * {@link Playback} in a pop-over: the dates to play from and to, a sliding window or everything since the start
 * (cumulative), the window's length, the step, the speed and looping. Icons only, so that the bar keeps to one row
 * beside the date fields in the narrow middle column of a laptop screen.
 */
final class PlaybackBar extends HBox {

    private static final List<Period> WINDOWS = List.of(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6),
            Period.ofYears(1), Period.ofYears(2), Period.ofYears(5));
    private static final List<Period> STEPS = List.of(Period.ofWeeks(1), Period.ofMonths(1), Period.ofMonths(3),
            Period.ofMonths(6), Period.ofYears(1));
    private static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0);

    private final Playback playback;
    private final ViewState state;
    private final ResourceBundle messages;
    private final Button settings = new Button();
    private final GridPane settingsPane = new GridPane();
    private final DateRangeInput dates;
    private PopOver popOver;

    PlaybackBar(Playback playback, ViewState state, ResourceBundle messages, Locale locale) {
        super(2);
        this.playback = playback;
        this.state = state;
        this.messages = messages;
        getStyleClass().add("playback-bar");
        setAlignment(Pos.CENTER_LEFT);

        Button play = new Button();
        play.setId("play");
        Node playIcon = icon("M0,0 L10,6 L0,12 Z");
        Node pauseIcon = icon("M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z");
        play.graphicProperty().bind(Bindings.when(playback.playingProperty()).then(pauseIcon).otherwise(playIcon));
        play.setTooltip(new Tooltip(messages.getString("playback.play.tip")));
        play.setOnAction(e -> playback.toggle());
        play.setFocusTraversable(false);

        Button back = new Button(null, icon("M0,0 H2.5 V12 H0 Z M12,0 L3.5,6 L12,12 Z"));
        back.setId("step-back");
        back.setTooltip(new Tooltip(messages.getString("playback.back.tip")));
        back.setOnAction(e -> playback.stepBack());
        back.setFocusTraversable(false);
        Button forward = new Button(null, icon("M0,0 L8.5,6 L0,12 Z M9.5,0 H12 V12 H9.5 Z"));
        forward.setId("step-forward");
        forward.setTooltip(new Tooltip(messages.getString("playback.forward.tip")));
        forward.setOnAction(e -> playback.stepForward());
        forward.setFocusTraversable(false);

        // three sliders: the pop-over's settings
        settings.setGraphic(icon("M0,1 H12 V2.5 H0 Z M0,5.25 H12 V6.75 H0 Z M0,9.5 H12 V11 H0 Z M2,0 H4.5 V3.5 H2 Z"
                + " M7.5,4.25 H10 V7.75 H7.5 Z M4,8.5 H6.5 V12 H4 Z"));
        settings.setId("playback-settings");
        settings.setTooltip(new Tooltip(messages.getString("playback.settings.tip")));
        settings.setOnAction(e -> toggleSettings());

        TextField from = new TextField();
        from.setId("playback-from");
        from.getStyleClass().add("date-field");
        from.setTooltip(new Tooltip(messages.getString("playback.from.tip")));
        TextField to = new TextField();
        to.setId("playback-to");
        to.getStyleClass().add("date-field");
        to.setTooltip(new Tooltip(messages.getString("playback.to.tip")));
        dates = new DateRangeInput(from, to, messages, locale, (first, last) -> {
            playback.fromProperty().set(first);
            playback.toProperty().set(last);
        });
        playback.fromProperty().addListener(o -> showDates());
        playback.toProperty().addListener(o -> showDates());
        buildSettings(from, to);
        getChildren().addAll(back, play, forward, settings);
    }

    private void buildSettings(TextField from, TextField to) {
        Hyperlink useWindow = new Hyperlink(messages.getString("playback.useWindow"));
        useWindow.setId("playback-use-window");
        useWindow.disableProperty().bind(state.timeWindowProperty().isNull());
        useWindow.setOnAction(e -> {
            TimeWindow w = state.getTimeWindow();
            playback.fromProperty().set(w.firstDay());
            playback.toProperty().set(w.lastDay());
        });
        Hyperlink allEvents = new Hyperlink(messages.getString("playback.allEvents"));
        allEvents.setOnAction(e -> {
            playback.fromProperty().set(null);
            playback.toProperty().set(null);
        });

        ToggleGroup mode = new ToggleGroup();
        RadioButton sliding = new RadioButton(messages.getString("playback.sliding"));
        sliding.setToggleGroup(mode);
        RadioButton cumulative = new RadioButton(messages.getString("playback.cumulative"));
        cumulative.setId("playback-cumulative");
        cumulative.setToggleGroup(mode);
        cumulative.selectedProperty().bindBidirectional(playback.cumulativeProperty());
        sliding.setSelected(!playback.cumulativeProperty().get());

        ComboBox<Period> window = periods(WINDOWS);
        window.setId("playback-window");
        window.valueProperty().bindBidirectional(playback.windowLengthProperty());
        window.disableProperty().bind(playback.cumulativeProperty());
        ComboBox<Period> step = periods(STEPS);
        step.setId("playback-step");
        step.valueProperty().bindBidirectional(playback.stepProperty());
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("playback-speed");
        speed.getItems().setAll(SPEEDS);
        speed.setConverter(converter(v -> Messages.format(messages, "playback.speed.value", v)));
        speed.setValue(playback.speedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                playback.speedProperty().set(now);
            }
        });
        CheckBox loop = new CheckBox(messages.getString("playback.loop"));
        loop.setId("playback-loop");
        loop.selectedProperty().bindBidirectional(playback.loopProperty());

        settingsPane.getStyleClass().add("playback-settings");
        settingsPane.setHgap(6);
        settingsPane.setVgap(6);
        settingsPane.addRow(0, new Label(messages.getString("playback.from")), row(from,
                new Label(messages.getString("playback.to")), to));
        settingsPane.add(row(useWindow, allEvents), 1, 1);
        settingsPane.addRow(2, new Label(messages.getString("playback.show")), row(sliding, window));
        settingsPane.add(cumulative, 1, 3);
        settingsPane.addRow(4, new Label(messages.getString("playback.step")), step);
        settingsPane.addRow(5, new Label(messages.getString("playback.speed")), speed);
        settingsPane.add(loop, 1, 6);
        settingsPane.getStylesheets().add(TimelineBar.STYLESHEET);
        showDates();
    }

    /** The settings' date fields show the dates set, and grey hints of the filtered events' first and last days. */
    private void showDates() {
        dates.show(playback.fromProperty().get(), playback.toProperty().get());
        EventSelection filtered = state.getFiltered();
        int first = filtered.nextSetBit(0);
        int last = filtered.previousSetBit(filtered.size() - 1);
        dates.setPrompts(first < 0 ? null : LocalDate.ofEpochDay(state.store().startDay(first)).withDayOfMonth(1),
                last < 0 ? null : LocalDate.ofEpochDay(state.store().endDay(last)));
    }

    private void toggleSettings() {
        if (popOver == null) {
            popOver = new PopOver(settingsPane);
            popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.setOnHidden(e -> dates.apply());
        }
        if (popOver.isShowing()) {
            popOver.hide();
        } else {
            showDates();
            popOver.show(settings);
        }
    }

    /** The settings pop-over's content (built at once, shown on demand). */
    GridPane settingsPane() {
        return settingsPane;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A small glyph drawn from an SVG path, so that it needs no symbol font. */
    private static Node icon(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("playback-icon");
        return svg;
    }

    private ComboBox<Period> periods(List<Period> values) {
        ComboBox<Period> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(converter(p -> describe(p, messages)));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : text.apply(v);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** "6 months", "1 year", "1 week". */
    static String describe(Period p, ResourceBundle messages) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return Messages.format(messages, "period.years", p.getYears());
        }
        if (p.getDays() > 0 && p.getDays() % 7 == 0 && p.getMonths() == 0 && p.getYears() == 0) {
            return Messages.format(messages, "period.weeks", p.getDays() / 7);
        }
        return Messages.format(messages, "period.months", p.toTotalMonths());
    }
}
