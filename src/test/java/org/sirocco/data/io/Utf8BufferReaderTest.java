package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BufferReaderTest {

    private static String readAll(Reader r, int bufferSize) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[bufferSize];
        int n;
        while ((n = r.read(buf, 0, buf.length)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Test
    void decodesLikeTheJdkWhateverTheBufferSize() throws IOException {
        String text = "Chtouka Aït Baha, Saïdia, N'Djamena, الرباط, 北京, 🏳 and plain ASCII";
        byte[] bytes = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
        for (int size : new int[] {1, 2, 3, 7, 1024}) {
            Reader r = new Utf8BufferReader(ByteBuffer.wrap(bytes), 2, bytes.length - 4, '\0', '\0');
            assertEquals(text, readAll(r, size), "buffer of " + size);
        }
    }

    @Test
    void framesTheRangeWithTheGivenCharacters() throws IOException {
        byte[] bytes = "{\"a\":1},{\"b\":2}".getBytes(StandardCharsets.UTF_8);
        assertEquals("[{\"a\":1},{\"b\":2}]",
                readAll(new Utf8BufferReader(ByteBuffer.wrap(bytes), 0, bytes.length, '[', ']'), 4));
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() throws IOException {
        byte[] bytes = {'a', (byte) 0xff, 'b', (byte) 0xc3, 'c', (byte) 0xe2, (byte) 0x82};
        String expected = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(expected, readAll(new Utf8BufferReader(ByteBuffer.wrap(bytes), 0, bytes.length, '\0', '\0'), 16));
    }
}
