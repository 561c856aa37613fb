package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.FileKind;
import org.sirocco.exchange.io.CsvRows;

/**
 * ACLED's CSV exports in every layout found in the wild, matched by column names in any case: the current one (since
 * March 2023), the 2019–2023 one (with data_id and iso3), the older uppercase Africa layouts (GWNO, ALLY_ACTOR_1),
 * and the Humanitarian Data Exchange copies with a row of #tags under the header. The date form is found from the
 * file's own dates and checked against its year column. docs/import-mapping.md gives the mapping.
 */
final class AcledDriver implements ImportDriver {

    static final String PUBLISHER = "ACLED";
    static final String HOME = "https://acleddata.com/";
    /** Dates looked at to find the file's date form. */
    private static final int DATE_SAMPLE = 1_000;
    private static final String[] REQUIRED = {"event_date", "event_type", "latitude", "longitude"};
    private static final Pattern STATE_FORCES = Pattern.compile(
            "^(?:Military|Police|Gendarmerie|Government|Security|Naval|Air) Forces of (.+?)(?: \\(.*\\))?$");

    @Override
    public ImportFormat format() {
        return ImportFormat.ACLED;
    }

    @Override
    public boolean identifies(FileHead head) {
        return head.kind() == FileKind.ACLED_CSV;
    }

    @Override
    public ImportReader open(Path file, ImportSettings settings, ImportContext context) throws IOException {
        return new Reader(file, context);
    }

    /** The role an ACLED interaction code gives an actor. */
    private enum Role { STATE, ARMED, NONE }

    private static final class Reader extends CsvImportReader {
        private final ImportContext context;
        private final ActorNames actors;
        private Header h;
        private DateForm form;
        private final Map<String, Integer> unmapped = new TreeMap<>();
        private final Map<String, String> mapped = new TreeMap<>();
        private int id;
        private int idNoCountry;
        private int date;
        private int year;
        private int timePrecision;
        private int eventType;
        private int subEventType;
        private int[] actor;
        private int[] assoc;
        private int[] inter;
        private int country;
        private int iso3;
        private int admin1;
        private int location;
        private int lat;
        private int lon;
        private int geoPrecision;
        private int source;
        private int notes;
        private int fatalities;
        private int timestamp;
        private int disorder;

        Reader(Path file, ImportContext context) throws IOException {
            super(file);
            this.context = context;
            this.actors = new ActorNames(context.catalog());
        }

        @Override
        public void read(ImportSink sink) throws IOException {
            h = header("ACLED", REQUIRED);
            locateColumns();
            List<CsvRows.Row> head = new ArrayList<>();
            for (CsvRows.Row r; head.size() < DATE_SAMPLE && (r = rows.next()) != null; ) {
                if (head.isEmpty() && Header.isHxlTags(r)) {
                    continue;
                }
                head.add(r);
            }
            List<String> dates = head.stream().map(r -> r.field(date)).filter(s -> !s.isBlank()).toList();
            form = DateForm.detect(dates);
            describe();
            for (CsvRows.Row r : head) {
                if (sink.stopRequested()) {
                    return;
                }
                row(r, sink);
            }
            for (CsvRows.Row r; !sink.stopRequested() && (r = rows.next()) != null; ) {
                row(r, sink);
            }
            describe();
        }

        private void locateColumns() {
            id = h.of("event_id_cnty");
            idNoCountry = h.of("event_id_no_cnty", "data_id");
            date = h.of("event_date");
            year = h.of("year");
            timePrecision = h.of("time_precision");
            eventType = h.of("event_type");
            subEventType = h.of("sub_event_type");
            actor = new int[] {h.of("actor1"), h.of("actor2")};
            assoc = new int[] {h.of("assoc_actor_1", "ally_actor_1"), h.of("assoc_actor_2", "ally_actor_2")};
            inter = new int[] {h.of("inter1"), h.of("inter2")};
            country = h.of("country");
            iso3 = h.of("iso3");
            admin1 = h.of("admin1");
            location = h.of("location");
            lat = h.of("latitude");
            lon = h.of("longitude");
            geoPrecision = h.of("geo_precision");
            source = h.of("source");
            notes = h.of("notes");
            fatalities = h.of("fatalities");
            timestamp = h.of("timestamp");
            disorder = h.of("disorder_type");
        }

        private String layout() {
            if (h.has("disorder_type") || h.has("civilian_targeting")) {
                return "ACLED, current layout (since March 2023)";
            }
            if (h.has("data_id") || h.has("iso3")) {
                return "ACLED, 2019\u20132023 layout";
            }
            if (h.has("gwno")) {
                return "ACLED, older Africa layout";
            }
            return "ACLED columns";
        }

        private void describe() {
            List<String[]> map = new ArrayList<>();
            mapped.forEach((type, target) -> map.add(new String[] {type, target}));
            unmapped.forEach((type, n) -> map.add(new String[] {type, "skipped: no Sirocco category (" + n + ")"}));
            description = new FileDescription(layout(), form == null ? null : form.example(), h.names(), map);
        }

        private void row(CsvRows.Row r, ImportSink sink) {
            int line = r.line();
            String originalId = id >= 0 ? r.field(id) : "";
            if (originalId.isBlank() && idNoCountry >= 0 && !r.field(idNoCountry).isBlank()) {
                originalId = r.field(idNoCountry);
            }
            if (originalId.isBlank()) {
                sink.skipped(line, SkipReason.UNREADABLE, "event_id_cnty", "empty: the record has no ACLED id");
                return;
            }
            EventDraft d = new EventDraft();
            d.id = EventDraft.id("acled", originalId);
            if (!date(r, d, sink)) {
                return;
            }
            Role[] roles = {role(r, 0), role(r, 1)};
            String type = r.field(eventType);
            String subType = subEventType >= 0 ? r.field(subEventType) : "";
            AcledTypes.Target target = AcledTypes.of(type, subType, roles[0] == Role.STATE);
            String typeName = subType.isBlank() ? type : type + " / " + subType;
            if (target == null) {
                unmapped.merge(typeName, 1, Integer::sum);
                sink.skipped(line, SkipReason.NO_CATEGORY, null, null);
                return;
            }
            mapped.putIfAbsent(typeName, target.category().id() + " / " + target.subtype());
            d.category = target.category();
            d.subtype = target.subtype();
            if (!place(r, d, sink)) {
                return;
            }
            for (int k = 0; k < 2; k++) {
                actors(r, k, roles[k], d, sink);
            }
            d.killed = killed(r, d);
            String locationName = d.places.get(0).name();
            d.title = (subType.isBlank() ? type : subType) + " in " + locationName;
            d.summary = notes >= 0 ? r.field(notes) : null;
            String sources = source >= 0 ? r.field(source).strip() : "";
            if (!sources.isEmpty()) {
                d.note("ACLED's sources: " + sources + ".");
            }
            if (disorder >= 0 && !r.field(disorder).isBlank()) {
                d.note("ACLED disorder type: " + r.field(disorder).strip() + ".");
            }
            d.sources.add(new Source("ACLED event " + originalId.strip(), PUBLISHER, timestampDate(r), HOME));
            sink.event(line, d.build());
        }

        private boolean date(CsvRows.Row r, EventDraft d, ImportSink sink) {
            String text = r.field(date);
            LocalDate day;
            try {
                day = form == null ? null : form.parse(text, context.today());
            } catch (DateTimeException e) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "event_date", "\"" + text
                        + "\" is not a real calendar date");
                return false;
            }
            if (day == null) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "event_date", "\"" + text + "\" is not written like the "
                        + "file's other dates" + (form == null ? "" : " (" + form.example() + ")"));
                return false;
            }
            String yearText = year >= 0 ? r.field(year).strip() : "";
            if (!yearText.isEmpty()) {
                int y;
                try {
                    y = Integer.parseInt(yearText);
                } catch (NumberFormatException e) {
                    sink.skipped(r.line(), SkipReason.UNREADABLE, "year", "\"" + yearText + "\" is not a year");
                    return false;
                }
                if (form.twoDigitYear() && y % 100 == day.getYear() % 100) {
                    day = day.withYear(y); // the year column gives the century a two-digit year leaves open
                } else if (y != day.getYear()) {
                    sink.skipped(r.line(), SkipReason.UNREADABLE, "event_date", "\"" + text
                            + "\" does not agree with the year column, " + y);
                    return false;
                }
            }
            d.start = day;
            switch (timePrecision >= 0 ? r.field(timePrecision).strip() : "") {
                case "2" -> d.note("ACLED gives the day only to within a week (time_precision 2).");
                case "3" -> {
                    d.precision = DatePrecision.MONTH;
                    d.note("ACLED dates this event to the month (time_precision 3).");
                }
                default -> d.precision = DatePrecision.DAY;
            }
            return true;
        }

        private boolean place(CsvRows.Row r, EventDraft d, ImportSink sink) {
            double la;
            double lo;
            try {
                la = Double.parseDouble(r.field(lat).strip());
                lo = Double.parseDouble(r.field(lon).strip());
            } catch (NumberFormatException e) {
                boolean badLat = !r.field(lat).strip().matches("-?\\d+(\\.\\d+)?");
                sink.skipped(r.line(), SkipReason.UNREADABLE, badLat ? "latitude" : "longitude", "\""
                        + r.field(badLat ? lat : lon) + "\" is not a number");
                return false;
            }
            if (!DatasetReader.inRegion(la, lo)) {
                sink.skipped(r.line(), SkipReason.OUTSIDE_REGION, "latitude", String.format(Locale.ROOT,
                        "%.4f, %.4f lies outside the region Sirocco maps (about 10°S to 60°N, 30°W to 45°E)", la, lo));
                return false;
            }
            String iso = Countries.code(country >= 0 ? r.field(country) : null);
            if (iso == null && iso3 >= 0) {
                iso = Countries.code(r.field(iso3));
            }
            if (iso == null) {
                iso = context.countries().countryAt(la, lo);
            }
            if (iso == null) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "country", "\"" + (country >= 0 ? r.field(country) : "")
                        + "\" is no country Sirocco knows, and the point is not in one");
                return false;
            }
            String name = firstNonBlank(r.field(location), r.field(admin1), country >= 0 ? r.field(country) : iso);
            PlacePrecision precision = PlacePrecision.TOWN;
            switch (geoPrecision >= 0 ? r.field(geoPrecision).strip() : "") {
                case "2" -> {
                    precision = PlacePrecision.REGION;
                    d.note("ACLED places it near " + name + ", within its district (geo_precision 2).");
                }
                case "3" -> {
                    precision = PlacePrecision.REGION;
                    d.note("ACLED places it only in the wider region of " + name + " (geo_precision 3).");
                }
                default -> {
                    // 1: the town itself
                }
            }
            d.places.add(new Place(name, iso, la, lo, precision));
            return true;
        }

        private Role role(CsvRows.Row r, int k) {
            String code = inter[k] >= 0 ? r.field(inter[k]).strip().toLowerCase(Locale.ROOT) : "";
            return switch (code) {
                case "1", "8", "state forces", "external/other forces" -> Role.STATE;
                case "2", "3", "4", "rebel group", "political militia", "identity militia" -> Role.ARMED;
                case "5", "6", "7", "rioters", "protesters", "civilians" -> Role.NONE;
                default -> STATE_FORCES.matcher(r.field(actor[k]).strip()).matches() ? Role.STATE : Role.ARMED;
            };
        }

        /** An ACLED actor and its associates: state forces are agencies, armed groups perpetrators. */
        private void actors(CsvRows.Row r, int k, Role role, EventDraft d, ImportSink sink) {
            if (role == Role.NONE || actor[k] < 0) {
                return;
            }
            List<String> names = new ArrayList<>();
            names.add(r.field(actor[k]));
            if (assoc[k] >= 0) {
                names.addAll(List.of(r.field(assoc[k]).split(";")));
            }
            String interName = inter[k] >= 0 ? r.field(inter[k]).strip() : "";
            String coded = interName.isEmpty() ? "" : " (interaction code " + interName + ")";
            for (String raw : names) {
                String name = raw.strip();
                if (name.isEmpty()) {
                    continue;
                }
                String kind = role == Role.STATE ? "force" : "group";
                String resolved = actors.resolve(name, kind, "Named by ACLED" + coded + "; imported with its events, "
                        + "not described in Sirocco's glossary.", sink);
                if (role == Role.STATE) {
                    d.addAgency(resolved);
                    Matcher m = STATE_FORCES.matcher(name);
                    if (m.matches()) {
                        d.addState(Countries.code(m.group(1)));
                    }
                } else {
                    d.addPerpetrator(resolved);
                }
            }
        }

        private Count killed(CsvRows.Row r, EventDraft d) {
            String text = fatalities >= 0 ? r.field(fatalities).strip() : "";
            int n;
            try {
                n = text.isEmpty() ? 0 : Integer.parseInt(text);
            } catch (NumberFormatException e) {
                d.note("ACLED's fatalities \"" + text + "\" is not a number; the toll is left unknown.");
                return Count.UNKNOWN;
            }
            if (n > 0) {
                return Count.exact(n);
            }
            int inNotes = FatalityNotes.killed(notes >= 0 ? r.field(notes) : null);
            if (inNotes < 0) {
                d.note("ACLED records 0 fatalities when its sources give no figure: the toll is unknown.");
                return Count.UNKNOWN;
            }
            d.note("ACLED records 0 fatalities; the toll is the one its notes give.");
            return Count.exact(inNotes);
        }

        private String timestampDate(CsvRows.Row r) {
            String text = timestamp >= 0 ? r.field(timestamp).strip() : "";
            if (!isUnixSeconds(text)) {
                return null;
            }
            return Instant.ofEpochSecond(Long.parseLong(text)).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
    }

    /** Nine to eleven ASCII digits: a Unix time in seconds, as ACLED's timestamp column gives it. */
    static boolean isUnixSeconds(String text) {
        if (text.length() < 9 || text.length() > 11) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
