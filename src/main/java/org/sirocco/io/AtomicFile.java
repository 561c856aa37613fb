package org.sirocco.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that it is never seen half-written: the content goes to a temporary file beside the target,
 * is flushed to disk, and then replaces the target in one move. If anything fails, the target is left as it was.
 */
public final class AtomicFile {

    /** What to write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        replace(target, content, null);
    }

    /**
     * As {@link #write}, keeping the version it replaces as {@code backup} (itself written whole or not at all) once
     * the new one is safely on disk and before it takes the target's place: at any moment the target is the old
     * version or the new one, and the backup a whole earlier version. No backup is made when there is no target yet.
     */
    public static void replace(Path target, Content content, Path backup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, tmp);
            if (backup != null && Files.exists(target)) {
                write(backup, out -> Files.copy(target, out));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are private; the result should read like the file it replaces, or like a new file. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
        }
    }
}
