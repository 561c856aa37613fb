/**
 * The application shell: start-up (loading the bundled data off the UI thread), the main window that puts the
 * map, timeline and detail panel around one shared view state, the status bar, dialogs and the command line.
 */
package org.sirocco.app;
