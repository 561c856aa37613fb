package org.sirocco.testing;

import javafx.application.Platform;

/** Starts the JavaFX toolkit on the headless platform the tests use, in a JVM that was not started for it. */
public final class Headless {

    private Headless() {
    }

    public static void startToolkit() {
        String[][] defaults = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
            {"prism.order", "sw"}, {"prism.text", "t2k"}, {"java.awt.headless", "true"},
            {"headless.geometry", "1920x1200-32"}};
        for (String[] d : defaults) {
            if (System.getProperty(d[0]) == null) {
                System.setProperty(d[0], d[1]);
            }
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
    }
}
