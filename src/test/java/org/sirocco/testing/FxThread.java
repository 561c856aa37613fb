package org.sirocco.testing;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs work on the JavaFX application thread from another thread and waits for its result. */
public final class FxThread {

    private FxThread() {
    }

    /** Must be called off the FX thread, with the toolkit started; rethrows what {@code work} throws. */
    public static <T> T call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }
}
