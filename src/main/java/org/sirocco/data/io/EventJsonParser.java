package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
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
import org.sirocco.i18n.Language;

/**
 * Parses and validates one event object of the dataset (docs/dataset-schema.md), collecting every problem rather
 * than stopping at the first. Stateless apart from its configuration: safe to share between threads.
 * <p>
 * It runs once per event of files of a million events, so the common path allocates little: fields are dispatched
 * by one switch, seen fields are bits, and the paths named in messages ({@code places[1].lat}) are only formed when
 * there is a problem to report.
 */
final class EventJsonParser {

    static final int NESTING_LIMIT = 16;

    private static final Pattern READER_LOCATION = Pattern.compile(" at line (\\d+) column");

    /** Event fields, in the order of their bits. */
    private static final String[] FIELDS = {"id", "date", "datePrecision", "endDate", "category", "subtype",
        "title", "summary", "places", "perpetrators", "states", "agencies", "killed", "injured", "arrested",
        "sources", "confidence", "notes", "splitFrom", "added", "changed", "titles"};
    // endDate, notes, splitFrom, added, changed, titles
    private static final int OPTIONAL_FIELDS = bit(3) | bit(17) | bit(18) | bit(19) | bit(20) | bit(21);
    /** The languages a title or an actor's names may be given in besides English (the plain fields), by tag. */
    static final Map<String, Language> OTHER_LANGUAGES = Map.of("fr", Language.FRENCH, "ar", Language.ARABIC);
    private static final String[] PLACE_FIELDS = {"name", "country", "lat", "lon", "precision"};
    private static final String[] SOURCE_FIELDS = {"title", "publisher", "date", "url"};
    private static final FieldNames EVENT_NAMES = new FieldNames(FIELDS);
    private static final FieldNames PLACE_NAMES = new FieldNames(PLACE_FIELDS);
    private static final FieldNames SOURCE_NAMES = new FieldNames(SOURCE_FIELDS);

    private final String file;
    private final Set<String> knownActors;
    private final LocalDate today;

    /**
     * @param file        the file's name for messages
     * @param knownActors names allowed in perpetrators, splitFrom and agencies; empty to accept any name
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
     * Parses the event whose JSON occupies {@code bytes[offset, offset + length)} (UTF-8) and starts on line
     * {@code firstLine} of the file. Lines are only worked out (by a second pass) for an event that has problems:
     * Gson tells its position through {@code toString()}, too costly to call at every field of a million events.
     */
    Parsed parse(ByteBuffer bytes, int offset, int length, int firstLine) {
        Parsed quick = new Run(reader(new Utf8BufferReader(bytes, offset, length, '\0', '\0')), firstLine, false)
                .parse();
        return quick.problems().isEmpty() ? quick
                : new Run(reader(new Utf8BufferReader(bytes, offset, length, '\0', '\0')), firstLine, true).parse();
    }

    /**
     * Parses consecutive events of an array, {@code slices[from, to)} of {@code bytes}, with one JsonReader, and
     * hands each outcome to {@code sink} with its slice index as soon as it is parsed, while the event is still in
     * the processor's cache: a reader per event costs more than the event (Gson allocates two kilobytes of buffers
     * for each). An event with problems is parsed again on its own to locate them; broken JSON ends the shared
     * reader and the remaining events are parsed one by one.
     */
    void parseAll(ByteBuffer bytes, List<JsonSlicer.Slice> slices, int from, int to, ObjIntConsumer<Parsed> sink) {
        if (from >= to) {
            return;
        }
        JsonSlicer.Slice first = slices.get(from);
        JsonSlicer.Slice last = slices.get(to - 1);
        int start = (int) first.offset();
        int end = (int) last.offset() + last.length();
        JsonReader shared = reader(new Utf8BufferReader(bytes, start, end - start, '[', ']'));
        int i = from;
        for (Parsed quick; i < to && (quick = nextShared(shared, slices.get(i), i == from)) != null; i++) {
            JsonSlicer.Slice s = slices.get(i);
            sink.accept(quick.problems().isEmpty() ? quick : parse(bytes, (int) s.offset(), s.length(), s.line()), i);
        }
        for (; i < to; i++) {
            JsonSlicer.Slice s = slices.get(i);
            sink.accept(parse(bytes, (int) s.offset(), s.length(), s.line()), i);
        }
    }

    /** The next event of a shared reader (opening the array first), or null once the JSON breaks. */
    private Parsed nextShared(JsonReader shared, JsonSlicer.Slice s, boolean first) {
        try {
            if (first) {
                shared.beginArray();
            }
            return new Run(shared, s.line(), false).parseShared();
        } catch (IOException | IllegalStateException e) {
            return null;
        }
    }

    private static JsonReader reader(Reader source) {
        JsonReader in = new JsonReader(source);
        in.setStrictness(Strictness.STRICT);
        in.setNestingLimit(NESTING_LIMIT);
        return in;
    }

    private static int bit(int index) {
        return 1 << index;
    }

    /** One event's parse: the reader and the fields read so far. */
    private final class Run {
        private final JsonReader in;
        private final int firstLine;
        private final boolean trackLines;
        private List<Problem> problems;
        private String id;
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
        /** Null when absent, as for most events: nothing is allocated for it. */
        private List<String> splitFrom;
        private int splitFromLine;
        private List<String> states;
        private List<String> agencies;
        private Count killed;
        private Count injured;
        private Count arrested;
        private List<Source> sources;
        private Confidence confidence;
        private String notes;
        private Instant added;
        private Instant changed;
        private int changedLine;
        /** Null when absent. */
        private Map<Language, String> titles;
        /** Bit i set once FIELDS[i] was read. */
        private int seen;

        Run(JsonReader in, int firstLine, boolean trackLines) {
            this.in = in;
            this.firstLine = firstLine;
            this.trackLines = trackLines;
        }

        /**
         * Parses one event from a reader shared with the events after it. Broken JSON is thrown, not reported: the
         * shared reader cannot go on, and the caller parses the event again on its own.
         */
        Parsed parseShared() throws IOException {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                in.skipValue();
                problem(firstLine, null, "an event must be a JSON object");
                return result(null);
            }
            readObject();
            return finish();
        }

        Parsed parse() {
            try {
                if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    problem(line(), null, "an event must be a JSON object, found " + describe(in.peek()));
                    return result(null);
                }
                readObject();
            } catch (MalformedJsonException | IllegalStateException e) {
                problem(line(), null, "broken JSON: " + cleanGsonMessage(e.getMessage()));
                return result(null);
            } catch (IOException e) {
                problem(line(), null, "cannot read: " + e.getMessage());
                return result(null);
            }
            return finish();
        }

        private void readObject() throws IOException {
            in.beginObject();
            while (in.hasNext()) {
                int at = line();
                String name = in.nextName();
                int field = readField(name, at);
                if (field < 0) {
                    problem(at, name, "unknown field (see docs/dataset-schema.md for the fields)");
                    in.skipValue();
                } else if ((seen & bit(field)) != 0) {
                    problem(at, name, "given twice");
                } else {
                    seen |= bit(field);
                }
            }
            in.endObject();
        }

        /** Checks what needs the whole event and builds it when nothing is wrong. */
        private Parsed finish() {
            for (int f = 0; f < FIELDS.length; f++) {
                if ((seen & bit(f)) == 0 && (OPTIONAL_FIELDS & bit(f)) == 0) {
                    problem(firstLine, FIELDS[f], "missing");
                }
            }
            LocalDate start = checkDates();
            checkCategory();
            if (splitFrom != null) {
                checkSplitFrom();
            }
            if (added != null && changed != null) {
                check(changedLine, "changed", EventRules.changed(added, changed));
            }
            if (problems != null) {
                return result(null);
            }
            LocalDate end = endDateText != null ? precision.lastDay(precision.parseFirstDay(endDateText))
                    : precision.lastDay(start);
            return result(new Event(id, start, end, precision, endDateText != null, category, subtype, title,
                    summary, places, perpetrators, splitFrom != null ? splitFrom : List.of(), states, agencies, killed,
                    injured, arrested, sources, confidence, notes, added, changed, titles != null ? titles : Map.of()));
        }

        private Parsed result(Event event) {
            if (problems == null) {
                return new Parsed(event, id, firstLine, List.of());
            }
            // Problems found before the id was read learn it now.
            List<Problem> all = new ArrayList<>(problems.size());
            for (Problem p : problems) {
                all.add(p.eventId() == null && id != null ? new Problem(p.file(), p.line(), id, p.field(), p.message())
                        : p);
            }
            all.sort(Comparator.comparingInt(Problem::line));
            return new Parsed(null, id, firstLine, all);
        }

        /**
         * Reads the value of the event field {@code name} (which a reader at line {@code at} has just passed) and
         * returns the field's bit index, or -1 (value not read) for an unknown name. A repeated field is read
         * again, so that its value is checked too, and reported by the caller.
         */
        private int readField(String name, int at) throws IOException {
            int field = EVENT_NAMES.indexOf(name);
            switch (field) {
                case 0 -> {
                    String value = string(at, null, -1, name);
                    String wrong = value == null ? null : EventRules.id(value);
                    if (wrong != null) {
                        problem(at, name, wrong);
                    } else if (id == null) {
                        id = value;
                    }
                }
                case 1 -> {
                    dateText = string(at, null, -1, name);
                    dateLine = at;
                }
                case 2 -> {
                    String p = string(at, null, -1, name);
                    if (p != null) {
                        precision = DatePrecision.fromId(p).orElse(null);
                        if (precision == null) {
                            problem(at, name, "\"" + p + "\" is not one of day, month, year");
                        }
                    }
                }
                case 3 -> {
                    endDateText = optionalString(at, name);
                    endDateLine = at;
                }
                case 4 -> {
                    String c = string(at, null, -1, name);
                    if (c != null) {
                        category = Category.fromId(c).orElse(null);
                        if (category == null) {
                            problem(at, name, "unknown category \"" + c + "\" (expected one of "
                                    + String.join(", ", categoryIds()) + ")");
                        }
                    }
                }
                case 5 -> {
                    subtype = string(at, null, -1, name);
                    subtypeLine = at;
                }
                case 6 -> {
                    title = string(at, null, -1, name);
                    check(at, name, title == null ? null : EventRules.title(title));
                }
                case 7 -> {
                    summary = string(at, null, -1, name);
                    check(at, name, summary == null ? null : EventRules.notBlank(summary));
                }
                case 8 -> {
                    places = places(at);
                }
                case 9 -> {
                    perpetrators = actors(at, name);
                }
                case 10 -> {
                    states = states(at);
                }
                case 11 -> {
                    agencies = actors(at, name);
                }
                case 12 -> {
                    killed = count(at, name);
                }
                case 13 -> {
                    injured = count(at, name);
                }
                case 14 -> {
                    arrested = count(at, name);
                }
                case 15 -> {
                    sources = sources(at);
                }
                case 16 -> {
                    String c = string(at, null, -1, name);
                    if (c != null) {
                        confidence = Confidence.fromId(c).orElse(null);
                        if (confidence == null) {
                            problem(at, name, "\"" + c + "\" is not one of high, medium, low");
                        }
                    }
                }
                case 17 -> {
                    notes = optionalString(at, name);
                }
                case 18 -> {
                    splitFrom = actors(at, name);
                    splitFromLine = at;
                }
                case 19 -> {
                    added = timestamp(at, name);
                }
                case 20 -> {
                    changed = timestamp(at, name);
                    changedLine = at;
                }
                case 21 -> {
                    titles = titles(at);
                }
                default -> {
                    // unknown: the caller reports it
                }
            }
            return field;
        }

        /** A title, in English or another language: not empty, not too long. Returns whether it is right. */
        private boolean checkTitle(int at, String field, String value) {
            String problem = EventRules.title(value);
            check(at, field, problem);
            return problem == null;
        }

        /** The titles in other languages: an object from language tag (fr, ar) to a title checked as {@code title}. */
        private Map<Language, String> titles(int at) throws IOException {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problem(at, "titles", "expected an object such as {\"fr\": \"...\", \"ar\": \"...\"}, found "
                        + describe(in.peek()));
                in.skipValue();
                return null;
            }
            Map<Language, String> read = new EnumMap<>(Language.class);
            in.beginObject();
            while (in.hasNext()) {
                int fieldLine = line();
                String tag = in.nextName();
                String field = "titles." + tag;
                Language language = OTHER_LANGUAGES.get(tag);
                String value = string(fieldLine, null, -1, field);
                if (language == null) {
                    problem(fieldLine, field, "\"" + tag + "\" is not a language of Sirocco besides English (fr, ar)");
                } else if (value != null && checkTitle(fieldLine, field, value) && read.put(language, value) != null) {
                    problem(fieldLine, field, "given twice");
                }
            }
            in.endObject();
            return read;
        }

        /** When the event was added or changed: a UTC time to the second, not after today. */
        private Instant timestamp(int at, String field) throws IOException {
            String text = string(at, null, -1, field);
            if (text == null) {
                return null;
            }
            String wrong = EventRules.timestamp(text, today);
            if (wrong != null) {
                problem(at, field, wrong);
                return null;
            }
            return EventRules.parseTimestamp(text);
        }

        /** Checks the dates against their precision and each other; returns the start, or null. */
        private LocalDate checkDates() {
            if (precision == null || dateText == null) {
                return null; // the missing or unknown precision is reported already
            }
            LocalDate start = parseDate("date", dateText, dateLine);
            if (endDateText != null) {
                LocalDate end = parseDate("endDate", endDateText, endDateLine);
                if (start != null && end != null && end.isBefore(start)) {
                    problem(endDateLine, "endDate", EventRules.endDate(endDateText, dateText));
                }
            }
            return start;
        }

        private LocalDate parseDate(String field, String text, int at) {
            try {
                LocalDate d = precision.parseFirstDay(text);
                String wrong = EventRules.day(d, text, today);
                if (wrong != null) {
                    problem(at, field, wrong);
                    return null;
                }
                return d;
            } catch (DateTimeException e) {
                problem(at, field, EventRules.unreadableDate(text, precision, e));
                return null;
            }
        }

        /** The group a faction left is named only by formations, and never also as the new group's perpetrator. */
        private void checkSplitFrom() {
            if (category != null) {
                check(splitFromLine, "splitFrom", EventRules.splitFromCategory(category));
            }
            if (perpetrators != null) {
                for (String group : splitFrom) {
                    check(splitFromLine, "splitFrom", EventRules.splitFromGroup(group, perpetrators));
                }
            }
        }

        private void checkCategory() {
            int known = subtype == null ? -1 : Category.subtypeIndex(subtype);
            if (known >= 0) {
                subtype = Category.allSubtypes().get(known); // the shared constant: the store finds it at once
            }
            if (category != null && subtype != null) {
                check(subtypeLine, "subtype", EventRules.subtype(category, subtype));
            }
        }

        private List<Place> places(int at) throws IOException {
            if (!expectArray(at, "places")) {
                return null;
            }
            List<Place> out = new ArrayList<>(2);
            in.beginArray();
            int index = 0;
            while (in.hasNext()) {
                Place p = place(index++);
                if (p != null) {
                    out.add(p);
                }
            }
            in.endArray();
            if (index == 0) {
                problem(at, "places", "at least one place is required");
            }
            return out;
        }

        private Place place(int index) throws IOException {
            int at = line();
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problem(at, path("places", index, null), "expected an object, found " + describe(in.peek()));
                in.skipValue();
                return null;
            }
            String name = null;
            String country = null;
            double lat = Double.NaN;
            double lon = Double.NaN;
            PlacePrecision placePrecision = null;
            int before = problemCount();
            int fields = 0;
            in.beginObject();
            while (in.hasNext()) {
                int fieldLine = line();
                String f = in.nextName();
                int field = PLACE_NAMES.indexOf(f);
                switch (field) {
                    case 0 -> {
                        name = string(fieldLine, "places", index, f);
                        if (name != null) {
                            check(fieldLine, path("places", index, f), EventRules.notBlank(name));
                        }
                    }
                    case 1 -> {
                        country = string(fieldLine, "places", index, f);
                        if (country != null) {
                            check(fieldLine, path("places", index, f), EventRules.country(country));
                        }
                    }
                    case 2 -> {
                        lat = coordinate(fieldLine, index, f);
                        if (!Double.isNaN(lat)) {
                            check(fieldLine, path("places", index, f), EventRules.latitude(lat));
                        }
                    }
                    case 3 -> {
                        lon = coordinate(fieldLine, index, f);
                        if (!Double.isNaN(lon)) {
                            check(fieldLine, path("places", index, f), EventRules.longitude(lon));
                        }
                    }
                    case 4 -> {
                        String p = string(fieldLine, "places", index, f);
                        if (p != null) {
                            placePrecision = PlacePrecision.fromId(p).orElse(null);
                            if (placePrecision == null) {
                                problem(fieldLine, path("places", index, f), "\"" + p
                                        + "\" is not one of site, town, region, country");
                            }
                        }
                    }
                    default -> {
                        problem(fieldLine, path("places", index, f),
                                "unknown field (a place has name, country, lat, lon, precision)");
                        in.skipValue();
                    }
                }
                fields = markSeen(fields, field, fieldLine, "places", index, f);
            }
            in.endObject();
            reportMissing(fields, PLACE_FIELDS, at, "places", index);
            return problemCount() > before ? null : new Place(name, country, lat, lon, placePrecision);
        }

        /** A number, or NaN after reporting what else is there. */
        private double coordinate(int at, int index, String f) throws IOException {
            if (in.peek() != JsonToken.NUMBER) {
                problem(at, path("places", index, f), "expected a number, found " + describe(in.peek()));
                in.skipValue();
                return Double.NaN;
            }
            return in.nextDouble();
        }

        private List<String> actors(int at, String field) throws IOException {
            List<String> names = stringList(at, field);
            if (names != null) {
                for (String n : names) {
                    check(at, field, EventRules.actor(n, knownActors));
                }
            }
            return names;
        }

        private List<String> states(int at) throws IOException {
            List<String> codes = stringList(at, "states");
            if (codes != null) {
                for (String c : codes) {
                    check(at, "states", EventRules.country(c));
                }
            }
            return codes;
        }

        private List<String> stringList(int at, String field) throws IOException {
            if (!expectArray(at, field)) {
                return null;
            }
            List<String> out = new ArrayList<>(2);
            in.beginArray();
            int index = 0;
            while (in.hasNext()) {
                String s = string(at, field, index++, null);
                if (s != null) {
                    out.add(s);
                }
            }
            in.endArray();
            return out;
        }

        private Count count(int at, String field) throws IOException {
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
                return Count.UNKNOWN;
            }
            if (t == JsonToken.NUMBER) {
                int n = nonNegativeInt(at, field);
                return n < 0 ? null : Count.exact(n);
            }
            if (t == JsonToken.BEGIN_OBJECT) {
                int min = -1;
                int max = -1;
                in.beginObject();
                while (in.hasNext()) {
                    int fieldLine = line();
                    String f = in.nextName();
                    switch (f) {
                        case "min" -> min = nonNegativeInt(fieldLine, field + ".min");
                        case "max" -> max = nonNegativeInt(fieldLine, field + ".max");
                        default -> {
                            problem(fieldLine, field + "." + f, "unknown field (a range has min and max)");
                            in.skipValue();
                        }
                    }
                }
                in.endObject();
                if (min < 0 || max < 0) {
                    problem(at, field, "a range needs both min and max, whole numbers from 0");
                    return null;
                }
                if (max < min) {
                    problem(at, field, "range max " + max + " is below min " + min);
                    return null;
                }
                return Count.range(min, max);
            }
            problem(at, field, "expected null (unknown), a number or {\"min\": a, \"max\": b}, found " + describe(t));
            in.skipValue();
            return null;
        }

        /** A whole number from 0, or -1 after reporting what is wrong. */
        private int nonNegativeInt(int at, String field) throws IOException {
            if (in.peek() != JsonToken.NUMBER) {
                problem(at, field, "expected a whole number, found " + describe(in.peek()));
                in.skipValue();
                return -1;
            }
            try {
                int n = in.nextInt();
                if (n < 0) {
                    problem(at, field, n + " is negative");
                    return -1;
                }
                return n;
            } catch (NumberFormatException e) {
                problem(at, field, "not a whole number");
                in.skipValue();
                return -1;
            }
        }

        private List<Source> sources(int at) throws IOException {
            if (!expectArray(at, "sources")) {
                return null;
            }
            List<Source> out = new ArrayList<>(2);
            in.beginArray();
            int index = 0;
            while (in.hasNext()) {
                Source s = source(index++);
                if (s != null) {
                    out.add(s);
                }
            }
            in.endArray();
            if (index == 0) {
                problem(at, "sources", "at least one source is required");
            }
            return out;
        }

        private Source source(int index) throws IOException {
            int at = line();
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                problem(at, path("sources", index, null), "expected an object, found " + describe(in.peek()));
                in.skipValue();
                return null;
            }
            int before = problemCount();
            String sourceTitle = null;
            String publisher = null;
            String date = null;
            String url = null;
            int fields = 0;
            in.beginObject();
            while (in.hasNext()) {
                int fieldLine = line();
                String f = in.nextName();
                int field = SOURCE_NAMES.indexOf(f);
                switch (field) {
                    case 0 -> {
                        sourceTitle = nonBlank(fieldLine, index, f);
                    }
                    case 1 -> {
                        publisher = nonBlank(fieldLine, index, f);
                    }
                    case 2 -> {
                        date = optionalString(fieldLine, path("sources", index, f));
                        if (date != null) {
                            check(fieldLine, path("sources", index, f), EventRules.sourceDate(date));
                        }
                    }
                    case 3 -> {
                        url = optionalString(fieldLine, path("sources", index, f));
                        if (url != null) {
                            check(fieldLine, path("sources", index, f), EventRules.url(url));
                        }
                    }
                    default -> {
                        problem(fieldLine, path("sources", index, f),
                                "unknown field (a source has title, publisher, date, url)");
                        in.skipValue();
                    }
                }
                fields = markSeen(fields, field, fieldLine, "sources", index, f);
            }
            in.endObject();
            reportMissing(fields, SOURCE_FIELDS, at, "sources", index);
            return problemCount() > before ? null : new Source(sourceTitle, publisher, date, url);
        }

        /** Records field bit {@code field} in {@code fields}, reporting a field given twice. */
        private int markSeen(int fields, int field, int at, String parent, int index, String name) {
            if (field < 0) {
                return fields;
            }
            if ((fields & bit(field)) != 0) {
                problem(at, path(parent, index, name), "given twice");
            }
            return fields | bit(field);
        }

        /** Reports each of {@code names} whose bit is not set in {@code present}. */
        private void reportMissing(int present, String[] names, int at, String parent, int index) {
            for (int i = 0; i < names.length; i++) {
                if ((present & bit(i)) == 0) {
                    problem(at, path(parent, index, names[i]), "missing");
                }
            }
        }

        private String nonBlank(int at, int index, String f) throws IOException {
            String s = string(at, "sources", index, f);
            String wrong = s == null ? null : EventRules.notBlank(s);
            if (wrong != null) {
                problem(at, path("sources", index, f), wrong);
                return null;
            }
            return s;
        }

        private boolean expectArray(int at, String field) throws IOException {
            if (in.peek() != JsonToken.BEGIN_ARRAY) {
                problem(at, field, "expected an array, found " + describe(in.peek()));
                in.skipValue();
                return false;
            }
            return true;
        }

        /**
         * A required string at {@code parent[index].name} (or {@code name} alone when parent is null, or
         * {@code parent[index]} when name is null): reports and returns null for anything else.
         */
        private String string(int at, String parent, int index, String name) throws IOException {
            JsonToken t = in.peek();
            if (t != JsonToken.STRING) {
                problem(at, parent == null ? name : path(parent, index, name), "expected a string, found "
                        + describe(t));
                in.skipValue();
                return null;
            }
            return in.nextString();
        }

        private String optionalString(int at, String field) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return string(at, null, -1, field);
        }

        private int problemCount() {
            return problems == null ? 0 : problems.size();
        }

        /** Reports what a rule found wrong, if anything. */
        private void check(int at, String field, String wrong) {
            if (wrong != null) {
                problem(at, field, wrong);
            }
        }

        private void problem(int at, String field, String message) {
            if (problems == null) {
                problems = new ArrayList<>(4);
            }
            problems.add(new Problem(file, at, id, field, message));
        }

        /** The file line the reader is at, or the event's first line when lines are not tracked. */
        private int line() {
            if (!trackLines) {
                return firstLine;
            }
            // Gson tells its position only through toString().
            int line = gsonLine(in.toString());
            return line > 0 ? firstLine + line - 1 : firstLine;
        }
    }

    /** The line Gson names in a reader's description or an exception's message ("at line 3 column 7"), or -1. */
    static int gsonLine(String text) {
        Matcher m = READER_LOCATION.matcher(String.valueOf(text));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** {@code places[1].lat}, {@code places[1]} or {@code perpetrators[0]}: a path for a message. */
    private static String path(String parent, int index, String name) {
        String element = parent + "[" + index + "]";
        return name == null ? element : element + "." + name;
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

    /** Gson's messages end with a link to its troubleshooting page and its own position; drop both. */
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

}
