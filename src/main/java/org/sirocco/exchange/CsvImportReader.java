package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sirocco.exchange.io.CsvRows;

/** What the table readers share: the rows, the header with its required columns, progress and the description. */
abstract class CsvImportReader implements ImportReader {

    final Path file;
    final CsvRows rows;
    FileDescription description = FileDescription.UNKNOWN;

    CsvImportReader(Path file) throws IOException {
        this.file = file;
        this.rows = new CsvRows(file);
    }

    /**
     * Reads the header row, refusing a file that lacks any of {@code required} with a message that names them: what a
     * file without a header row, or of another layout, gets.
     *
     * @param format the format's short name for the message (ACLED, GTD)
     */
    Header header(String format, String... required) throws IOException {
        CsvRows.Row first = rows.next();
        if (first == null) {
            throw new IOException(file + ": the file holds no row");
        }
        Header h = new Header(CsvRows.cells(first));
        List<String> missing = h.missing(required);
        if (!missing.isEmpty()) {
            throw new IOException(file + ":" + first.line() + ": no " + format + " column " + String.join(", ", missing)
                    + " in the first line: the file must start with a header row naming its columns ("
                    + String.join(", ", required) + ", ...)");
        }
        return h;
    }

    @Override
    public double progress() {
        return rows.progress();
    }

    @Override
    public FileDescription description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
