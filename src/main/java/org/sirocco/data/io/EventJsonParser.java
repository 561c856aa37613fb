package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;

/**
 * Parses and validates one event object of the dataset (docs/dataset-schema.md), collecting every problem
 * rather than stopping at the first. Stateless apart from its configuration: safe to share between threads.
 */
final class EventJsonParser {

    static final int NESTING_LIMIT = 16;
    static final int MAX_TITLE_LENGTH = 120;

    /** Events must lie roughly within the map's region: the Sahel to Belgium, the Atlantic to the Red Sea. */
    static final double REGION_SOUTH = -10, REGION_NORTH = 60, REGION_WEST = -30, REGION_EAST = 45;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern READER_LOCATION = Pattern.compile(" at line (\\d+) column");
    private static final Set<String> ISO_COUNTRIES = isoCountries();
    private static final Set<String> FIELDS = Set.of("id", "date", "datePrecision", "endDate", "category",
            "subtype", "title", "summary", "places", "perpetrators", "states", "agencies", "killed", "injured",
            "arrested", "sources", "confidence", "notes");
    private static final List<String> REQUIRED = List.of("id", "date", "datePrecision", "category", "subtype",
            "title", "summary", "places", "perpetrators", "states", "agencies", "killed", "injured", "arrested",
            "sources", "confidence");

    private final String file;
    private final Set<String> knownActors;
    private final LocalDate today;

    /**
     * @param file        the file's name for messages
     * @param knownActors names allowed in perpetrators and agencies; empty to accept any name
     * @param today       dates after this day are rejected as impossible
     */
    EventJsonParser(String file, Set<String> knownActors, LocalDate today) {
        this.file = file;
        this.knownActors = knownActors;
        this.today = today;
    }

    /** The outcome for one event: the event when it is valid, else null; its problems either way. */
    record Parsed(Event event, String id, int line, List<Problem> problems) {
    }

    /**
     * Parses the event whose JSON text starts on line {@code firstLine} of the file. Lines are only worked out
     * (by a second pass) for an event that has problems: Gson tells its position through {@code toString()},
     * too costly to call at every field of a million valid events.
     */
    Parsed parse(String json, int firstLine) {
        Parsed quick = new Run(json, firstLine, false).parse();
        return quick.problems().isEmpty() ? quick : new Run(json, firstLine, true).parse();
    }

    /** One event's parse: the reader and the fields read so far. */
    private final class Run {
        private final JsonReader in;
        private final int firstLine;
        private final boolean trackLines;
        private final List<Problem> problems = new ArrayList<>();
        private String id;
        private int idLine;
        private String dateText;
        private int dateLine;
        private String endDateText;
        private int endDateLine;
        private DatePrecision precision;
        private Category category;
        private String subtype;
        private int subtypeLine;
        private String title;
        private String summary;
        private List<Place> places;
        private List<String> perpetrators;
        private List<String> states;
        private List<String> agencies;
        private Count killed;
        private Count injured;
        private Count arrested;
        private List<Source> sources;
        private Confidence confidence;
        private String notes;
        private final Set<String> seen = new HashSet<>();
        private final List<Problem> pending = new ArrayList<>();

        Run(String json, int firstLine, boolean trackLines) {
            this.in = new JsonReader(new StringReader(json));
            in.setStrictness(Strictness.STRICT);
            in.setNestingLimit(NESTING_LIMIT);
            this.firstLine = firstLine;
            this.trackLines = trackLines;
        }

        Parsed parse() {
            try {
                if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    problem(null, "an event must be a JSON object, found " + describe(in.peek()));
                    return result(null);
                }
                in.beginObject();
                while (in.hasNext()) {
                    int nameLine = line();
                    String name = in.nextName();
                    if (!seen.add(name)) {
                        problemAt(nameLine, name, "given twice");
                        in.skipValue();
                    } else if (!FIELDS.contains(name)) {
                        problemAt(nameLine, name, "unknown field (see docs/dataset-schema.md for the fields)");
                        in.skipValue();
                    } else {
                        readField(name);
                    }
                }
                in.endObject();
            } catch (MalformedJsonException | IllegalStateException e) {
                problem(null, "broken JSON: " + cleanGsonMessage(e.getMessage()));
                return result(null);
            } catch (IOException e) {
                problem(null, "cannot read: " + e.getMessage());
                return result(null);
            }
            for (String field : REQUIRED) {
                if (!seen.contains(field)) {
                    problemAt(firstLine, field, "missing");
                }
            }
            checkDates();
            checkCategory();
            if (!problems.isEmpty() || !pending.isEmpty()) {
                return result(null);
            }
            LocalDate start = precision.parseFirstDay(dateText);
            LocalDate end = endDateText != null ? precision.lastDay(precision.parseFirstDay(endDateText))
                    : precision.lastDay(start);
            Event event = new Event(id, start, end, precision, endDateText != null, category, subtype, title,
                    summary, places, perpetrators, states, agencies, killed, injured, arrested, sources, confidence,
                    notes);
            return result(event);
        }

        private Parsed result(Event event) {
            // Problems found before the id was read are re-labelled with it.
            List<Problem> all = new ArrayList<>(problems.size() + pending.size());
            for (Problem p : pending) {
                all.add(new Problem(p.file(), p.line(), id, p.field(), p.message()));
            }
            all.addAll(problems);
            all.sort(java.util.Comparator.comparingInt(Problem::line));
            return new Parsed(all.isEmpty() ? event : null, id, firstLine, all);
        }

        private void readField(String name) throws IOException {
            int at = line();
            switch (name) {
                case "id" -> {
                    id = string(name);
                    idLine = at;
                    if (id != null && !ID.matcher(id).matches()) {
                        String bad = id;
                        id = null;
                        problemAt(at, name, "\"" + bad + "\" is not a valid id (lowercase letters, digits and "
                                + "single hyphens, e.g. ma-2016-09-oujda-cell)");
                    }
                }
                case "date" -> {
                    dateText = string(name);
                    dateLine = at;
                }
                case "endDate" -> {
                    endDateText = optionalString(name);
                    endDateLine = at;
                }
                case "datePrecision" -> {
                    String p = string(name);
                    if (p != null) {
                        precision = DatePrecision.fromId(p).orElse(null);
                        if (precision == null) {
                            problemAt(at, name, "\"" + p + "\" is not one of day, month, year");
                        }
                    }
                }
                case "category" -> {
                    String c = string(name);
                    if (c != null) {
                        category = Category.fromId(c).orElse(null);
                        if (category == null) {
                            problemAt(at, name, "unknown category \"" + c + "\" (expected one of "
                                    + String.join(", ", categoryIds()) + ")");
                        }
                    }
                }
                case "subtype" -> {
                    subtype = string(name);
                    subtypeLine = at;
                }
                case "title" -> {
                    title = string(name);
                    if (title != null && title.isBlank()) {
                        problemAt(at, name, "empty");
                    } else if (title != null && title.length() > MAX_TITLE_LENGTH) {
                        problemAt(at, name, "longer than " + MAX_TITLE_LENGTH + " characters (" + title.length()
                                + ")");
                    }
                }
                case "summary" -> {
                    summary = string(name);
                    if (summary != null && summary.isBlank()) {
                        problemAt(at, name, "empty");
                    }
                }
                case "places" -> places = places(name);
                case "perpetrators" -> perpetrators = actors(name);
                case "agencies" -> agencies = actors(name);
                case "states" -> states = states(name);
                case "killed" -> killed = count(name);
                case "injured" -> injured = count(name);
                case "arrested" -> arrested = count(name);
                case "sources" -> sources = sources(name);
                case "confidence" -> {
                    String c = string(name);
                    if (c != null) {
                        confidence = Confidence.fromId(c).orElse(null);
                        if (confidence == null) {
                            problemAt(at, name, "\"" + c + "\" is not one of high, medium, low");
                        }
                    }
                }
                case "notes" -> notes = optionalString(name);
                default -> throw new IllegalStateException("field list out of step: " + name);
            }
        }

        private void checkDates() {
            if (precision == null || dateText == null) {
                return; // the missing or unknown precision is reported already
            }
            LocalDate start = parseDate("date", dateText, dateLine);
            if (endDateText != null) {
                LocalDate end = parseDate("endDate", endDateText, endDateLine);
                if (start != null && end != null && end.isBefore(start)) {
                    problemAt(endDateLine, "endDate", endDateText + " is before the start date " + dateText);
                }
            }
        }

        private LocalDate parseDate(String field, String text, int at) {
            try {
                LocalDate d = precision.parseFirstDay(text);
                if (d.isAfter(today)) {
                    problemAt(at, field, text + " is in the future");
                    return null;
                }
                if (d.isBefore(EARLIEST)) {
                    problemAt(at, field, text + " is before " + EARLIEST.getYear());
                    return null;
                }
                return d;
            } catch (DateTimeException e) {
                String why = e.getMessage() != null && e.getMessage().startsWith("expected the form")
                        ? e.getMessage().substring(0, e.getMessage().indexOf(':') > 0 ? e.getMessage().indexOf(':')
                        : e.getMessage().length()) + " for precision \"" + precision.id() + "\""
                        : "not a real calendar date";
                problemAt(at, field, "\"" + text + "\": " + why);
                return null;
            }
        }

        private void checkCategory() {
            if (category != null && subtype != null && !category.allowsSubtype(subtype)) {
                problemAt(subtypeLine, "subtype", "\"" + subtype + "\" is not a subtype of " + category.id()
                        + " (expected one of " + String.join(", ", category.subtypes()) + ")");
            }
        }

        private List<Place> places(String field) throws IOException {
            if (!expectArray(field)) {
                return null;
            }
            List<Place> out = new ArrayList<>();
            in.beginArray();
            int index = 0;
            int at = line();
            while (in.hasNext()) {
                Place p = place(field + "[" + index + "]");
                if (p != null) {
                    out.add(p);
                }
                index++;
            }
            in.endArray();
            if (index == 0) {
                problemAt(at, field, "at least one place is required");
            }
            return out;
        }

        private Place place(String path) throws IOException {
            int at = line();
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problemAt(at, path, "expected an object, found " + describe(in.peek()));
                in.skipValue();
                return null;
            }
            String name = null;
            String country = null;
            Double lat = null;
            Double lon = null;
            PlacePrecision placePrecision = null;
            int problemsBefore = problems.size() + pending.size();
            Set<String> fields = new HashSet<>();
            in.beginObject();
            while (in.hasNext()) {
                int fieldLine = line();
                String f = in.nextName();
                String fp = path + "." + f;
                if (!fields.add(f)) {
                    problemAt(fieldLine, fp, "given twice");
                    in.skipValue();
                    continue;
                }
                switch (f) {
                    case "name" -> {
                        name = string(fp);
                        if (name != null && name.isBlank()) {
                            problemAt(fieldLine, fp, "empty");
                        }
                    }
                    case "country" -> {
                        country = string(fp);
                        if (country != null && !ISO_COUNTRIES.contains(country)) {
                            problemAt(fieldLine, fp, "\"" + country + "\" is not an ISO 3166-1 alpha-2 country code");
                        }
                    }
                    case "lat" -> lat = coordinate(fp, fieldLine, -90, 90, REGION_SOUTH, REGION_NORTH, "latitude");
                    case "lon" -> lon = coordinate(fp, fieldLine, -180, 180, REGION_WEST, REGION_EAST, "longitude");
                    case "precision" -> {
                        String p = string(fp);
                        if (p != null) {
                            placePrecision = PlacePrecision.fromId(p).orElse(null);
                            if (placePrecision == null) {
                                problemAt(fieldLine, fp, "\"" + p + "\" is not one of site, town, region, country");
                            }
                        }
                    }
                    default -> {
                        problemAt(fieldLine, fp, "unknown field (a place has name, country, lat, lon, precision)");
                        in.skipValue();
                    }
                }
            }
            in.endObject();
            for (String required : List.of("name", "country", "lat", "lon", "precision")) {
                if (!fields.contains(required)) {
                    problemAt(at, path + "." + required, "missing");
                }
            }
            if (problems.size() + pending.size() > problemsBefore) {
                return null;
            }
            return new Place(name, country, lat, lon, placePrecision);
        }

        private Double coordinate(String path, int at, double min, double max, double regionMin, double regionMax,
                String what) throws IOException {
            if (in.peek() != JsonToken.NUMBER) {
                problemAt(at, path, "expected a number, found " + describe(in.peek()));
                in.skipValue();
                return null;
            }
            double v = in.nextDouble();
            if (v < min || v > max) {
                problemAt(at, path, v + " is not a " + what + " (" + min + " to " + max + ")");
                return null;
            }
            if (v < regionMin || v > regionMax) {
                problemAt(at, path, v + " is far outside the region this map covers (" + what + " " + regionMin
                        + " to " + regionMax + "); check the sign and the order of lat and lon");
                return null;
            }
            return v;
        }

        private List<String> actors(String field) throws IOException {
            List<String> names = stringList(field);
            if (names != null && !knownActors.isEmpty()) {
                int at = line();
                for (String n : names) {
                    if (!knownActors.contains(n)) {
                        problemAt(at, field, "unknown actor \"" + n + "\" (add it to resources/data/actors.json "
                                + "or use the name it has there)");
                    }
                }
            }
            return names;
        }

        private List<String> states(String field) throws IOException {
            List<String> codes = stringList(field);
            if (codes != null) {
                int at = line();
                for (String c : codes) {
                    if (!ISO_COUNTRIES.contains(c)) {
                        problemAt(at, field, "\"" + c + "\" is not an ISO 3166-1 alpha-2 country code");
                    }
                }
            }
            return codes;
        }

        private List<String> stringList(String field) throws IOException {
            if (!expectArray(field)) {
                return null;
            }
            List<String> out = new ArrayList<>();
            in.beginArray();
            int index = 0;
            while (in.hasNext()) {
                String s = string(field + "[" + index++ + "]");
                if (s != null) {
                    out.add(s);
                }
            }
            in.endArray();
            return out;
        }

        private Count count(String field) throws IOException {
            int at = line();
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
                return Count.UNKNOWN;
            }
            if (t == JsonToken.NUMBER) {
                Integer n = nonNegativeInt(field, at);
                return n == null ? null : Count.exact(n);
            }
            if (t == JsonToken.BEGIN_OBJECT) {
                Integer min = null;
                Integer max = null;
                in.beginObject();
                while (in.hasNext()) {
                    int fieldLine = line();
                    String f = in.nextName();
                    switch (f) {
                        case "min" -> min = nonNegativeInt(field + ".min", fieldLine);
                        case "max" -> max = nonNegativeInt(field + ".max", fieldLine);
                        default -> {
                            problemAt(fieldLine, field + "." + f, "unknown field (a range has min and max)");
                            in.skipValue();
                        }
                    }
                }
                in.endObject();
                if (min == null || max == null) {
                    problemAt(at, field, "a range needs both min and max");
                    return null;
                }
                if (max < min) {
                    problemAt(at, field, "range max " + max + " is below min " + min);
                    return null;
                }
                return Count.range(min, max);
            }
            problemAt(at, field, "expected null (unknown), a number or {\"min\": a, \"max\": b}, found "
                    + describe(t));
            in.skipValue();
            return null;
        }

        private Integer nonNegativeInt(String field, int at) throws IOException {
            if (in.peek() != JsonToken.NUMBER) {
                problemAt(at, field, "expected a whole number, found " + describe(in.peek()));
                in.skipValue();
                return null;
            }
            String raw = in.nextString();
            try {
                int n = Integer.parseInt(raw);
                if (n < 0) {
                    problemAt(at, field, raw + " is negative");
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problemAt(at, field, raw + " is not a whole number");
                return null;
            }
        }

        private List<Source> sources(String field) throws IOException {
            if (!expectArray(field)) {
                return null;
            }
            int at = line();
            List<Source> out = new ArrayList<>();
            in.beginArray();
            int index = 0;
            while (in.hasNext()) {
                Source s = source(field + "[" + index++ + "]");
                if (s != null) {
                    out.add(s);
                }
            }
            in.endArray();
            if (index == 0) {
                problemAt(at, field, "at least one source is required");
            }
            return out;
        }

        private Source source(String path) throws IOException {
            int at = line();
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problemAt(at, path, "expected an object, found " + describe(in.peek()));
                in.skipValue();
                return null;
            }
            int problemsBefore = problems.size() + pending.size();
            String title = null;
            String publisher = null;
            String date = null;
            String url = null;
            Set<String> fields = new HashSet<>();
            in.beginObject();
            while (in.hasNext()) {
                int fieldLine = line();
                String f = in.nextName();
                String fp = path + "." + f;
                if (!fields.add(f)) {
                    problemAt(fieldLine, fp, "given twice");
                    in.skipValue();
                    continue;
                }
                switch (f) {
                    case "title" -> title = nonBlank(fp, fieldLine);
                    case "publisher" -> publisher = nonBlank(fp, fieldLine);
                    case "date" -> {
                        date = optionalString(fp);
                        if (date != null && !isSourceDate(date)) {
                            problemAt(fieldLine, fp, "\"" + date + "\" is not a date of the form YYYY-MM-DD, "
                                    + "YYYY-MM or YYYY");
                        }
                    }
                    case "url" -> {
                        url = string(fp);
                        if (url != null && !isWebAddress(url)) {
                            problemAt(fieldLine, fp, "\"" + url + "\" is not an http:// or https:// address");
                        }
                    }
                    default -> {
                        problemAt(fieldLine, fp, "unknown field (a source has title, publisher, date, url)");
                        in.skipValue();
                    }
                }
            }
            in.endObject();
            for (String required : List.of("title", "publisher", "date", "url")) {
                if (!fields.contains(required)) {
                    problemAt(at, path + "." + required, "missing");
                }
            }
            if (problems.size() + pending.size() > problemsBefore) {
                return null;
            }
            return new Source(title, publisher, date, url);
        }

        private String nonBlank(String field, int at) throws IOException {
            String s = string(field);
            if (s != null && s.isBlank()) {
                problemAt(at, field, "empty");
                return null;
            }
            return s;
        }

        private boolean isSourceDate(String text) {
            for (DatePrecision p : DatePrecision.values()) {
                try {
                    p.parseFirstDay(text);
                    return true;
                } catch (DateTimeException ignored) {
                    // try the next form
                }
            }
            return false;
        }

        private boolean isWebAddress(String text) {
            try {
                URI uri = new URI(text);
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private boolean expectArray(String field) throws IOException {
            if (in.peek() != JsonToken.BEGIN_ARRAY) {
                problem(field, "expected an array, found " + describe(in.peek()));
                in.skipValue();
                return false;
            }
            return true;
        }

        /** A required string: reports and returns null for anything else. */
        private String string(String field) throws IOException {
            JsonToken t = in.peek();
            if (t != JsonToken.STRING) {
                problem(field, "expected a string, found " + describe(t));
                in.skipValue();
                return null;
            }
            return in.nextString();
        }

        private String optionalString(String field) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return string(field);
        }

        private void problem(String field, String message) {
            problemAt(line(), field, message);
        }

        private void problemAt(int at, String field, String message) {
            Problem p = new Problem(file, at, id, field, message);
            (id == null ? pending : problems).add(p);
        }

        /** The file line the reader is at: Gson exposes its position only through toString(). */
        private int line() {
            if (!trackLines) {
                return firstLine;
            }
            Matcher m = READER_LOCATION.matcher(in.toString());
            return m.find() ? firstLine + Integer.parseInt(m.group(1)) - 1 : firstLine;
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case BEGIN_ARRAY -> "an array";
            case BEGIN_OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Gson's messages end with a link to its troubleshooting page and its own line numbers; drop both. */
    static String cleanGsonMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message;
        int see = m.indexOf("\nSee https://");
        if (see >= 0) {
            m = m.substring(0, see);
        }
        return m.replaceAll(" at line \\d+ column \\d+ path \\S+", "").trim();
    }

    private static List<String> categoryIds() {
        List<String> ids = new ArrayList<>();
        for (Category c : Category.values()) {
            ids.add(c.id());
        }
        return ids;
    }

    private static Set<String> isoCountries() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK"); // Kosovo: user-assigned code in wide use, also in Natural Earth
        return Set.copyOf(codes);
    }
}
