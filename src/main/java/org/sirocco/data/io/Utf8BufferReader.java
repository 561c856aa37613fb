package org.sirocco.data.io;

import java.io.Reader;
import java.nio.ByteBuffer;

/**
 * Reads characters straight from a UTF-8 byte range of a buffer (a file mapped into memory, or an array), optionally
 * framed by one character before and after, so that a run of events can be read by Gson as a JSON array without
 * being copied into a String first. Runs of ASCII,
 * the bulk of any events file, are copied in a tight loop; malformed sequences become U+FFFD, as
 * {@code new String(bytes, UTF_8)} would make them.
 */
final class Utf8BufferReader extends Reader {

    private final ByteBuffer bytes;
    private final int end;
    private int pos;
    private char before;
    private char after;
    /** The low half of a surrogate pair still to be delivered, or 0. */
    private char pendingLow;

    /** Reads bytes {@code [offset, offset + length)}, preceded by {@code before} and followed by {@code after}
     * unless they are 0. */
    Utf8BufferReader(ByteBuffer bytes, int offset, int length, char before, char after) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
        this.before = before;
        this.after = after;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (before != 0) {
            buf[off + n++] = before;
            before = 0;
        }
        if (pendingLow != 0 && n < len) {
            buf[off + n++] = pendingLow;
            pendingLow = 0;
        }
        while (n < len && pos < end) {
            int run = Math.min(len - n, end - pos);
            int i = 0;
            for (; i < run; i++) {
                byte b = bytes.get(pos + i);
                if (b < 0) {
                    break;
                }
                buf[off + n + i] = (char) b;
            }
            n += i;
            pos += i;
            if (i < run) {
                int cp = decode();
                if (cp >= 0x10000) {
                    buf[off + n++] = Character.highSurrogate(cp);
                    if (n < len) {
                        buf[off + n++] = Character.lowSurrogate(cp);
                    } else {
                        pendingLow = Character.lowSurrogate(cp);
                    }
                } else {
                    buf[off + n++] = (char) cp;
                }
            }
        }
        if (pos >= end && after != 0 && n < len && pendingLow == 0) {
            buf[off + n++] = after;
            after = 0;
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes one multi-byte sequence at {@code pos}, advancing past it. */
    private int decode() {
        int b0 = bytes.get(pos) & 0xff;
        int need;
        int cp;
        if (b0 >= 0xf0 && b0 <= 0xf4) {
            need = 3;
            cp = b0 & 0x07;
        } else if (b0 >= 0xe0 && b0 < 0xf0) {
            need = 2;
            cp = b0 & 0x0f;
        } else if (b0 >= 0xc2 && b0 < 0xe0) {
            need = 1;
            cp = b0 & 0x1f;
        } else {
            pos++;
            return 0xfffd;
        }
        if (pos + need >= end) { // the sequence is cut off by the end of the range
            pos = end;
            return 0xfffd;
        }
        for (int i = 1; i <= need; i++) {
            int b = bytes.get(pos + i) & 0xff;
            if ((b & 0xc0) != 0x80) {
                pos += i;
                return 0xfffd;
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        pos += need + 1;
        boolean overlong = (need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff));
        return overlong || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
