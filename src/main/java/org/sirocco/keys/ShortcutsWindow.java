package org.sirocco.keys;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Keyboard shortcuts: a window beside the main one listing every shortcut, read afresh from the menu bar
 * each time it opens. Esc closes it, as it closes dialogs.
 */
public final class ShortcutsWindow {

    private final Stage stage = new Stage();
    private final ShortcutsView view;
    private final MenuBar menuBar;
    private final ResourceBundle messages;

    public ShortcutsWindow(Window owner, MenuBar menuBar, ResourceBundle messages, List<String> stylesheets) {
        this.menuBar = menuBar;
        this.messages = messages;
        view = new ShortcutsView(messages);
        view.setId("shortcuts");
        stage.setTitle(messages.getString("shortcuts.title"));
        stage.initOwner(owner);
        Scene scene = new Scene(view, 640, 520);
        scene.getStylesheets().addAll(stylesheets);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void hide() {
        stage.hide();
    }

    public void show() {
        view.setShortcuts(Shortcuts.of(menuBar, messages));
        stage.show();
        stage.toFront();
        view.focusFind();
    }
}
