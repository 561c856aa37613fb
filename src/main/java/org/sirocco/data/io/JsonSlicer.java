package org.sirocco.data.io;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the top-level members of a JSON object and the elements of one array member without building any
 * values, so that events can be parsed one by one (and in parallel), located by line, and read back later by
 * byte offset. It checks the structure between the slices (braces, brackets, commas, colons, strings); the
 * slices' own content is left to Gson.
 */
final class JsonSlicer {

    /** A value's bytes {@code [offset, offset + length)} starting on {@code line}. */
    record Slice(long offset, int length, int line) {
    }

    record Member(String name, int nameLine, Slice value) {
    }

    /** A break in the structure and the line it is on. */
    record Break(String message, int line) {
    }

    /**
     * What was found besides the elements, which went to the chunk sink. When an element of the array is broken,
     * slicing resumes at the next line that starts an element, so one broken event does not hide the others; a
     * break elsewhere ends the slicing.
     *
     * @param elementCount how many elements the array holds, broken ones included
     * @param cutShort     whether the content stops before the top-level object is closed (a truncated file)
     */
    record Result(List<Member> members, int elementCount, List<Break> breaks, boolean cutShort) {
    }

    private final ByteBuffer buf;
    private final int limit;
    private final String arrayMember;
    private final int chunkSize;
    private final Consumer<List<Slice>> chunkSink;
    private List<Slice> chunk;
    private int elementCount;
    private List<Break> breaks;
    private int pos;
    private int line = 1;

    private JsonSlicer(ByteBuffer buf, String arrayMember, int chunkSize, Consumer<List<Slice>> chunkSink) {
        this.buf = buf;
        this.limit = buf.limit();
        this.arrayMember = arrayMember;
        this.chunkSize = chunkSize;
        this.chunkSink = chunkSink;
        this.chunk = new ArrayList<>(chunkSize);
    }

    /**
     * Slices {@code buf}, a JSON object, handing the elements of the member named {@code arrayMember} to
     * {@code chunkSink} in runs of {@code chunkSize} (the last run may be shorter), in order, as they are found:
     * the caller can parse a run while the next one is sliced.
     */
    static Result slice(ByteBuffer buf, String arrayMember, int chunkSize, Consumer<List<Slice>> chunkSink) {
        return new JsonSlicer(buf, arrayMember, chunkSize, chunkSink).run();
    }

    private static final class Broken extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Broken(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private Result run() {
        List<Member> members = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        boolean cutShort = false;
        this.breaks = breaks;
        try {
            skipBom();
            skipWhitespace();
            expect('{', "the file must hold one JSON object");
            skipWhitespace();
            if (peek() == '}') {
                pos++;
            } else {
                while (true) {
                    skipWhitespace();
                    int nameLine = line;
                    if (peek() != '"') {
                        throw broken("expected a quoted member name");
                    }
                    String name = readName();
                    skipWhitespace();
                    expect(':', "expected ':' after member name \"" + name + "\"");
                    skipWhitespace();
                    Slice value;
                    if (name.equals(arrayMember) && peek() == '[') {
                        value = sliceArray();
                    } else {
                        value = sliceValue();
                    }
                    members.add(new Member(name, nameLine, value));
                    skipWhitespace();
                    int c = next("unexpected end of file: the top-level object is not closed");
                    if (c == '}') {
                        break;
                    }
                    if (c != ',') {
                        pos--;
                        throw broken("expected ',' or '}' after the value of \"" + name + "\"");
                    }
                }
            }
            skipWhitespace();
            if (pos < limit) {
                throw broken("unexpected content after the top-level object");
            }
        } catch (Broken b) {
            breaks.add(new Break(b.getMessage(), b.line));
            cutShort = pos >= limit;
        }
        if (!chunk.isEmpty()) {
            chunkSink.accept(chunk);
        }
        return new Result(members, elementCount, breaks, cutShort);
    }

    private void element(Slice s) {
        chunk.add(s);
        elementCount++;
        if (chunk.size() == chunkSize) {
            chunkSink.accept(chunk);
            chunk = new ArrayList<>(chunkSize);
        }
    }

    private Slice sliceArray() throws Broken {
        long start = pos;
        int startLine = line;
        pos++; // '['
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new Slice(start, (int) (pos - start), startLine);
        }
        while (true) {
            skipWhitespace();
            boolean started = pos < limit;
            try {
                element(sliceValue());
            } catch (Broken b) {
                breaks.add(new Break(b.getMessage(), b.line));
                if (started) {
                    elementCount++; // an entry was there, even if it cannot be read: it counts as lost
                }
                if (!resyncAtNextElement()) {
                    throw new Broken("unexpected end of file inside the \"" + arrayMember + "\" array", line);
                }
                continue;
            }
            skipWhitespace();
            int c = next("unexpected end of file inside the \"" + arrayMember + "\" array");
            if (c == ']') {
                return new Slice(start, (int) Math.min(Integer.MAX_VALUE, pos - start), startLine);
            }
            if (c != ',') {
                pos--;
                breaks.add(new Break("expected ',' or ']' between elements of \"" + arrayMember + "\"", line));
                if (peek() != '{' && !resyncAtNextElement()) {
                    throw new Broken("unexpected end of file inside the \"" + arrayMember + "\" array", line);
                }
            }
        }
    }

    /**
     * After a broken element, moves to the next line that opens an element ({@code {} as its first non-blank
     * character after a line ending in a comma), as files written one field per line have them.
     */
    private boolean resyncAtNextElement() {
        boolean afterComma = false;
        while (pos < limit) {
            byte b = buf.get(pos);
            if (b == '\n') {
                line++;
                pos++;
                int p = pos;
                while (p < limit && (buf.get(p) == ' ' || buf.get(p) == '\t' || buf.get(p) == '\r')) {
                    p++;
                }
                if (afterComma && p < limit && buf.get(p) == '{') {
                    pos = p;
                    return true;
                }
                afterComma = false;
                continue;
            }
            if (b == ',') {
                afterComma = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                afterComma = false;
            }
            pos++;
        }
        return false;
    }

    /** Skips one JSON value of any kind, returning its extent. */
    private Slice sliceValue() throws Broken {
        int start = pos;
        int startLine = line;
        int c = peek();
        if (c == '{' || c == '[') {
            skipContainer(startLine);
        } else if (c == '"') {
            pos++;
            skipStringBody();
        } else if (c == -1) {
            throw broken("unexpected end of file: a value is missing");
        } else {
            while (pos < limit && !isDelimiter(buf.get(pos))) {
                pos++;
            }
            if (pos == start) {
                throw broken("unexpected character '" + (char) c + "'");
            }
        }
        return new Slice(start, pos - start, startLine);
    }

    /**
     * Skips an object or array starting at {@code pos}, strings included. The hottest loop of reading a large
     * file: it keeps position and line in locals and touches each byte once.
     */
    private void skipContainer(int startLine) throws Broken {
        ByteBuffer b = buf;
        int p = pos;
        int lines = 0;
        int depth = 0;
        do {
            if (p >= limit) {
                pos = p;
                line += lines;
                throw broken("unexpected end of file: a value that starts on line " + startLine + " is not closed");
            }
            byte c = b.get(p++);
            if (c == '"') {
                p = skipString(b, p, startLine + lines);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '\n') {
                lines++;
            }
        } while (depth > 0);
        pos = p;
        line += lines;
    }

    /** Skips a string whose opening quote is just before {@code p}; returns the position after its closing quote. */
    private int skipString(ByteBuffer b, int p, int stringLine) throws Broken {
        // Eight bytes at a time while none of them is a quote, a backslash or a line feed.
        while (p + 8 <= limit && !hasSpecialByte(b.getLong(p))) {
            p += 8;
        }
        while (p < limit) {
            byte c = b.get(p++);
            if (c == '"') {
                return p;
            }
            if (c == '\\') {
                p++;
            } else if (c == '\n') {
                pos = p;
                line = stringLine + 1; // the string held no line break before this one
                throw new Broken("a string that starts on this line is not closed before the end of the line",
                        stringLine);
            }
        }
        pos = limit;
        throw new Broken("unexpected end of file: a string that starts on line " + stringLine + " is not closed",
                stringLine);
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Whether any byte of {@code word} is '"', '\\' or '\n' (the classic SWAR zero-byte test, per byte value). */
    private static boolean hasSpecialByte(long word) {
        return hasZeroByte(word ^ (ONES * '"')) || hasZeroByte(word ^ (ONES * '\\')) || hasZeroByte(word ^ (ONES * '\n'));
    }

    private static boolean hasZeroByte(long v) {
        return ((v - ONES) & ~v & HIGHS) != 0;
    }

    private void skipStringBody() throws Broken {
        pos = skipString(buf, pos, line);
    }

    private String readName() throws Broken {
        int start = ++pos;
        skipStringBody();
        byte[] name = new byte[pos - 1 - start];
        buf.get(start, name);
        return new String(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isDelimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private void skipBom() {
        if (limit >= 3 && (buf.get(0) & 0xff) == 0xef && (buf.get(1) & 0xff) == 0xbb && (buf.get(2) & 0xff) == 0xbf) {
            pos = 3;
        }
    }

    private void skipWhitespace() {
        while (pos < limit) {
            byte b = buf.get(pos);
            if (b == '\n') {
                line++;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    private int peek() {
        return pos < limit ? buf.get(pos) & 0xff : -1;
    }

    private int next(String atEnd) throws Broken {
        if (pos >= limit) {
            throw broken(atEnd);
        }
        return buf.get(pos++) & 0xff;
    }

    private void expect(char c, String message) throws Broken {
        if (peek() != c) {
            throw broken(message);
        }
        pos++;
    }

    private Broken broken(String message) {
        return new Broken(message, line);
    }
}
