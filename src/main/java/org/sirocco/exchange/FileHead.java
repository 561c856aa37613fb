package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import org.sirocco.data.io.FileKind;

/** A file to import and what its first bytes say it is. */
public record FileHead(Path file, FileKind kind) {

    public static FileHead of(Path file) throws IOException {
        return new FileHead(file, FileKind.of(file));
    }
}
