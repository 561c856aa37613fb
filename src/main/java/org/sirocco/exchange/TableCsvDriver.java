package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sirocco.data.io.FileKind;
import org.sirocco.exchange.io.CsvRows;

/**
 * Any other CSV table: the user picks which columns give the date, the coordinates, the title and the category;
 * until then, columns with the usual names are proposed. A table whose first line holds values rather than column
 * names is refused with a message saying so.
 */
final class TableCsvDriver implements ImportDriver {

    private static final List<ColumnRole> NEEDED = List.of(ColumnRole.DATE, ColumnRole.LATITUDE,
            ColumnRole.LONGITUDE);

    @Override
    public ImportFormat format() {
        return ImportFormat.CSV;
    }

    @Override
    public boolean identifies(FileHead head) {
        return head.kind() == FileKind.CSV;
    }

    @Override
    public ImportReader open(Path file, ImportSettings settings, ImportContext context) throws IOException {
        RecordMapping mapping = new RecordMapping(file.getFileName().toString(), "csv", settings, context);
        return new CsvImportReader(file) {
            @Override
            public void read(ImportSink sink) throws IOException {
                CsvRows.Row first = rows.next();
                if (first == null) {
                    throw new IOException(file + ": the file holds no row");
                }
                List<String> header = CsvRows.cells(first);
                for (String cell : header) {
                    if (looksLikeValue(cell)) {
                        throw new IOException(file + ":" + first.line() + ": \"" + cell + "\" is a value, not a "
                                + "column name: the table needs a header row naming its columns");
                    }
                }
                Map<ColumnRole, String> columns = new EnumMap<>(ColumnRole.class);
                columns.putAll(ColumnRole.guess(header));
                columns.putAll(settings.columns());
                Map<ColumnRole, Integer> index = new EnumMap<>(ColumnRole.class);
                List<String> missing = new ArrayList<>();
                for (ColumnRole role : ColumnRole.values()) {
                    int i = columns.containsKey(role) ? header.indexOf(columns.get(role)) : -1;
                    if (i >= 0) {
                        index.put(role, i);
                    } else if (NEEDED.contains(role)) {
                        missing.add(role.name().toLowerCase(Locale.ROOT));
                    }
                }
                List<String[]> map = new ArrayList<>();
                columns.forEach((role, name) -> map.add(new String[] {role.name().toLowerCase(Locale.ROOT), name}));
                description = new FileDescription("CSV table (" + rows.charset().displayName() + ", separated by "
                        + (rows.separator() == '\t' ? "tabs" : "'" + rows.separator() + "'") + ")", null, header, map);
                if (!missing.isEmpty()) {
                    throw new IOException(file + ": pick the column of " + String.join(", ", missing)
                            + " (the table's columns: " + String.join(", ", header) + ")");
                }
                for (CsvRows.Row r; !sink.stopRequested() && (r = rows.next()) != null; ) {
                    row(r, index, sink);
                }
            }

            private void row(CsvRows.Row r, Map<ColumnRole, Integer> index, ImportSink sink) {
                String latText = r.field(index.get(ColumnRole.LATITUDE)).strip();
                String lonText = r.field(index.get(ColumnRole.LONGITUDE)).strip();
                List<double[]> points = new ArrayList<>(1);
                if (!latText.isEmpty() || !lonText.isEmpty()) {
                    try {
                        points.add(new double[] {Double.parseDouble(lonText), Double.parseDouble(latText)});
                    } catch (NumberFormatException e) {
                        sink.skipped(r.line(), SkipReason.UNREADABLE, header(ColumnRole.LATITUDE), "\"" + latText
                                + "\", \"" + lonText + "\" are not coordinates");
                        return;
                    }
                }
                mapping.map(r.line(), points, role -> index.containsKey(role) ? r.field(index.get(role)) : null,
                        null, null, sink);
            }

            private String header(ColumnRole role) {
                return description.mapping().stream().filter(m -> m[0].equals(role.name().toLowerCase(Locale.ROOT)))
                        .map(m -> m[1]).findFirst().orElse(role.name().toLowerCase(Locale.ROOT));
            }
        };
    }

    /** A number or a date: what a data row holds, and a header does not. */
    private static boolean looksLikeValue(String cell) {
        String c = cell.strip();
        if (c.isEmpty()) {
            return false;
        }
        if (c.matches("[-+]?\\d+([.,]\\d+)?")) {
            return true;
        }
        try {
            return DateText.parse(c) != null;
        } catch (DateTimeException e) {
            return true;
        }
    }
}
