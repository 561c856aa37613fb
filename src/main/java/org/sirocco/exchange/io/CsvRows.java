package org.sirocco.exchange.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a CSV table row by row with FastCSV, in the encoding its bytes show: UTF-8 when it has a byte-order mark or
 * its first megabytes are valid UTF-8, else Windows-1252 (GTD's exports, and many tables saved on Windows). The
 * separator is the comma, the semicolon or the tab, whichever the header line uses most.
 */
public final class CsvRows implements Closeable {

    /** How much of the file decides its encoding. */
    static final int ENCODING_SAMPLE = 4 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A row and the line it starts on (a quoted cell may span lines). */
    public record Row(int line, CsvRecord record) {

        /** Cell {@code i}, "" when the row is shorter. */
        public String field(int i) {
            return i >= 0 && i < record.getFieldCount() ? record.getField(i) : "";
        }

        public int size() {
            return record.getFieldCount();
        }
    }

    private final long size;
    private final Charset charset;
    private final boolean bom;
    private final char separator;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final CountingInputStream counted;

    public CsvRows(Path file) throws IOException {
        size = Math.max(1, Files.size(file));
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(ENCODING_SAMPLE);
        }
        bom = sample.length >= 3 && (sample[0] & 0xff) == 0xef && (sample[1] & 0xff) == 0xbb
                && (sample[2] & 0xff) == 0xbf;
        charset = bom || isUtf8(sample, sample.length < ENCODING_SAMPLE) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        separator = separator(new String(sample, 0, Math.min(sample.length, 1 << 16), charset));
        counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        if (bom) {
            counted.skipNBytes(3);
        }
        reader = CsvReader.builder().fieldSeparator(separator).allowMissingFields(true).allowExtraFields(true)
                .skipEmptyLines(true).ofCsvRecord(new InputStreamReader(counted, charset));
        records = reader.iterator();
    }

    public Charset charset() {
        return charset;
    }

    public boolean hasByteOrderMark() {
        return bom;
    }

    public char separator() {
        return separator;
    }

    /**
     * The next row, or null at the end.
     *
     * @throws IOException when the table cannot be read on (a quote never closed runs to the end of the file)
     */
    public Row next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            return new Row((int) r.getStartingLineNumber(), r);
        } catch (CsvParseException e) {
            throw new IOException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public double progress() {
        return Math.min(1, counted.count() / (double) size);
    }

    /** The cells of a row as a list, for a header. */
    public static List<String> cells(Row row) {
        return row.record().getFields();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Whether {@code bytes} decode as UTF-8; a sequence cut at the end of a sample that stops early counts as fine. */
    static boolean isUtf8(byte[] bytes, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(8192);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (true) {
            CoderResult r = decoder.decode(in, out, whole);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        if (whole) {
            try {
                CoderResult r = decoder.flush(out);
                if (r.isError()) {
                    r.throwException();
                }
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        return true;
    }

    private static char separator(String head) {
        int end = head.indexOf('\n');
        String header = end < 0 ? head : head.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }
}
