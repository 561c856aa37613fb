/**
 * The keyboard across the window: the list of every shortcut (read from the menu bar's accelerators, with the keys
 * the views handle themselves from the message bundle) in a searchable window, and the F6 cycle between the main
 * panes.
 */
package org.sirocco.keys;
