package org.sirocco.app;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.sirocco.i18n.Messages;

/**
 * A bar at start offering to reopen the dataset and briefing that were open when the app last closed. It asks rather
 * than reopens: the user may have come for something else, and a large file takes time to read.
 */
final class ReopenBar extends HBox {

    private final ResourceBundle messages;
    private final Label text = new Label();
    private final Button reopen;

    ReopenBar(ResourceBundle messages) {
        this.messages = messages;
        getStyleClass().add("reopen-bar");
        setId("reopen-bar");
        text.setId("reopen-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        reopen = new Button(messages.getString("reopen.open"));
        reopen.setId("reopen-open");
        reopen.setDefaultButton(false);
        Button dismiss = new Button(messages.getString("reopen.dismiss"));
        dismiss.setId("reopen-dismiss");
        dismiss.setOnAction(e -> setVisible(false));
        reopen.setMinWidth(USE_PREF_SIZE);
        dismiss.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(text, reopen, dismiss);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Offers to reopen {@code dataset} and {@code briefing} (either may be null; when both are, nothing shows). */
    void offer(Path dataset, Path briefing, Runnable open) {
        if (dataset == null && briefing == null) {
            setVisible(false);
            return;
        }
        String key = dataset != null && briefing != null ? "reopen.both" : dataset != null ? "reopen.dataset"
                : "reopen.briefing";
        text.setText(Messages.format(messages, key, dataset == null ? "" : dataset.getFileName(),
                briefing == null ? "" : briefing.getFileName()));
        reopen.setOnAction(e -> {
            setVisible(false);
            open.run();
        });
        setVisible(true);
    }
}
