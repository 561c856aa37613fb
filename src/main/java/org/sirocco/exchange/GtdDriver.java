package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.FileKind;
import org.sirocco.exchange.io.CsvRows;

/**
 * The Global Terrorism Database's CSV export (its 135 columns, or any subset with the required ones), in
 * Windows-1252 as published or re-saved as UTF-8 with a byte-order mark. A month or day of 0 is unknown, and so are
 * a blank toll and the codes -9 and -99. docs/import-mapping.md gives the mapping.
 */
final class GtdDriver implements ImportDriver {

    static final String PUBLISHER = "Global Terrorism Database";
    static final String INCIDENT = "https://www.start.umd.edu/gtd/search/IncidentSummary.aspx?gtdid=";
    private static final String[] REQUIRED = {"eventid", "iyear", "imonth", "iday", "latitude", "longitude"};

    /** GTD's attack types (attacktype1), 1 to 9, as attack subtypes. */
    static final String[] ATTACK_SUBTYPES = {null, "assassination", "armed_assault", "bombing", "hostage_taking",
        "hostage_taking", "kidnapping", "armed_assault", "armed_assault", "armed_assault"};
    static final String[] ATTACK_NAMES = {null, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
        "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
        "Unarmed Assault", "Unknown"};

    @Override
    public ImportFormat format() {
        return ImportFormat.GTD;
    }

    @Override
    public boolean identifies(FileHead head) {
        return head.kind() == FileKind.GTD_CSV;
    }

    @Override
    public ImportReader open(Path file, ImportSettings settings, ImportContext context) throws IOException {
        return new Reader(file, context);
    }

    private static final class Reader extends CsvImportReader {
        private final ImportContext context;
        private final ActorNames actors;
        private final Map<String, String> mapped = new TreeMap<>();
        private Header h;

        Reader(Path file, ImportContext context) throws IOException {
            super(file);
            this.context = context;
            this.actors = new ActorNames(context.catalog());
        }

        @Override
        public void read(ImportSink sink) throws IOException {
            h = header("GTD", REQUIRED);
            describe();
            for (CsvRows.Row r; !sink.stopRequested() && (r = rows.next()) != null; ) {
                row(r, sink);
            }
            describe();
        }

        private void describe() {
            String layout = h.names().size() >= 135 ? "Global Terrorism Database, full layout"
                    : "Global Terrorism Database, " + h.names().size() + " of its columns";
            List<String[]> map = new ArrayList<>();
            mapped.forEach((type, target) -> map.add(new String[] {type, target}));
            description = new FileDescription(layout + " (" + rows.charset().displayName()
                    + (rows.hasByteOrderMark() ? ", byte-order mark" : "") + ")", "iyear, imonth, iday",
                    h.names(), map);
        }

        private String cell(CsvRows.Row r, String column) {
            return r.field(h.of(column)).strip();
        }

        private void row(CsvRows.Row r, ImportSink sink) {
            int line = r.line();
            String eventId = cell(r, "eventid");
            if (eventId.isEmpty()) {
                sink.skipped(line, SkipReason.UNREADABLE, "eventid", "empty: the record has no GTD id");
                return;
            }
            EventDraft d = new EventDraft();
            d.id = EventDraft.id("gtd", eventId);
            if (!dates(r, d, sink)) {
                return;
            }
            int attack = attackType(r);
            String attackName = attack > 0 ? ATTACK_NAMES[attack] : firstNonBlank(cell(r, "attacktype1_txt"),
                    "Attack");
            d.category = Category.ATTACK;
            d.subtype = attack > 0 ? ATTACK_SUBTYPES[attack] : "armed_assault";
            if (attack == 3 && cell(r, "suicide").equals("1")) {
                d.subtype = "suicide_bombing";
            }
            if (attack == 9 || attack <= 0) {
                d.note("The GTD does not know the type of attack.");
            }
            mapped.putIfAbsent(attackName + (d.subtype.equals("suicide_bombing") ? " (suicide)" : ""),
                    "attack / " + d.subtype);
            if (!place(r, d, sink)) {
                return;
            }
            String group = cell(r, "gname");
            if (!group.isEmpty() && !group.equalsIgnoreCase("Unknown")) {
                d.addPerpetrator(actors.resolve(group, "group", "Named by the Global Terrorism Database as the "
                        + "perpetrator group; imported with its events, not described in Sirocco's glossary.", sink));
            }
            d.killed = count(cell(r, "nkill"));
            d.injured = count(cell(r, "nwound"));
            d.title = attackName + " in " + d.places.get(0).name();
            d.summary = cell(r, "summary");
            String target = cell(r, "targtype1_txt");
            String weapon = cell(r, "weaptype1_txt");
            if (!target.isEmpty() || !weapon.isEmpty()) {
                d.note("GTD target: " + firstNonBlank(target, "unknown") + "; weapon: " + firstNonBlank(weapon,
                        "unknown") + ".");
            }
            List<String> cited = new ArrayList<>();
            for (String c : new String[] {"scite1", "scite2", "scite3"}) {
                if (!cell(r, c).isEmpty()) {
                    cited.add(cell(r, c));
                }
            }
            if (!cited.isEmpty()) {
                d.note("Sources the GTD cites: " + String.join(" ", cited));
            }
            if (cell(r, "doubtterr").equals("1")) {
                d.confidence = Confidence.LOW;
                d.note("The GTD doubts that this was terrorism (doubtterr 1).");
            }
            d.sources.add(new Source("GTD incident " + eventId, PUBLISHER, null, INCIDENT + eventId));
            sink.event(line, d.build());
        }

        private boolean dates(CsvRows.Row r, EventDraft d, ImportSink sink) {
            int year;
            int month;
            int day;
            try {
                year = Integer.parseInt(cell(r, "iyear"));
                month = Integer.parseInt(cell(r, "imonth"));
                day = Integer.parseInt(cell(r, "iday"));
            } catch (NumberFormatException e) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "iyear", "iyear, imonth and iday must be numbers (\""
                        + cell(r, "iyear") + "\", \"" + cell(r, "imonth") + "\", \"" + cell(r, "iday") + "\")");
                return false;
            }
            try {
                d.start = LocalDate.of(year, Math.max(1, month), Math.max(1, day));
            } catch (DateTimeException e) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "iday", year + "-" + month + "-" + day
                        + " is not a real calendar date");
                return false;
            }
            d.precision = month == 0 ? DatePrecision.YEAR : day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
            if (d.precision != DatePrecision.DAY) {
                d.note("The GTD does not know the " + (month == 0 ? "month" : "day") + ".");
            }
            String approx = cell(r, "approxdate");
            if (!approx.isEmpty()) {
                d.note("The GTD's approximate date: " + approx + ".");
            }
            String resolution = cell(r, "resolution");
            if (cell(r, "extended").equals("1") && !resolution.isEmpty()) {
                LocalDate end = null;
                try {
                    end = DateForm.MONTH_DAY_YEAR_SLASH.parse(resolution, context.today());
                } catch (DateTimeException e) {
                    // reported below
                }
                if (end == null) {
                    sink.warning(r.line(), "resolution", "\"" + resolution + "\" is not a date M/D/YYYY; the "
                            + "event is given its start date only");
                } else {
                    d.end = end;
                }
            }
            return true;
        }

        private boolean place(CsvRows.Row r, EventDraft d, ImportSink sink) {
            String specificity = cell(r, "specificity");
            String latText = cell(r, "latitude");
            String lonText = cell(r, "longitude");
            if (specificity.equals("5") || latText.isEmpty() || lonText.isEmpty()) {
                sink.skipped(r.line(), SkipReason.NO_COORDINATES, "specificity", specificity.equals("5")
                        ? "specificity 5: the GTD gives no coordinates for this incident" : "no coordinates");
                return false;
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(latText);
                lon = Double.parseDouble(lonText);
            } catch (NumberFormatException e) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "latitude", "\"" + latText + "\", \"" + lonText
                        + "\" are not coordinates");
                return false;
            }
            if (!DatasetReader.inRegion(lat, lon)) {
                sink.skipped(r.line(), SkipReason.OUTSIDE_REGION, "latitude", String.format(Locale.ROOT,
                        "%.4f, %.4f lies outside the region Sirocco maps (about 10°S to 60°N, 30°W to 45°E)", lat,
                        lon));
                return false;
            }
            String iso = Countries.code(cell(r, "country_txt"));
            if (iso == null) {
                iso = context.countries().countryAt(lat, lon);
            }
            if (iso == null) {
                sink.skipped(r.line(), SkipReason.UNREADABLE, "country_txt", "\"" + cell(r, "country_txt")
                        + "\" is no country Sirocco knows, and the point is not in one");
                return false;
            }
            String city = cell(r, "city");
            String name = firstNonBlank(city.equalsIgnoreCase("unknown") ? "" : city, cell(r, "provstate"),
                    cell(r, "country_txt"), iso);
            PlacePrecision precision = specificity.equals("1") || specificity.isEmpty() ? PlacePrecision.TOWN
                    : PlacePrecision.REGION;
            if (precision == PlacePrecision.REGION) {
                d.note("The GTD places it at the centre of the area it names (specificity " + specificity + ").");
            }
            d.places.add(new Place(name, iso, lat, lon, precision));
            return true;
        }

        private int attackType(CsvRows.Row r) {
            String code = cell(r, "attacktype1");
            if (code.length() == 1 && code.charAt(0) >= '1' && code.charAt(0) <= '9') {
                return code.charAt(0) - '0';
            }
            String text = cell(r, "attacktype1_txt");
            for (int i = 1; i < ATTACK_NAMES.length; i++) {
                if (ATTACK_NAMES[i].equalsIgnoreCase(text)) {
                    return i;
                }
            }
            return -1;
        }

        /** A GTD count: blank, -9 and -99 are unknown; "2.0" is 2. */
        private static Count count(String text) {
            if (text.isEmpty()) {
                return Count.UNKNOWN;
            }
            try {
                double n = Double.parseDouble(text);
                return n >= 0 && n == Math.rint(n) && n < Integer.MAX_VALUE ? Count.exact((int) n) : Count.UNKNOWN;
            } catch (NumberFormatException e) {
                return Count.UNKNOWN;
            }
        }
    }
}
