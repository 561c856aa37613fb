package org.sirocco.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Messages;

/**
 * The date a playback has reached, large and translucent, to stand over a corner of the map while it plays: the
 * frame's last day to the step's precision ("2015" stepping by years, "March 2015" by months), and under it the
 * window shown. Bound to the playback alone: it shows while playing and hides when stopped.
 */
public final class PlaybackDate extends VBox {

    private final Playback playback;
    private final ResourceBundle messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final Label date = new Label();
    private final Label window = new Label();

    public PlaybackDate(Playback playback, ResourceBundle messages, Locale locale) {
        this.playback = playback;
        this.messages = messages;
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        setId("playback-date");
        getStyleClass().add("playback-date");
        getStylesheets().add(TimelineBar.STYLESHEET);
        date.getStyleClass().add("playback-date-day");
        window.getStyleClass().add("playback-date-window");
        getChildren().addAll(date, window);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        visibleProperty().bind(playback.frameProperty().isNotNull());
        playback.frameProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(TimeWindow frame) {
        if (frame == null) {
            return;
        }
        LocalDate first = frame.firstDay();
        LocalDate last = frame.lastDay();
        Period step = playback.stepProperty().get();
        date.setText(step.toTotalMonths() >= 12 ? Integer.toString(last.getYear())
                : step.toTotalMonths() >= 1 ? month.format(last) : day.format(last));
        window.setText(playback.cumulativeProperty().get()
                ? Messages.format(messages, "playback.date.since", day.format(first))
                : Messages.format(messages, "playback.date.window", day.format(first),
                        day.format(last)));
    }

    /** The large date, as shown. */
    String dateText() {
        return date.getText();
    }
}
