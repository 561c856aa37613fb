package org.sirocco.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Opens a source's web link in the system browser, and says so when no browser could be started: JavaFX's host
 * services only print such a failure on the console, and the user would be left clicking a button that does
 * nothing. On Linux and macOS the system's own opener ({@code xdg-open}, {@code open}) is run and its exit status
 * read; on Windows the host services are used.
 */
final class LinkOpener implements Consumer<String> {

    /** How long an opener may run before it counts as having handed the link over (some stay with the browser). */
    static final long HAND_OVER_SECONDS = 5;

    private final List<String> command;
    private final Consumer<String> hostServices;
    private final Consumer<String> onFailure;

    /**
     * @param command     the opener and its leading arguments, the link appended; empty to use {@code hostServices}
     * @param onFailure   called on the FX thread with a link no browser was opened for
     */
    LinkOpener(List<String> command, Consumer<String> hostServices, Consumer<String> onFailure) {
        this.command = List.copyOf(command);
        this.hostServices = hostServices;
        this.onFailure = onFailure;
    }

    static LinkOpener forThisSystem(Consumer<String> hostServices, Consumer<String> onFailure) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of() : os.startsWith("mac") ? List.of("open")
                : List.of("xdg-open");
        return new LinkOpener(command, hostServices, onFailure);
    }

    @Override
    public void accept(String url) {
        if (command.isEmpty()) {
            hostServices.accept(url);
            return;
        }
        Thread opener = new Thread(() -> {
            if (!launch(url)) {
                Platform.runLater(() -> onFailure.accept(url));
            }
        }, "open-link");
        opener.setDaemon(true);
        opener.start();
    }

    /** Runs the opener on {@code url}; false when it could not be started or reported a failure. */
    boolean launch(String url) {
        List<String> line = new ArrayList<>(command);
        line.add(url);
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return !process.waitFor(HAND_OVER_SECONDS, TimeUnit.SECONDS) || process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
