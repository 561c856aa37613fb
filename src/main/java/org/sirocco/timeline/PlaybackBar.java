package org.sirocco.timeline;

import java.time.Period;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import javafx.util.StringConverter;

/**
 * Play and pause, window length, step, speed and loop of a timeline's {@link Playback}. Each control keeps its
 * label beside it at full width; when the bar is too narrow for one row, whole groups wrap to a second row rather
 * than shrinking to "…".
 */
public final class PlaybackBar extends FlowPane {

    private static final List<Period> WINDOWS = List.of(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6),
            Period.ofYears(1), Period.ofYears(2), Period.ofYears(5));
    private static final List<Period> STEPS = List.of(Period.ofWeeks(1), Period.ofMonths(1), Period.ofMonths(3),
            Period.ofMonths(6), Period.ofYears(1));
    private static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0);

    public PlaybackBar(Playback playback, ResourceBundle messages) {
        getStyleClass().add("playback-bar");
        setRowValignment(VPos.CENTER);
        setHgap(12);
        setVgap(4);

        Button play = new Button();
        play.setId("play");
        Node playIcon = icon("M0,0 L10,6 L0,12 Z");
        Node pauseIcon = icon("M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z");
        play.graphicProperty().bind(Bindings.when(playback.playingProperty()).then(pauseIcon).otherwise(playIcon));
        play.setTooltip(new Tooltip(messages.getString("playback.play.tip")));
        play.setOnAction(e -> playback.toggle());
        play.setFocusTraversable(false);

        Button back = new Button(null, icon("M0,0 H2.5 V12 H0 Z M12,0 L3.5,6 L12,12 Z"));
        back.setTooltip(new Tooltip(messages.getString("playback.back.tip")));
        back.setOnAction(e -> playback.stepBack());
        back.setFocusTraversable(false);
        Button forward = new Button(null, icon("M0,0 L8.5,6 L0,12 Z M9.5,0 H12 V12 H9.5 Z"));
        forward.setTooltip(new Tooltip(messages.getString("playback.forward.tip")));
        forward.setOnAction(e -> playback.stepForward());
        forward.setFocusTraversable(false);

        ComboBox<Period> window = periods(WINDOWS, messages);
        window.setId("playback-window");
        window.valueProperty().bindBidirectional(playback.windowLengthProperty());
        ComboBox<Period> step = periods(STEPS, messages);
        step.setId("playback-step");
        step.valueProperty().bindBidirectional(playback.stepProperty());
        ComboBox<Double> speed = new ComboBox<>();
        speed.getItems().setAll(SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : java.text.MessageFormat.format(messages.getString("playback.speed.value"), v);
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        speed.setValue(playback.speedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                playback.speedProperty().set(now);
            }
        });
        CheckBox loop = new CheckBox(messages.getString("playback.loop"));
        loop.selectedProperty().bindBidirectional(playback.loopProperty());

        getChildren().addAll(group(back, play, forward),
                group(new Label(messages.getString("playback.window")), window),
                group(new Label(messages.getString("playback.step")), step),
                group(new Label(messages.getString("playback.speed")), speed), loop);
    }

    /** Nodes that stay together on one row. */
    private static HBox group(Node... nodes) {
        HBox group = new HBox(4, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    /** A small glyph drawn from an SVG path, so that it needs no symbol font. */
    private static Node icon(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("playback-icon");
        return svg;
    }

    private static ComboBox<Period> periods(List<Period> values, ResourceBundle messages) {
        ComboBox<Period> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : describe(p, messages);
            }

            @Override
            public Period fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return box;
    }

    /** "6 months", "1 year", "1 week". */
    static String describe(Period p, ResourceBundle messages) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return java.text.MessageFormat.format(messages.getString("period.years"), p.getYears());
        }
        if (p.getDays() > 0 && p.getDays() % 7 == 0 && p.getMonths() == 0 && p.getYears() == 0) {
            return java.text.MessageFormat.format(messages.getString("period.weeks"), p.getDays() / 7);
        }
        return java.text.MessageFormat.format(messages.getString("period.months"), p.toTotalMonths());
    }
}
