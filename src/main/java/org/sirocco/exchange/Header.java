package org.sirocco.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sirocco.exchange.io.CsvRows;

/** A table's column names, found by name in any case, never by position: layouts move columns around. */
final class Header {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    Header(List<String> cells) {
        this.names = List.copyOf(cells);
        for (int i = 0; i < cells.size(); i++) {
            index.putIfAbsent(cells.get(i).strip().replace("\ufeff", "").toLowerCase(Locale.ROOT), i);
        }
    }

    List<String> names() {
        return names;
    }

    /** The position of the first of {@code names} (aliases of one column) the table has, or -1. */
    int of(String... aliases) {
        for (String n : aliases) {
            Integer i = index.get(n);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    /** The names of {@code required} the table lacks. */
    List<String> missing(String... required) {
        List<String> out = new ArrayList<>();
        for (String r : required) {
            if (!has(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether a row is Humanitarian Data Exchange's row of hashtags (#date, #adm1+name) below the header. */
    static boolean isHxlTags(CsvRows.Row row) {
        boolean any = false;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.field(i).strip();
            if (!cell.isEmpty()) {
                if (cell.charAt(0) != '#') {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
