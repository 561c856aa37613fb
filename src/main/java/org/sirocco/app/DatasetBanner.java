package org.sirocco.app;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.sirocco.data.io.LoadResult;
import org.sirocco.i18n.Messages;

/**
 * A bar across the window for as long as a dataset read with problems is open, so that a partial dataset is never
 * taken for the whole: how many events were lost, whether the file is cut short, and a way to list the problems.
 */
final class DatasetBanner extends HBox {

    private final ObjectProperty<LoadResult> result = new SimpleObjectProperty<>(this, "result");
    private final Label text = new Label();

    DatasetBanner(ResourceBundle messages, Runnable showProblems) {
        getStyleClass().add("dataset-banner");
        setId("dataset-banner");
        text.setId("dataset-banner-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button show = new Button(messages.getString("banner.showProblems"));
        show.setId("dataset-banner-show");
        show.setOnAction(e -> showProblems.run());
        show.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(text, show);
        managedProperty().bind(visibleProperty());
        result.addListener((obs, old, now) -> {
            setVisible(now != null && !now.isClean());
            text.setText(now == null || now.isClean() ? "" : describe(now, messages));
        });
        setVisible(false);
    }

    /** The load shown; the banner shows while it has problems. */
    ObjectProperty<LoadResult> resultProperty() {
        return result;
    }

    static String describe(LoadResult r, ResourceBundle messages) {
        if (r.cutShort()) {
            return Messages.format(messages, "banner.cutShort", r.eventsInFile(), r.rejectedEvents());
        }
        if (r.rejectedEvents() > 0) {
            return Messages.format(messages, "banner.partial", r.rejectedEvents(), r.eventsInFile());
        }
        return Messages.format(messages, "banner.problems", r.problems().size());
    }
}
