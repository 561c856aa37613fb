package org.sirocco.app;

import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.sirocco.data.EventDates;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Messages;
import org.sirocco.state.ViewState;

/** "N of M events shown" and the time window, bound to the shared view state. */
final class StatusBar extends HBox {

    /** How long a notice stays: long enough to read twice. */
    static final Duration NOTICE = Duration.seconds(8);

    private final Label count = new Label();
    private final Label window = new Label();
    private final Label activity = new Label();
    private final Label synthetic = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE);

    StatusBar(ViewState state, ResourceBundle messages) {
        getStyleClass().add("status-bar");
        count.getStyleClass().add("status-count");
        count.setId("status-count");
        window.setId("status-window");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format(messages, "status.shown",
                        state.getVisible().count(), state.store().size()),
                state.visibleProperty(), state.datasetProperty()));
        window.textProperty().bind(Bindings.createStringBinding(() -> {
            TimeWindow w = state.getTimeWindow();
            return w == null ? messages.getString("status.allTime")
                    : Messages.format(messages, "status.window", EventDates.format(w, Messages.locale(messages)));
        }, state.timeWindowProperty()));
        activity.setId("status-activity");
        noticeTimer.setOnFinished(e -> activity.setText(""));
        synthetic.setText(messages.getString("status.synthetic"));
        synthetic.getStyleClass().add("status-synthetic");
        synthetic.setId("status-synthetic");
        synthetic.visibleProperty().bind(Bindings.createBooleanBinding(() -> state.getDataset().synthetic(),
                state.datasetProperty()));
        synthetic.managedProperty().bind(synthetic.visibleProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(synthetic, count, window, spring, activity);
    }

    /** Shows what is going on in the background (loading a file) until it is replaced or cleared, or nothing. */
    void setActivity(String text) {
        noticeTimer.stop();
        activity.setText(text == null ? "" : text);
    }

    /**
     * Says what has just been done ("Filters saved to f.json") for {@link #NOTICE} unless something replaces it: a
     * notice left standing would soon stop being true.
     */
    void notice(String text) {
        setActivity(text);
        noticeTimer.playFromStart();
    }
}
