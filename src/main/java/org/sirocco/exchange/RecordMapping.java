package org.sirocco.exchange;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.io.DatasetReader;

/**
 * Maps a record of a file with no fixed layout (a GeoJSON feature, a KML placemark, a row of a plain table) to an
 * event, field by field through {@link ColumnRole}s. What the record cannot give (a category, a source address)
 * comes from the user's choices or is said in the event's notes.
 */
final class RecordMapping {

    /** A toll given as a range where sources disagree: "19-21", or "19–21" as Sirocco writes it. */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,6})\\s*[-\u2013]\\s*(\\d{1,6})");

    private final String fileName;
    private final String idPrefix;
    private final ImportSettings settings;
    private final ImportContext context;

    /** @param idPrefix what ids of the file's events begin with ({@code kml}, {@code geojson}, {@code csv}) */
    RecordMapping(String fileName, String idPrefix, ImportSettings settings, ImportContext context) {
        this.fileName = fileName;
        this.idPrefix = idPrefix;
        this.settings = settings;
        this.context = context;
    }

    /**
     * Maps one record.
     *
     * @param points    its points, each {lon, lat}
     * @param value     the record's value for a role, or null
     * @param startText its start as the format gives it outside {@code value} (a KML TimeStamp), or null
     * @param endText   its end likewise, or null
     */
    void map(int line, List<double[]> points, Function<ColumnRole, Object> value, String startText, String endText,
            ImportSink sink) {
        if (points.isEmpty()) {
            sink.skipped(line, SkipReason.NO_COORDINATES, null, "no point: only records with coordinates become "
                    + "events");
            return;
        }
        for (double[] p : points) {
            if (!DatasetReader.inRegion(p[1], p[0])) {
                sink.skipped(line, SkipReason.OUTSIDE_REGION, column(ColumnRole.LATITUDE), String.format(Locale.ROOT,
                        "%.4f, %.4f lies outside the region Sirocco maps (about 10°S to 60°N, 30°W to 45°E)", p[1],
                        p[0]));
                return;
            }
        }
        EventDraft d = new EventDraft();
        if (!dates(line, d, startText != null ? startText : text(value, ColumnRole.DATE),
                endText != null ? endText : text(value, ColumnRole.END_DATE), sink)) {
            return;
        }
        if (!category(line, d, text(value, ColumnRole.CATEGORY), text(value, ColumnRole.SUBTYPE), sink)) {
            return;
        }
        String title = text(value, ColumnRole.TITLE);
        String placeName = text(value, ColumnRole.PLACE);
        String recordId = text(value, ColumnRole.ID);
        d.id = recordId != null ? EventDraft.id(idPrefix, recordId)
                : EventDraft.id(idPrefix, baseName() + "-" + line);
        d.title = title != null ? title : placeName != null ? placeName : d.category.id() + " " + d.id;
        d.summary = plainText(text(value, ColumnRole.SUMMARY));
        String countryText = text(value, ColumnRole.COUNTRY);
        for (int i = 0; i < points.size(); i++) {
            double lon = points.get(i)[0];
            double lat = points.get(i)[1];
            String country = Countries.code(countryText);
            if (country == null) {
                country = context.countries().countryAt(lat, lon);
            }
            if (country == null) {
                sink.skipped(line, SkipReason.UNREADABLE, column(ColumnRole.COUNTRY), String.format(Locale.ROOT,
                        "no country for %.4f, %.4f: the point is at sea or off the base map, and the record names "
                                + "none", lat, lon));
                return;
            }
            String name = i == 0 && placeName != null ? placeName
                    : String.format(Locale.ROOT, "%.4f, %.4f", lat, lon);
            d.places.add(new Place(name, country, lat, lon, PlacePrecision.TOWN));
        }
        d.killed = count(line, value, ColumnRole.KILLED, sink);
        d.injured = count(line, value, ColumnRole.INJURED, sink);
        String url = text(value, ColumnRole.URL);
        boolean web = url != null && (url.startsWith("http://") || url.startsWith("https://"));
        d.sources.add(new Source(title != null ? title : d.id, fileName, null, web ? url : null));
        d.confidence = Confidence.LOW;
        d.note("Imported from " + fileName + (recordId != null ? " (record " + recordId + ")" : "") + ".");
        sink.event(line, d.build());
    }

    private boolean dates(int line, EventDraft d, String start, String end, ImportSink sink) {
        if (start == null) {
            sink.skipped(line, SkipReason.UNREADABLE, column(ColumnRole.DATE), "no date (a date, start, time or "
                    + "timestamp, or a KML TimeStamp or TimeSpan)");
            return false;
        }
        try {
            DateText first = DateText.parse(start);
            if (first == null) {
                sink.skipped(line, SkipReason.UNREADABLE, column(ColumnRole.DATE), "\"" + start
                        + "\" is not a date Sirocco reads (2016-02-18, 2016-02, 2016, a date-time, 18/02/2016)");
                return false;
            }
            DateText last = end == null ? null : DateText.parse(end);
            if (end != null && last == null) {
                sink.warning(line, column(ColumnRole.END_DATE), "\"" + end + "\" is not a date Sirocco reads; "
                        + "the event is given its start date only");
            }
            d.start = first.day();
            d.precision = first.precision();
            if (last != null) {
                d.end = last.day();
                if (last.precision().ordinal() > d.precision.ordinal()) {
                    d.precision = last.precision(); // one precision for both ends: the coarser
                }
            }
            return true;
        } catch (DateTimeException e) {
            sink.skipped(line, SkipReason.UNREADABLE, column(ColumnRole.DATE), "\"" + start
                    + "\" is not a real calendar date");
            return false;
        }
    }

    private boolean category(int line, EventDraft d, String categoryText, String subtypeText, ImportSink sink) {
        Category c = categoryText == null ? null
                : Category.fromId(categoryText.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (c == null) {
            c = settings.category();
        }
        if (c == null) {
            sink.skipped(line, SkipReason.NO_CATEGORY, column(ColumnRole.CATEGORY), categoryText == null
                    ? "no category: pick one for the file's events" : "\"" + categoryText + "\" is no Sirocco "
                    + "category: pick one for the file's events");
            return false;
        }
        d.category = c;
        String subtype = subtypeText == null ? null : subtypeText.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        d.subtype = subtype != null && c.allowsSubtype(subtype) ? subtype
                : c == settings.category() ? settings.subtype() : c.subtypes().get(0);
        return true;
    }

    private Count count(int line, Function<ColumnRole, Object> value, ColumnRole role, ImportSink sink) {
        Object v = value.apply(role);
        if (v == null || v.toString().isBlank()) {
            return Count.UNKNOWN;
        }
        Matcher range = RANGE.matcher(v.toString().strip());
        if (range.matches()) {
            int min = Integer.parseInt(range.group(1));
            int max = Integer.parseInt(range.group(2));
            if (min <= max) {
                return Count.range(min, max);
            }
        }
        try {
            double n = v instanceof Number number ? number.doubleValue() : Double.parseDouble(v.toString().strip());
            if (n >= 0 && n == Math.rint(n) && n <= Integer.MAX_VALUE) {
                return Count.exact((int) n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        sink.warning(line, column(role), "\"" + v + "\" is not a number of people; the toll is left unknown");
        return Count.UNKNOWN;
    }

    private String column(ColumnRole role) {
        String chosen = settings.columns().get(role);
        return chosen != null ? chosen : role.commonNames().get(0);
    }

    private String baseName() {
        String name = fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String text(Function<ColumnRole, Object> value, ColumnRole role) {
        Object v = value.apply(role);
        if (v == null) {
            return null;
        }
        String s = v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                : v.toString();
        return s.isBlank() ? null : s.strip();
    }

    /** Text of an HTML description (KML balloons, GeoJSON from web maps): tags dropped, entities of markup read. */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n").replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        text = text.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n[\\s]*", "\n").strip();
        return text.isEmpty() ? null : text;
    }
}
