package org.sirocco.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Run in a fresh JVM by the start-up benchmark: opens either the app on its bundled data or an empty window, and
 * prints {@code FIRST_FRAME <epoch ms>} when the first frame showing its content is laid out, then exits.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("app")) {
            SiroccoApp.preload(Startup.begin(null));
            Application.launch(ProbedApp.class);
        } else if (args.length == 1 && args[0].equals("bare")) {
            Application.launch(BareWindow.class);
        } else {
            throw new IllegalArgumentException("usage: FirstFrameProbe app|bare");
        }
    }

    private static void report() {
        System.out.println("FIRST_FRAME " + System.currentTimeMillis());
        System.out.flush();
        Platform.exit();
    }

    /** The real app; the first frame counts once the map has drawn the bundled events. */
    public static final class ProbedApp extends SiroccoApp {
        @Override
        protected void onShown(Stage stage, MainWindow window) {
            Scene scene = stage.getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (window.map().getMarkersDrawn() > 0) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    report();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }

    /** An empty window of the same size: what the toolkit alone costs. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1400, 900);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                report();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        }
    }
}
