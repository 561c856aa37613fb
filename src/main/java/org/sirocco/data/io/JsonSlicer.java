package org.sirocco.data.io;

import java.util.ArrayList;
import java.util.List;

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
     * What was found. When an element of the array is broken, slicing resumes at the next line that starts an
     * element, so one broken event does not hide the others; a break elsewhere ends the slicing.
     */
    record Result(List<Member> members, List<Slice> elements, List<Break> breaks) {
    }

    private final byte[] buf;
    private final int limit;
    private final String arrayMember;
    private List<Break> breaks;
    private int pos;
    private int line = 1;

    private JsonSlicer(byte[] buf, String arrayMember) {
        this.buf = buf;
        this.limit = buf.length;
        this.arrayMember = arrayMember;
    }

    /** Slices {@code buf}, a JSON object, collecting the elements of the member named {@code arrayMember}. */
    static Result slice(byte[] buf, String arrayMember) {
        return new JsonSlicer(buf, arrayMember).run();
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
        List<Slice> elements = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
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
                        value = sliceArray(elements);
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
        }
        return new Result(members, elements, breaks);
    }

    private Slice sliceArray(List<Slice> elements) throws Broken {
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
            try {
                elements.add(sliceValue());
            } catch (Broken b) {
                breaks.add(new Break(b.getMessage(), b.line));
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
            byte b = buf[pos];
            if (b == '\n') {
                line++;
                pos++;
                int p = pos;
                while (p < limit && (buf[p] == ' ' || buf[p] == '\t' || buf[p] == '\r')) {
                    p++;
                }
                if (afterComma && p < limit && buf[p] == '{') {
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
            int depth = 0;
            do {
                c = nextOrEnd();
                if (c < 0) {
                    throw broken("unexpected end of file: a value that starts on line " + startLine + " is not closed");
                }
                if (c == '"') {
                    skipStringBody();
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                } else if (c == '\n') {
                    line++;
                }
            } while (depth > 0);
        } else if (c == '"') {
            pos++;
            skipStringBody();
        } else if (c == -1) {
            throw broken("unexpected end of file: a value is missing");
        } else {
            while (pos < limit && !isDelimiter(buf[pos])) {
                pos++;
            }
            if (pos == start) {
                throw broken("unexpected character '" + (char) c + "'");
            }
        }
        return new Slice(start, pos - start, startLine);
    }

    private void skipStringBody() throws Broken {
        int startLine = line;
        while (true) {
            int c = nextOrEnd();
            if (c < 0) {
                throw broken("unexpected end of file: a string that starts on line " + startLine + " is not closed");
            }
            if (c == '\\') {
                next("unexpected end of file in a string escape");
            } else if (c == '"') {
                return;
            } else if (c == '\n') {
                throw new Broken("a string that starts on this line is not closed before the end of the line",
                        startLine);
            }
        }
    }

    private String readName() throws Broken {
        int start = ++pos;
        skipStringBody();
        return new String(buf, start, pos - 1 - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isDelimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private void skipBom() {
        if (limit >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf) {
            pos = 3;
        }
    }

    private void skipWhitespace() {
        while (pos < limit) {
            byte b = buf[pos];
            if (b == '\n') {
                line++;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    private int peek() {
        return pos < limit ? buf[pos] & 0xff : -1;
    }

    /** The next byte, or -1 at the end; for the hot loops, which must not build a message per byte. */
    private int nextOrEnd() {
        return pos < limit ? buf[pos++] & 0xff : -1;
    }

    private int next(String atEnd) throws Broken {
        if (pos >= limit) {
            throw broken(atEnd);
        }
        return buf[pos++] & 0xff;
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
