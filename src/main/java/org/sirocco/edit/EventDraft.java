package org.sirocco.edit;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.io.EventCheck;
import org.sirocco.data.io.Problem;
import org.sirocco.i18n.Language;

/**
 * An event as the editor holds it while it is written: every field as typed, checked as a whole by the loader's own
 * rules ({@link EventCheck}) so that the editor can never save what the loader would refuse. Problems come back by
 * field path ({@code date}, {@code places[0].lat}, {@code sources}), for the editor to show each at its field.
 */
public final class EventDraft {

    /** A place as typed. */
    public static final class PlaceDraft {
        public String name = "";
        public String country = "";
        public String lat = "";
        public String lon = "";
        public PlacePrecision precision = PlacePrecision.TOWN;
    }

    /** A source as typed; a blank date is none. */
    public static final class SourceDraft {
        public String title = "";
        public String publisher = "";
        public String date = "";
        public String url = "";
    }

    /** A count as typed: unknown, a number, or a range from {@code low} to {@code high}. */
    public static final class CountDraft {
        public enum Kind { UNKNOWN, NUMBER, RANGE }

        public Kind kind = Kind.UNKNOWN;
        public String low = "";
        public String high = "";

        void set(Count c) {
            kind = !c.isKnown() ? Kind.UNKNOWN : c.isRange() ? Kind.RANGE : Kind.NUMBER;
            low = c.isKnown() ? Integer.toString(c.min()) : "";
            high = c.isRange() ? Integer.toString(c.max()) : "";
        }
    }

    /** The id; for a new event, made from the first place's country, the date and the title until it is saved. */
    public String id = "";
    public final boolean isNew;
    public String date = "";
    public DatePrecision precision = DatePrecision.DAY;
    public String endDate = "";
    public Category category = Category.ATTACK;
    public String subtype = Category.ATTACK.subtypes().get(0);
    public String title = "";
    /** The title in French and in Arabic as typed; blank or absent for none. */
    public final Map<Language, String> titles = new EnumMap<>(Language.class);
    public String summary = "";
    public final List<PlaceDraft> places = new ArrayList<>();
    public final List<String> perpetrators = new ArrayList<>();
    public final List<String> splitFrom = new ArrayList<>();
    public final List<String> states = new ArrayList<>();
    public final List<String> agencies = new ArrayList<>();
    public final CountDraft killed = new CountDraft();
    public final CountDraft injured = new CountDraft();
    public final CountDraft arrested = new CountDraft();
    public final List<SourceDraft> sources = new ArrayList<>();
    public Confidence confidence = Confidence.MEDIUM;
    public String notes = "";
    /** When the event entered the dataset; null until it is saved the first time. */
    private final Instant added;

    private EventDraft(boolean isNew, Instant added) {
        this.isNew = isNew;
        this.added = added;
    }

    /** A new, empty event: one place and one source to fill in. */
    public static EventDraft blank() {
        EventDraft d = new EventDraft(true, null);
        d.places.add(new PlaceDraft());
        d.sources.add(new SourceDraft());
        return d;
    }

    /** An existing event, to correct: its id never changes. */
    public static EventDraft of(Event e) {
        EventDraft d = new EventDraft(false, e.added());
        d.fill(e);
        d.id = e.id();
        return d;
    }

    /** A new event starting as a copy of {@code e}, with an id of its own. */
    public static EventDraft copyOf(Event e) {
        EventDraft d = new EventDraft(true, null);
        d.fill(e);
        return d;
    }

    private void fill(Event e) {
        date = e.precision().format(e.start());
        precision = e.precision();
        endDate = e.hasEndDate() ? e.precision().format(e.end()) : "";
        category = e.category();
        subtype = e.subtype();
        title = e.title();
        titles.putAll(e.titles());
        summary = e.summary();
        for (Place p : e.places()) {
            PlaceDraft pd = new PlaceDraft();
            pd.name = p.name();
            pd.country = p.country();
            pd.lat = Double.toString(p.lat());
            pd.lon = Double.toString(p.lon());
            pd.precision = p.precision();
            places.add(pd);
        }
        perpetrators.addAll(e.perpetrators());
        splitFrom.addAll(e.splitFrom());
        states.addAll(e.states());
        agencies.addAll(e.agencies());
        killed.set(e.killed());
        injured.set(e.injured());
        arrested.set(e.arrested());
        for (Source s : e.sources()) {
            SourceDraft sd = new SourceDraft();
            sd.title = s.title();
            sd.publisher = s.publisher();
            sd.date = s.date() == null ? "" : s.date();
            sd.url = s.url();
            sources.add(sd);
        }
        confidence = e.confidence();
        notes = e.notes() == null ? "" : e.notes();
    }

    /** The outcome of a check: the event when nothing is wrong, and the problems by field path. */
    public record Checked(Event event, Map<String, List<String>> problems) {
        public boolean isValid() {
            return event != null;
        }
    }

    /**
     * Checks the draft by the loader's rules. A new event's id is made first ({@link #makeId}), unique among
     * {@code taken}.
     */
    public Checked check(Set<String> knownActors, LocalDate today, Predicate<String> taken) {
        if (isNew) {
            id = makeId(taken);
        }
        EventCheck.Result r = EventCheck.check(fields(), "editor", knownActors, today);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Problem p : r.problems()) {
            byField.computeIfAbsent(p.field() == null ? "" : p.field(), k -> new ArrayList<>()).add(p.message());
        }
        return new Checked(r.event(), byField);
    }

    /** The event to save: as checked, stamped with when it was added and changed. */
    public Event stamped(Event checked, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        return checked.withHistory(added != null ? added : at, at);
    }

    /** The fields as the event's JSON has them, values as typed where they are not what the schema wants. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("date", date.strip());
        f.put("datePrecision", precision.id());
        if (!endDate.isBlank()) {
            f.put("endDate", endDate.strip());
        }
        f.put("category", category.id());
        f.put("subtype", subtype);
        f.put("title", title.strip());
        Map<String, Object> other = new LinkedHashMap<>();
        titles.forEach((language, t) -> {
            if (!t.isBlank()) {
                other.put(language.tag(), t.strip());
            }
        });
        if (!other.isEmpty()) {
            f.put("titles", other);
        }
        f.put("summary", summary.strip());
        List<Object> ps = new ArrayList<>();
        for (PlaceDraft p : places) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name.strip());
            pm.put("country", p.country.strip().toUpperCase(Locale.ROOT));
            pm.put("lat", number(p.lat));
            pm.put("lon", number(p.lon));
            pm.put("precision", p.precision.id());
            ps.add(pm);
        }
        f.put("places", ps);
        f.put("perpetrators", List.copyOf(perpetrators));
        if (!splitFrom.isEmpty()) {
            f.put("splitFrom", List.copyOf(splitFrom));
        }
        f.put("states", List.copyOf(states));
        f.put("agencies", List.copyOf(agencies));
        f.put("killed", count(killed));
        f.put("injured", count(injured));
        f.put("arrested", count(arrested));
        List<Object> ss = new ArrayList<>();
        for (SourceDraft s : sources) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("title", s.title.strip());
            sm.put("publisher", s.publisher.strip());
            sm.put("date", s.date.isBlank() ? null : s.date.strip());
            sm.put("url", s.url.strip());
            ss.add(sm);
        }
        f.put("sources", ss);
        f.put("confidence", confidence.id());
        if (!notes.isBlank()) {
            f.put("notes", notes.strip());
        }
        return f;
    }

    /** A number when the text is one; else the text itself, which the rules report as not a number. */
    private static Object number(String text) {
        String t = text.strip().replace(',', '.');
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static Object count(CountDraft c) {
        return switch (c.kind) {
            case UNKNOWN -> null;
            case NUMBER -> whole(c.low);
            case RANGE -> {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("min", whole(c.low));
                range.put("max", whole(c.high));
                yield range;
            }
        };
    }

    private static Object whole(String text) {
        String t = text.strip();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    /**
     * The schema's id for a new event: {@code <country>-<yyyy>-<mm>-<slug of the title>} ({@code <yyyy>} alone for a
     * date known to the year), with a number after it when taken.
     */
    String makeId(Predicate<String> taken) {
        String country = places.isEmpty() ? "" : places.get(0).country.strip().toLowerCase(Locale.ROOT);
        String d = date.strip();
        String when = d.length() >= 7 && precision != DatePrecision.YEAR ? d.substring(0, 4) + "-" + d.substring(5, 7)
                : d.length() >= 4 ? d.substring(0, 4) : "";
        String base = slug(String.join(" ", country, when, slug(title)));
        if (base.isEmpty()) {
            base = "event";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Lowercase ASCII words joined by single hyphens, at most nine words of the text. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        if (ascii.isEmpty()) {
            return "";
        }
        String[] words = ascii.split(" ");
        return String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 9)));
    }
}
