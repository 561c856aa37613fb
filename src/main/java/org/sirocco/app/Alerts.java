package org.sirocco.app;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The window's short messages: an error that stopped something, the problems of a file that was still used, or a
 * question before something is lost.
 */
final class Alerts {

    private Alerts() {
    }

    static void error(Window owner, String header, String text) {
        show(owner, Alert.AlertType.ERROR, header, text);
    }

    /** Something the user should know that did not stop anything. */
    static void warning(Window owner, String header, String text) {
        show(owner, Alert.AlertType.WARNING, header, text);
    }

    /** What a file got wrong, one problem per line, after the rest of it was used. */
    static void problems(Window owner, String header, List<String> problems) {
        show(owner, Alert.AlertType.WARNING, header, String.join("\n", problems));
    }

    /**
     * Asks {@code text} with the given answers and waits; closing the dialog answers Cancel.
     *
     * @param id the dialog pane's id, for tests to find it
     */
    static ButtonType ask(Window owner, String id, String header, String text, ButtonType... answers) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, answers);
        ask.setHeaderText(header);
        ask.initOwner(owner);
        ask.getDialogPane().setId(id);
        return ask.showAndWait().orElse(ButtonType.CANCEL);
    }

    private static void show(Window owner, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.show();
    }
}
