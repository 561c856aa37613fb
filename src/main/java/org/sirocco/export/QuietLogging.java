package org.sirocco.export;

/**
 * POI logs through the Log4j API, and PDFBox reaches it through commons-logging. With no Log4j back end on the
 * class path, the API prints "could not find a logging provider" on first use; naming its own simple logger (errors
 * only) as the back end keeps a desktop app's and a command's output clean without adding a logging library.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void install() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
