package org.sirocco.timeline;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The row above a timeline: the time window's From and To dates and its periods menu on the left, the playback
 * controls on the right, on one row at every width the middle column takes from a 1280-pixel screen up.
 */
public final class TimelineBar extends HBox {

    /** The look of the timeline's bars, pop-ups and large date; pop-ups are scenes of their own and need it too. */
    static final String STYLESHEET = TimelineBar.class.getResource("timeline-bar.css").toExternalForm();

    private final PlaybackBar playback;

    public TimelineBar(TimelineView timeline, ResourceBundle messages, Locale locale) {
        super(8);
        getStyleClass().add("timeline-bar");
        getStylesheets().add(STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);
        TimeWindowFields dates = new TimeWindowFields(timeline, messages, locale);
        playback = new PlaybackBar(timeline.getPlayback(), timeline.getViewState(), messages, locale);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(dates, spring, playback);
    }

    PlaybackBar playback() {
        return playback;
    }
}
