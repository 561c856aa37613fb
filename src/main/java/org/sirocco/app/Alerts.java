package org.sirocco.app;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The window's short messages: an error that stopped something, or the problems of a file that was still used. */
final class Alerts {

    private Alerts() {
    }

    static void error(Window owner, String header, String text) {
        show(owner, Alert.AlertType.ERROR, header, text);
    }

    /** What a file got wrong, one problem per line, after the rest of it was used. */
    static void problems(Window owner, String header, List<String> problems) {
        show(owner, Alert.AlertType.WARNING, header, String.join("\n", problems));
    }

    private static void show(Window owner, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.show();
    }
}
