package org.sirocco.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How many events each country of the region has in each year, counted by the primary place's country and the start
 * date, with Europe and the rest of the world as two more columns: a year a country has no event shows as an empty
 * cell, so holes in the dataset's coverage show at a glance.
 */
public final class Coverage {

    /** The region's countries, west to east along the Maghreb, then the Sahel, then Western Sahara. */
    private static final List<String> REGION = List.of("MA", "DZ", "TN", "LY", "MR", "ML", "NE", "BF", "TD", "EH");
    private static final String EUROPE = "Europe";
    private static final String OTHER = "other";
    /** Every column, in the table's order. */
    private static final List<String> COLUMNS = columns();
    /** ISO codes of the countries of Europe (the UN geoscheme's, with Kosovo). */
    private static final Set<String> EUROPEAN = Set.of("AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CZ",
            "DE", "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE",
            "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI",
            "SJ", "SK", "SM", "UA", "VA", "XK");

    private final int firstYear;
    /** counts[year - firstYear][column] */
    private final int[][] counts;

    private Coverage(int firstYear, int[][] counts) {
        this.firstYear = firstYear;
        this.counts = counts;
    }

    /**
     * Counts the events of {@code store} in rows from {@code fromYear} to {@code toYear}, widened to the years of the
     * earliest and latest events so that no event is left out.
     */
    public static Coverage of(EventStore store, int fromYear, int toYear) {
        int first = fromYear;
        int last = toYear;
        for (int i = 0; i < store.size(); i++) {
            int year = store.startDate(i).getYear();
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        int[][] counts = new int[last - first + 1][COLUMNS.size()];
        for (int i = 0; i < store.size(); i++) {
            counts[store.startDate(i).getYear() - first][column(store.placeCountry(i, 0))]++;
        }
        return new Coverage(first, counts);
    }

    /** The column an event held in {@code country} is counted in. */
    static int column(String country) {
        int region = REGION.indexOf(country);
        if (region >= 0) {
            return region;
        }
        return EUROPEAN.contains(country) ? REGION.size() : REGION.size() + 1;
    }

    /**
     * The counts as a plain-text table: a row per year, a column per country then Europe, the others and the year's
     * total, a dot for none, and a last row of totals.
     */
    public String table() {
        List<String> header = new ArrayList<>(COLUMNS);
        header.add("total");
        StringBuilder out = new StringBuilder();
        row(out, "year", header);
        int[] totals = new int[header.size()];
        for (int y = 0; y < counts.length; y++) {
            List<String> cells = new ArrayList<>(header.size());
            int sum = 0;
            for (int c = 0; c < COLUMNS.size(); c++) {
                cells.add(cell(counts[y][c]));
                sum += counts[y][c];
                totals[c] += counts[y][c];
            }
            cells.add(cell(sum));
            totals[COLUMNS.size()] += sum;
            row(out, Integer.toString(firstYear + y), cells);
        }
        List<String> totalCells = new ArrayList<>(header.size());
        for (int t : totals) {
            totalCells.add(Integer.toString(t));
        }
        row(out, "total", totalCells);
        return out.toString();
    }

    private static String cell(int count) {
        return count == 0 ? "." : Integer.toString(count);
    }

    private static void row(StringBuilder out, String label, List<String> cells) {
        out.append(String.format(Locale.ROOT, "%-5s", label));
        for (int c = 0; c < cells.size(); c++) {
            int width = c < REGION.size() ? 4 : 7;
            out.append(String.format(Locale.ROOT, "%" + width + "s", cells.get(c)));
        }
        out.append('\n');
    }

    private static List<String> columns() {
        List<String> all = new ArrayList<>(REGION);
        all.add(EUROPE);
        all.add(OTHER);
        return List.copyOf(all);
    }
}
