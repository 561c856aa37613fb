package org.sirocco.io;

import java.nio.file.Path;
import java.util.Locale;

/** File names as save dialogs hand them back. */
public final class FileNames {

    private FileNames() {
    }

    /** File choosers on some desktops return the name as typed: adds {@code extension} (".json") when it is missing. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
