package org.sirocco.presentation;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Puts a presentation on its own full-screen stage, in the projector theme; Esc closes it. */
public final class PresentationWindow {

    private PresentationWindow() {
    }

    /**
     * Opens {@code view} full screen at scene {@code first}.
     *
     * @param stylesheets the application's stylesheets; the projector theme goes on top of them
     */
    public static Stage open(Window owner, PresentationView view, int first, List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        // The whole screen the main window is on, also where full screen is refused (no window manager).
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        Scene scene = new Scene(view, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(PresentationWindow.class.getResource("/styles/projector.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(view.titleProperty());
        // Esc leaves the presentation, not just full screen; so full screen must not take Esc for itself.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        view.setOnExit(stage::close);
        stage.setOnHidden(e -> view.stop());
        view.go(first);
        stage.show();
        view.requestFocus();
        return stage;
    }
}
