package org.sirocco.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file seems to be, judged from its first bytes and never from its name, so that a file given to the wrong
 * command can be named for what it is ("This looks like a CSV file") instead of failing as broken JSON.
 */
public enum FileKind {
    /** A Sirocco events file: a JSON object with an {@code events} member. */
    EVENTS,
    /** A Sirocco briefing: a JSON object with {@code scenes}. */
    BRIEFING,
    /** Saved Sirocco filters: a JSON object with {@code filter}. */
    FILTERS,
    GEOJSON,
    /** JSON that is none of the above. */
    OTHER_JSON,
    /** An ACLED export: a table whose header names ACLED's columns, in any of its layouts. */
    ACLED_CSV,
    /** A Global Terrorism Database export, whole or a subset of its columns. */
    GTD_CSV,
    /** Any other table of values. */
    CSV,
    KML,
    /** A zip archive: a KMZ, a spreadsheet, a document. */
    ZIP,
    /** XML other than KML. */
    OTHER_XML,
    PDF,
    /** A PNG, JPEG or GIF picture. */
    PICTURE,
    EMPTY,
    /** Bytes that are not text. */
    BINARY,
    /** Text of no known kind. */
    TEXT;

    /** How much of a file is looked at: enough for a JSON object's first members or a CSV header. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final Pattern JSON_MEMBER = Pattern.compile("\"(events|scenes|filter|features|type)\"\\s*:\\s*"
            + "(\"[^\"]*\")?");

    /** Reads the start of {@code file}; unreadable files are reported by the reader that opens them for real. */
    public static FileKind of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in.readNBytes(SNIFF_BYTES));
        }
    }

    static FileKind of(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, "PK\u0003\u0004")) {
            return ZIP;
        }
        if (startsWith(head, "%PDF")) {
            return PDF;
        }
        if (startsWith(head, "\u0089PNG") || startsWith(head, "GIF8")
                || (head.length > 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8)) {
            return PICTURE;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            return EMPTY;
        }
        if (looksBinary(text)) {
            return BINARY;
        }
        char first = trimmed.charAt(0);
        if (first == '{') {
            return jsonObject(trimmed);
        }
        if (first == '[') {
            return OTHER_JSON;
        }
        if (first == '<') {
            return trimmed.toLowerCase(Locale.ROOT).contains("<kml") ? KML : OTHER_XML;
        }
        return looksLikeCsv(trimmed) ? tableKind(trimmed) : TEXT;
    }

    /** ACLED, GTD or another table, by the column names of the header line (any case, any separator). */
    private static FileKind tableKind(String text) {
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String name : header.split("[,;\t]")) {
            names.add(name.strip().replace("\"", ""));
        }
        if (names.contains("event_type") && names.contains("latitude")
                && (names.contains("event_id_cnty") || names.contains("gwno"))) {
            return ACLED_CSV;
        }
        if (names.contains("eventid") && names.contains("iyear") && names.contains("imonth")) {
            return GTD_CSV;
        }
        return CSV;
    }

    /** Whether the file is a table of values, ACLED's, GTD's or another. */
    public boolean isTable() {
        return this == ACLED_CSV || this == GTD_CSV || this == CSV;
    }

    /** Tells a Sirocco file from GeoJSON by the members the head shows, whatever their order. */
    private static FileKind jsonObject(String text) {
        boolean geo = false;
        Matcher m = JSON_MEMBER.matcher(text);
        while (m.find()) {
            switch (m.group(1)) {
                case "events" -> {
                    return EVENTS;
                }
                case "scenes" -> {
                    return BRIEFING;
                }
                case "filter" -> {
                    return FILTERS;
                }
                case "features" -> geo = true;
                case "type" -> geo |= "\"FeatureCollection\"".equals(m.group(2)) || "\"Feature\"".equals(m.group(2));
                default -> throw new IllegalStateException(m.group(1));
            }
        }
        return geo ? GEOJSON : OTHER_JSON;
    }

    /** A header line and the next split into the same number (two or more) of fields by one separator. */
    private static boolean looksLikeCsv(String text) {
        String[] lines = text.split("\r?\n", 3);
        for (char sep : new char[] {',', ';', '\t'}) {
            int header = count(lines[0], sep);
            if (header >= 1 && (lines.length < 2 || lines[1].isEmpty() || count(lines[1], sep) >= 1)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 4096);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\ufffd' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((head[i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
