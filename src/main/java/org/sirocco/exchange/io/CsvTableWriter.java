package org.sirocco.exchange.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.sirocco.io.AtomicFile;

/**
 * Writes a table as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel shows accents), RFC 4180
 * quoting and line ends, written whole or not at all. The cells come as they are: guarding text against formulas
 * is the caller's (it knows which columns are numbers).
 */
public final class CsvTableWriter {

    /** Hands the rows, one by one, to the writer. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<String>> row) throws IOException;
    }

    private CsvTableWriter() {
    }

    public static void write(Path file, List<String> header, Rows rows) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write('\ufeff');
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(header);
            try {
                rows.forEach(row -> csv.writeRecord(row));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
            out.flush();
        });
    }
}
