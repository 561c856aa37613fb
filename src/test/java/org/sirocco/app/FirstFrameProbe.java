package org.sirocco.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Run in a fresh JVM by the start-up benchmark: opens the app on its bundled data, an empty window, or a window of a
 * few standard controls, and prints {@code FIRST_FRAME <epoch ms>} when the first frame showing its content is laid
 * out, then exits.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("app")) {
            System.setProperty(SiroccoApp.EXIT_AFTER_FIRST_FRAME, "true");
            SiroccoApp.preload(SiroccoApp.Launch.of(null, null));
            Application.launch(SiroccoApp.class);
        } else if (args.length == 1 && args[0].equals("bare")) {
            Application.launch(BareWindow.class);
        } else if (args.length == 1 && args[0].equals("controls")) {
            Application.launch(ControlsWindow.class);
        } else {
            throw new IllegalArgumentException("usage: FirstFrameProbe app|bare|controls");
        }
    }

    private static void report() {
        System.out.println("FIRST_FRAME " + System.currentTimeMillis());
        System.out.flush();
        Platform.exit();
    }

    /** An empty window of the same size: what the toolkit alone costs. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            showAndReport(stage, new StackPane());
        }
    }

    /**
     * A menu bar, a text field, a check box, a titled pane, a label and a canvas, with none of the app's code: what
     * the toolkit costs for the least a window of standard controls needs (the default stylesheet, skins, fonts).
     */
    public static final class ControlsWindow extends Application {
        @Override
        public void start(Stage stage) {
            BorderPane root = new BorderPane(new Canvas(1100, 700));
            root.setTop(new MenuBar(new Menu("File")));
            root.setLeft(new VBox(new TextField(), new TitledPane("Category", new CheckBox("Attack"))));
            root.setBottom(new Label("389 of 389 events shown"));
            showAndReport(stage, root);
        }
    }

    private static void showAndReport(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1400, 900);
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
