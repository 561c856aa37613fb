package org.sirocco.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.sirocco.i18n.Language;
import org.sirocco.settings.ConfigFolder;
import org.sirocco.settings.Settings;
import org.sirocco.settings.UserSettings;

/** The JavaFX application: opens the main window on the data {@link Main} started loading. */
public class SiroccoApp extends Application {

    /** System property: start, print when the first frame shows the data, and exit. */
    static final String EXIT_AFTER_FIRST_FRAME = "sirocco.exitAfterFirstFrame";
    private static volatile Launch preloaded;
    private UserSettings settings;
    private MainWindow window;

    /**
     * What is readied before the toolkit starts: the user's settings, the interface's language and the data, loading
     * meanwhile.
     */
    record Launch(UserSettings settings, Language language, CompletableFuture<Startup> loading) {

        /**
         * @param dataset  the events file to open, or null for the bundled dataset
         * @param language the language asked for on the command line for this run, or null for the one chosen in
         *                 View › Language, else the system's
         */
        static Launch of(Path dataset, Language language) {
            UserSettings settings = UserSettings.in(ConfigFolder.get());
            Language speaking = language != null ? language
                    : settings.get().languageOr(Language.forSystem(Locale.getDefault()));
            return new Launch(settings, speaking, Startup.begin(dataset, speaking.messages()));
        }
    }

    /** Hands over what was started before the toolkit, so that the loading and the toolkit's start run at once. */
    static void preload(Launch launch) {
        preloaded = launch;
    }

    @Override
    public void start(Stage stage) {
        Launch launch = preloaded != null ? preloaded : Launch.of(null, null);
        settings = launch.settings();
        // The window is built while the data still loads, then given the data.
        window = new MainWindow(launch.language());
        window.setSettings(settings);
        // The window in place now, also after View › Language rebuilt it.
        window.setLinkOpener(LinkOpener.forThisSystem(getHostServices()::showDocument,
                url -> window.linkNotOpened(url)));
        window.setOnReplaced(next -> {
            window = next;
            stage.titleProperty().bind(next.title());
        });
        window.show(launch.loading().join());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings.WindowPlace saved = settings.get().window();
        Rectangle2D place = WindowPlacement.restore(saved, Screen.getScreens().stream()
                .map(Screen::getVisualBounds).toList(), screen);
        // Else a comfortable size that still fits a small laptop screen.
        Scene scene = place != null ? new Scene(window.root(), place.getWidth(), place.getHeight())
                : new Scene(window.root(), Math.min(1680, screen.getWidth() * 0.94),
                        Math.min(1000, screen.getHeight() * 0.94));
        stage.titleProperty().bind(window.title());
        stage.setScene(scene);
        if (place != null) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setMaximized(saved.maximized());
        }
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
        stage.getIcons().add(new Image(SiroccoApp.class.getResource("/icons/sirocco.png").toExternalForm()));
        stage.show();
        WindowPlacement placement = WindowPlacement.follow(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            Settings.WindowPlace now = placement.place(stage);
            settings.update(s -> now == null ? s : s.withWindow(now));
            window.rememberSession();
        });
        // Keys go to the map first (arrows pan, +/- zoom), and the search box keeps showing its prompt.
        window.map().requestFocus();
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            exitOnFirstFrame(scene, window);
        } else {
            window.offerLastSession();
            Platform.runLater(() -> {
                window.reportStartupProblems(stage);
                window.offerRecovery();
                window.keepJournal();
            });
        }
    }

    /**
     * Once the map has drawn the data: prints {@code FIRST_FRAME <epoch ms>} and exits. The start-up benchmark
     * times launches by it, and packaging trains the class cache on such a start.
     */
    private static void exitOnFirstFrame(Scene scene, MainWindow window) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (window.map().getMarkersDrawn() > 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("FIRST_FRAME " + System.currentTimeMillis());
                System.out.flush();
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Lets the last settings write finish before the JVM goes. */
    @Override
    public void stop() {
        if (settings != null) {
            settings.close();
        }
        if (window != null) {
            window.closeJournal();
        }
    }

}
