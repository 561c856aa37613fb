package org.sirocco.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.sirocco.i18n.Messages;

/**
 * Every shortcut of the window, gathered from the two places that define them, so that the list cannot drift from
 * what the keys do: the menu bar's accelerators, read from the menus themselves, and the keys the views handle
 * (the map's arrows, the presentation's Page Down...), which the message bundle lists under {@code shortcuts.*}:
 * {@code shortcuts.areas} names the areas in order, and each area {@code A} has a title {@code shortcuts.area.A}
 * and entries {@code shortcuts.A.N.keys} and {@code shortcuts.A.N.action} numbered from 1.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    /** The menu bar's accelerators in menu order, then the views' keys. */
    public static List<Shortcut> of(MenuBar bar, ResourceBundle messages) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            String where = Messages.format(messages, "shortcuts.menu", withoutMnemonic(
                    menu.getText()));
            addAccelerators(menu.getItems(), where, out);
        }
        out.addAll(viewKeys(messages));
        return out;
    }

    /** The keys the views handle themselves, from the message bundle. */
    static List<Shortcut> viewKeys(ResourceBundle messages) {
        List<Shortcut> out = new ArrayList<>();
        for (String area : messages.getString("shortcuts.areas").trim().split("\\s+")) {
            String where = messages.getString("shortcuts.area." + area);
            for (int n = 1; messages.containsKey("shortcuts." + area + "." + n + ".keys"); n++) {
                String entry = "shortcuts." + area + "." + n;
                out.add(new Shortcut(messages.getString(entry + ".keys"), messages.getString(entry + ".action"),
                        where));
            }
        }
        return out;
    }

    private static void addAccelerators(List<MenuItem> items, String where, List<Shortcut> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                addAccelerators(submenu.getItems(), where, out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), withoutMnemonic(item.getText()), where));
            }
        }
    }

    /** A menu text as it reads: "_Save briefing" as "Save briefing", "__" as one underscore. */
    static String withoutMnemonic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
