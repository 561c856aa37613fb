package org.sirocco.keys;

/**
 * One keyboard shortcut as the shortcuts window lists it.
 *
 * @param keys   the keys, as the platform writes them ("Ctrl+F", "F6", "Shift+← / →")
 * @param action what they do
 * @param where  where they work: a menu's name, or the view that handles them
 */
public record Shortcut(String keys, String action, String where) {
}
