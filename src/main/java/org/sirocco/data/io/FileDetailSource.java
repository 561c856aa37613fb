package org.sirocco.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sirocco.data.DetailSource;
import org.sirocco.data.Event;

/**
 * Reads an event's details back from its file by byte offset, so that a very large dataset keeps only its columns
 * in memory. Recently read events are cached.
 */
final class FileDetailSource implements DetailSource {

    private static final int CACHE_SIZE = 512;
    static final int LENGTH_BITS = 24;
    static final int MAX_EVENT_BYTES = (1 << LENGTH_BITS) - 1;

    private final Path file;
    private final long[] refs;
    private final EventJsonParser parser;
    /** Kept open between reads: building a search index reads every event back. */
    private FileChannel channel;
    private final Map<Integer, Event> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Event> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    FileDetailSource(Path file, long[] refs, EventJsonParser parser) {
        this.file = file;
        this.refs = refs;
        this.parser = parser;
    }

    static long ref(long offset, int length) {
        return (offset << LENGTH_BITS) | length;
    }

    static long offset(long ref) {
        return ref >>> LENGTH_BITS;
    }

    static int length(long ref) {
        return (int) (ref & MAX_EVENT_BYTES);
    }

    @Override
    public synchronized Event load(int index) {
        Event cached = cache.get(index);
        if (cached != null) {
            return cached;
        }
        long ref = refs[index];
        long offset = offset(ref);
        int length = length(ref);
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try {
            if (channel == null || !channel.isOpen()) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    throw new IOException("file shortened since it was opened");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back event " + index + " from " + file, e);
        }
        EventJsonParser.Parsed parsed = parser.parse(bytes, 0, length, 1);
        if (parsed.event() == null) {
            throw new IllegalStateException(file + " changed since it was opened: event at byte " + offset
                    + " no longer reads: " + parsed.problems());
        }
        cache.put(index, parsed.event());
        return parsed.event();
    }
}
