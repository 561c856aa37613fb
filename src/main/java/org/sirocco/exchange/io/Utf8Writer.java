package org.sirocco.exchange.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes text as UTF-8 into a buffer of its own, for one thread: Gson's writer hands over an event's JSON a few
 * characters at a time, and a buffered, locked {@code OutputStreamWriter} cost more per call than the characters do.
 * The bytes are those an {@code OutputStreamWriter} writes, a lone surrogate becoming {@code ?} as there.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buf;
    private int used;
    /** A high surrogate waiting for its low half. */
    private char high;
    private boolean closed;

    Utf8Writer(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[bufferSize];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(text.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (used > buf.length - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[used++] = (byte) (0xf0 | cp >> 18);
                buf[used++] = (byte) (0x80 | (cp >> 12 & 0x3f));
                buf[used++] = (byte) (0x80 | (cp >> 6 & 0x3f));
                buf[used++] = (byte) (0x80 | (cp & 0x3f));
                return;
            }
            buf[used++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[used++] = (byte) c;
        } else if (c < 0x800) {
            buf[used++] = (byte) (0xc0 | c >> 6);
            buf[used++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[used++] = '?';
        } else {
            buf[used++] = (byte) (0xe0 | c >> 12);
            buf[used++] = (byte) (0x80 | (c >> 6 & 0x3f));
            buf[used++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, used);
        used = 0;
    }

    /** Writes out what is buffered; a high surrogate still waiting ends the text as {@code ?}. */
    @Override
    public void flush() throws IOException {
        if (high != 0) {
            high = 0;
            put('?');
        }
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            flush();
            out.close();
        }
    }
}
