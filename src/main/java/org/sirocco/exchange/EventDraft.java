package org.sirocco.exchange;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;
import org.sirocco.data.io.DatasetReader;

/**
 * An event being put together from an imported record, field by field. It only shapes what the record says into
 * an {@link Event}; whether the event is valid is for the dataset reader's rules to say, afterwards.
 */
final class EventDraft {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    String id;
    LocalDate start;
    LocalDate end;
    DatePrecision precision = DatePrecision.DAY;
    Category category;
    String subtype;
    String title;
    String summary;
    final List<Place> places = new ArrayList<>(1);
    final List<String> perpetrators = new ArrayList<>(2);
    final List<String> states = new ArrayList<>(1);
    final List<String> agencies = new ArrayList<>(1);
    Count killed = Count.UNKNOWN;
    Count injured = Count.UNKNOWN;
    Count arrested = Count.UNKNOWN;
    final List<Source> sources = new ArrayList<>(1);
    Confidence confidence = Confidence.MEDIUM;
    private final List<String> notes = new ArrayList<>(2);

    /** Adds a sentence to the event's notes: what the import kept, changed or could not say. */
    void note(String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            notes.add(sentence.strip());
        }
    }

    void addPerpetrator(String name) {
        if (!perpetrators.contains(name)) {
            perpetrators.add(name);
        }
    }

    void addAgency(String name) {
        if (!agencies.contains(name)) {
            agencies.add(name);
        }
    }

    void addState(String iso) {
        if (iso != null && !states.contains(iso)) {
            states.add(iso);
        }
    }

    /** The event: dates to the first and last day of their period, the title cut to the length allowed. */
    Event build() {
        LocalDate first = firstDay(start);
        LocalDate last = precision.lastDay(end == null ? first : firstDay(end));
        String shortTitle = shorten(title, DatasetReader.MAX_TITLE_LENGTH);
        String text = summary == null || summary.isBlank() ? shortTitle : summary.strip();
        return new Event(id, first, last, precision, end != null, category, subtype, shortTitle, text, places,
                perpetrators, states, agencies, killed, injured, arrested, sources, confidence,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** The first day of the period of this precision that holds {@code day}. */
    private LocalDate firstDay(LocalDate day) {
        return switch (precision) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** {@code text} cut at a word to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!isSingleSpaced(t)) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }

    /** Whether the only white space in {@code text} is single spaces: what most titles are, and need no regex. */
    private static boolean isSingleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** An event id from an imported record's own id: {@code acled-mli1234}, {@code gtd-201501010001}. */
    static String id(String prefix, String originalId) {
        if (isPlainId(originalId)) {
            return prefix + "-" + originalId.toLowerCase(Locale.ROOT); // most ids: letters and digits only
        }
        String folded = EDGE_HYPHENS.matcher(NOT_ID.matcher(MARKS.matcher(Normalizer.normalize(originalId,
                Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return folded.isEmpty() ? prefix : prefix + "-" + folded;
    }

    /** ASCII letters and digits only, as most records' ids are. */
    private static boolean isPlainId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !id.isEmpty();
    }
}
