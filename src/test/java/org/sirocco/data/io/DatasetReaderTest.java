package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.i18n.Language;

/** One test per kind of problem a curator can make, each checking the message names file, line, event and field. */
class DatasetReaderTest {

    private static final String FILE = "events.json";
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    /** Where {@link #file} puts the first event's opening brace. */
    private static final int FIRST_EVENT_LINE = 5;
    private final DatasetReader reader = new DatasetReader(Set.of("AQIM", "BCIJ", "IS"), TODAY, 50_000);

    /** A valid event, one field per line, as curators write them. Line 1 is its opening brace. */
    static String event(String id) {
        return """
                {
                  "id": "%s",
                  "date": "2016-09-07",
                  "datePrecision": "day",
                  "category": "dismantling",
                  "subtype": "cell_dismantled",
                  "title": "IS-linked cell dismantled in Oujda",
                  "summary": "Police dismantled a cell. Its members were arrested.",
                  "places": [
                    {"name": "Oujda", "country": "MA", "lat": 34.6814, "lon": -1.9086, "precision": "town"}
                  ],
                  "perpetrators": ["IS"],
                  "states": ["MA"],
                  "agencies": ["BCIJ"],
                  "killed": null,
                  "injured": null,
                  "arrested": 3,
                  "sources": [
                    {"title": "Pre-emptive measures", "publisher": "The Arab Weekly", "date": "2016-09-18",
                     "url": "https://thearabweekly.com/pre-emptive-measures"}
                  ],
                  "confidence": "high"
                }""".formatted(id);
    }

    /** The file around some events; the first event starts on line 5. */
    static String file(String... events) {
        return "{\n  \"schemaVersion\": 1,\n  \"name\": \"Test events\",\n  \"events\": [\n"
                + String.join(",\n", events) + "\n  ]\n}\n";
    }

    private LoadResult read(String text) {
        return reader.read(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private LoadResult readWithOneEvent(UnaryOperator<String> edit) {
        return read(file(edit.apply(event("ma-2016-09-oujda-cell"))));
    }

    /** Line in the file of the first line containing {@code text}. */
    private static int lineOf(String fileText, String text) {
        String[] lines = fileText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private static Problem onlyProblem(LoadResult r) {
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        return r.problems().get(0);
    }

    /** Checks that the edit makes the event invalid, with one problem on the line holding {@code lineText}. */
    private void assertRejected(UnaryOperator<String> edit, String field, String messagePart, String lineText) {
        String text = file(edit.apply(event("ma-2016-09-oujda-cell")));
        LoadResult r = read(text);
        Problem p = onlyProblem(r);
        assertEquals(FILE, p.file());
        assertEquals(field, p.field());
        assertTrue(p.message().contains(messagePart), () -> "message: " + p.message());
        int expectedLine = lineText == null ? FIRST_EVENT_LINE : lineOf(text, lineText);
        assertEquals(expectedLine, p.line(), () -> "line of " + p);
        assertEquals(0, r.dataset().store().size(), "the invalid event is left out");
        assertEquals(1, r.eventsInFile());
    }

    @Test
    void aValidEventLoadsWithAllItsFields() {
        LoadResult r = read(file(event("ma-2016-09-oujda-cell")));
        assertTrue(r.isClean(), () -> r.problems().toString());
        assertEquals("Test events", r.dataset().name());
        Event e = r.dataset().store().event(0);
        assertEquals("ma-2016-09-oujda-cell", e.id());
        assertEquals(LocalDate.of(2016, 9, 7), e.start());
        assertEquals(Category.DISMANTLING, e.category());
        assertEquals(Count.exact(3), e.arrested());
        assertFalse(e.killed().isKnown());
        assertEquals("Oujda", e.primaryPlace().name());
        assertEquals("The Arab Weekly", e.sources().get(0).publisher());
    }

    @Test
    void problemsReadAsFileLineEventFieldMessage() {
        String text = file(event("ma-2016-09-oujda-cell").replace("\"lat\": 34.6814", "\"lat\": 95"));
        Problem p = onlyProblem(read(text));
        assertEquals("events.json:" + lineOf(text, "\"lat\": 95")
                + ": event ma-2016-09-oujda-cell: places[0].lat: 95.0 is not a latitude (-90.0 to 90.0)", p.toString());
    }

    @Test
    void titlesInOtherLanguagesLoad() {
        String arabic = "\u062e\u0644\u064a\u0629 \u0641\u064a \u0648\u062c\u062f\u0629";
        LoadResult r = readWithOneEvent(e -> e.replace("\"summary\"",
                "\"titles\": {\"fr\": \"Cellule démantelée à Oujda\", \"ar\": \"" + arabic + "\"},\n  \"summary\""));
        assertTrue(r.isClean(), () -> r.problems().toString());
        assertEquals("Cellule démantelée à Oujda", r.dataset().store().event(0).title(Language.FRENCH));
        assertEquals(arabic, r.dataset().store().event(0).title(Language.ARABIC));
    }

    @Test
    void aTitleInALanguageSiroccoDoesNotSpeakIsReported() {
        assertRejected(e -> e.replace("\"summary\"",
                "\"titles\": {\"es\": \"Célula desmantelada\"},\n  \"summary\""),
                "titles.es", "not a language of Sirocco", "\"titles\"");
    }

    @Test
    void anEmptyTranslatedTitleIsReported() {
        assertRejected(e -> e.replace("\"summary\"", "\"titles\": {\"fr\": \" \"},\n  \"summary\""),
                "titles.fr", "empty", "\"titles\"");
    }

    @Test
    void titlesMustBeAnObject() {
        assertRejected(e -> e.replace("\"summary\"", "\"titles\": [\"Cellule\"],\n  \"summary\""),
                "titles", "expected an object", "\"titles\"");
    }

    @Test
    void unknownFieldsAreReported() {
        assertRejected(e -> e.replace("\"confidence\": \"high\"", "\"confidence\": \"high\",\n  \"victims\": 4"),
                "victims", "unknown field", "\"victims\"");
    }

    @Test
    void aFieldGivenTwiceIsReported() {
        assertRejected(e -> e.replace("\"confidence\": \"high\"", "\"confidence\": \"high\",\n  \"title\": \"Again\""),
                "title", "given twice", "\"Again\"");
    }

    @Test
    void missingRequiredFieldsAreReported() {
        assertRejected(e -> e.replace("  \"summary\": \"Police dismantled a cell. Its members were arrested.\",\n", ""),
                "summary", "missing", null);
    }

    @Test
    void duplicateIdsKeepTheFirstEventAndReportTheSecond() {
        String text = file(event("ma-dup"), event("ma-dup"));
        LoadResult r = read(text);
        Problem p = onlyProblem(r);
        assertEquals("id", p.field());
        assertTrue(p.message().contains("duplicate id: already used by the event on line " + FIRST_EVENT_LINE), p.message());
        assertEquals(1, r.dataset().store().size());
    }

    @Test
    void aFileReadInParallelRunsReportsDuplicatesWithinAndAcrossRunsAndKeepsTheRest(@TempDir Path dir)
            throws IOException {
        int count = 9_000; // over 4 MB: read in parallel runs of 2,048 events
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = i == 10 ? "ev-3" : i == 5_000 ? "ev-4" : "ev-" + i; // same run, and two runs apart
            events.add(event(id).replace("2016-09-07", LocalDate.of(2010, 1, 1).plusDays(i % 97).toString()));
        }
        events.set(4_500, events.get(4_500).replace("\"dismantling\"", "\"picnic\""));
        Path path = dir.resolve("large.json");
        Files.writeString(path, file(events.toArray(new String[0])));
        assertTrue(Files.size(path) > 4 << 20, "large enough to be read in parallel");
        LoadResult r = new DatasetReader(Set.of("AQIM", "BCIJ", "IS"), TODAY, 1_000).read(path);

        int linesPerEvent = (int) event("x").lines().count();
        List<String> reported = r.problems().stream().map(p -> p.line() + " " + p.eventId() + " " + p.field()).toList();
        assertEquals(List.of(
                (FIRST_EVENT_LINE + 10 * linesPerEvent) + " ev-3 id",
                (FIRST_EVENT_LINE + 4_500 * linesPerEvent + 4) + " ev-4500 category",
                (FIRST_EVENT_LINE + 5_000 * linesPerEvent) + " ev-4 id"), reported);
        assertTrue(r.problems().get(2).message().endsWith("on line " + (FIRST_EVENT_LINE + 4 * linesPerEvent)));
        EventStore store = r.dataset().store();
        assertEquals(count - 3, store.size());
        assertFalse(store.detailsInMemory(), "over the limit, details are read back from the file");
        assertEquals("ev-8999", store.event(store.indexOf("ev-8999")).id());
        assertEquals(-1, store.indexOf("ev-4500"));
        for (int i = 1; i < store.size(); i++) {
            assertTrue(store.startDay(i - 1) <= store.startDay(i));
        }
    }

    @Test
    void malformedIdsAreReported() {
        assertRejected(e -> e.replace("\"ma-2016-09-oujda-cell\"", "\"MA 2016 Oujda\""), "id", "not a valid id",
                "\"MA 2016 Oujda\"");
    }

    @Test
    void impossibleDatesAreReported() {
        assertRejected(e -> e.replace("2016-09-07", "2021-02-30"), "date", "not a real calendar date", "2021-02-30");
    }

    @Test
    void aDateMustBeWrittenToItsPrecision() {
        assertRejected(e -> e.replace("\"datePrecision\": \"day\"", "\"datePrecision\": \"month\""), "date",
                "expected the form YYYY-MM", "\"date\"");
    }

    @Test
    void monthAndYearPrecisionsCoverTheirWholePeriod() {
        LoadResult r = readWithOneEvent(e -> e.replace("\"2016-09-07\"", "\"2016-09\"")
                .replace("\"datePrecision\": \"day\"", "\"datePrecision\": \"month\""));
        assertTrue(r.isClean(), () -> r.problems().toString());
        EventStore s = r.dataset().store();
        assertEquals(DatePrecision.MONTH, s.precision(0));
        assertEquals(LocalDate.of(2016, 9, 1), s.event(0).start());
        assertEquals(LocalDate.of(2016, 9, 30), s.event(0).end());
    }

    @Test
    void anEndBeforeItsStartIsReported() {
        assertRejected(e -> e.replace("\"datePrecision\": \"day\",", "\"datePrecision\": \"day\",\n  \"endDate\": \"2016-09-01\","),
                "endDate", "is before the start date", "\"endDate\"");
    }

    @Test
    void datesInTheFutureAreReported() {
        assertRejected(e -> e.replace("2016-09-07", "2031-01-01"), "date", "in the future", "2031-01-01");
    }

    @Test
    void unknownDatePrecisionsAreReported() {
        assertRejected(e -> e.replace("\"datePrecision\": \"day\"", "\"datePrecision\": \"week\""), "datePrecision",
                "not one of day, month, year", "\"week\"");
    }

    @Test
    void latitudesOutOfRangeAreReported() {
        assertRejected(e -> e.replace("\"lat\": 34.6814", "\"lat\": -134.6"), "places[0].lat", "not a latitude",
                "-134.6");
    }

    @Test
    void coordinatesFarOutsideTheRegionAreReported() {
        // longitude and latitude swapped: a classic hand-editing slip
        assertRejected(e -> e.replace("\"lon\": -1.9086", "\"lon\": 134.68"), "places[0].lon",
                "far outside the region", "134.68");
    }

    @Test
    void unknownCategoriesAreReported() {
        assertRejected(e -> e.replace("\"category\": \"dismantling\"", "\"category\": \"riot\""), "category",
                "unknown category \"riot\"", "\"riot\"");
    }

    @Test
    void subtypesMustBelongToTheirCategory() {
        assertRejected(e -> e.replace("\"cell_dismantled\"", "\"ambush\""), "subtype",
                "\"ambush\" is not a subtype of dismantling", "\"ambush\"");
    }

    @Test
    void unknownCountryCodesAreReported() {
        assertRejected(e -> e.replace("\"country\": \"MA\"", "\"country\": \"MOR\""), "places[0].country",
                "not an ISO 3166-1 alpha-2", "\"MOR\"");
    }

    @Test
    void unknownStatesAreReported() {
        assertRejected(e -> e.replace("\"states\": [\"MA\"]", "\"states\": [\"XX\"]"), "states",
                "\"XX\" is not an ISO", "\"XX\"");
    }

    @Test
    void anEventWithoutSourcesIsReported() {
        String noSources = event("ma-2016-09-oujda-cell").replaceAll("(?s)\"sources\": \\[.*?\\n  \\]", "\"sources\": []");
        String text = file(noSources);
        Problem p = onlyProblem(read(text));
        assertEquals("sources", p.field());
        assertTrue(p.message().contains("at least one source"));
    }

    @Test
    void sourceAddressesMustBeWebAddresses() {
        assertRejected(e -> e.replace("https://thearabweekly.com/pre-emptive-measures", "thearabweekly.com/page"),
                "sources[0].url", "not an http:// or https:// address", "thearabweekly.com/page");
    }

    @Test
    void countsMustBeNullANumberOrARange() {
        assertRejected(e -> e.replace("\"arrested\": 3", "\"arrested\": \"three\""), "arrested",
                "expected null (unknown), a number", "\"three\"");
        assertRejected(e -> e.replace("\"arrested\": 3", "\"arrested\": -2"), "arrested", "negative",
                "\"arrested\": -2");
        assertRejected(e -> e.replace("\"killed\": null", "\"killed\": {\"min\": 40, \"max\": 37}"), "killed",
                "range max 37 is below min 40", "\"killed\"");
    }

    @Test
    void rangesRecordSourcesThatDisagree() {
        LoadResult r = readWithOneEvent(e -> e.replace("\"killed\": null", "\"killed\": {\"min\": 37, \"max\": 40}"));
        assertTrue(r.isClean());
        assertEquals(Count.range(37, 40), r.dataset().store().event(0).killed());
        assertEquals(40, r.dataset().store().killedMax(0));
    }

    @Test
    void unknownActorsAreReported() {
        assertRejected(e -> e.replace("\"perpetrators\": [\"IS\"]", "\"perpetrators\": [\"ISIS\"]"), "perpetrators",
                "unknown actor \"ISIS\"", "\"ISIS\"");
    }

    /** The test event made a split away from AQIM: a formation whose new group is IS. */
    private static String split(String event) {
        return event.replace("\"category\": \"dismantling\"", "\"category\": \"formation\"")
                .replace("\"subtype\": \"cell_dismantled\"", "\"subtype\": \"split\"")
                .replace("\"perpetrators\": [\"IS\"],", "\"perpetrators\": [\"IS\"],\n  \"splitFrom\": [\"AQIM\"],");
    }

    @Test
    void aSplitNamesTheGroupLeftApartFromItsPerpetrators() {
        LoadResult r = readWithOneEvent(DatasetReaderTest::split);
        assertTrue(r.isClean(), () -> r.problems().toString());
        Event e = r.dataset().store().event(0);
        assertEquals(List.of("AQIM"), e.splitFrom());
        assertEquals(List.of("IS"), e.perpetrators());
        assertEquals(List.of(), read(file(event("ma-2016-09-oujda-cell"))).dataset().store().event(0).splitFrom(),
                "an event without the field split from no group");
    }

    @Test
    void aSplitFromAnUnknownGroupIsReported() {
        assertRejected(e -> split(e).replace("[\"AQIM\"]", "[\"AQMI\"]"), "splitFrom", "unknown actor \"AQMI\"",
                "\"splitFrom\"");
    }

    @Test
    void onlyFormationsSplitFromAGroup() {
        assertRejected(e -> split(e).replace("\"category\": \"formation\"", "\"category\": \"attack\"")
                .replace("\"subtype\": \"split\"", "\"subtype\": \"bombing\""), "splitFrom",
                "only a formation event", "\"splitFrom\"");
    }

    @Test
    void theGroupLeftIsNotAlsoAPerpetrator() {
        assertRejected(e -> split(e).replace("\"perpetrators\": [\"IS\"]", "\"perpetrators\": [\"IS\", \"AQIM\"]"),
                "splitFrom", "\"AQIM\" is also a perpetrator", "\"splitFrom\"");
    }

    @Test
    void everyProblemOfAnEventIsReportedAtOnce() {
        String text = file(event("ma-2016-09-oujda-cell").replace("2016-09-07", "2016-13-07")
                .replace("\"lat\": 34.6814", "\"lat\": 99").replace("\"category\": \"dismantling\"", "\"category\": \"x\""));
        LoadResult r = read(text);
        assertEquals(3, r.problems().size(), () -> r.problems().toString());
        assertTrue(r.problems().stream().allMatch(p -> "ma-2016-09-oujda-cell".equals(p.eventId())));
    }

    @Test
    void problemsInSeveralEventsAreAllReportedAndTheValidEventsKept() {
        String text = file(event("a-1"), event("b-2").replace("\"lat\": 34.6814", "\"lat\": 99"), event("c-3"),
                event("d-4").replace("\"confidence\": \"high\"", "\"confidence\": \"sure\""));
        LoadResult r = read(text);
        assertEquals(2, r.problems().size());
        assertEquals(2, r.dataset().store().size());
        assertEquals(2, r.rejectedEvents());
        assertTrue(r.problems().get(0).line() < r.problems().get(1).line(), "problems in file order");
    }

    @Test
    void brokenJsonInsideAnEventLeavesTheOtherEventsReadable() {
        String text = file(event("a-1"), event("b-2").replace("\"title\": \"IS-linked", "\"title\": IS-linked"),
                event("c-3"));
        LoadResult r = read(text);
        Problem p = onlyProblem(r);
        assertTrue(p.message().startsWith("broken JSON"), p.message());
        assertEquals(2, r.dataset().store().size());
        assertEquals(1, r.rejectedEvents());
        assertFalse(r.cutShort());
    }

    @Test
    void aTruncatedFileReportsWhereItBreaksAndKeepsTheEventsBefore() {
        String full = file(event("a-1"), event("b-2"));
        String truncated = full.substring(0, full.indexOf("\"b-2\"") + 20);
        LoadResult r = read(truncated);
        assertFalse(r.isClean());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("broken JSON")), r.problems()::toString);
        assertEquals(1, r.dataset().store().size());
        assertEquals(2, r.eventsInFile(), "the event cut in two was in the file");
        assertEquals(1, r.rejectedEvents(), "and it is lost");
        assertTrue(r.cutShort());
    }

    @Test
    void aFileCutBetweenTwoEventsIsCutShortThoughEveryEventFoundWasRead() {
        String full = file(event("a-1"), event("b-2"));
        LoadResult r = read(full.substring(0, full.lastIndexOf('{', full.indexOf("\"b-2\""))));
        assertEquals(1, r.dataset().store().size());
        assertEquals(1, r.eventsInFile());
        assertTrue(r.cutShort(), "nobody can tell how many events followed");
    }

    @Test
    void aMissingCommaBetweenEventsIsReportedOnItsLine() {
        String text = file(event("a-1") + "\n" + event("b-2"));
        LoadResult r = read(text);
        Problem p = r.problems().get(0);
        assertTrue(p.message().contains("expected ',' or ']'"), p.message());
        assertEquals(lineOf(text, "\"b-2\"") - 1, p.line());
    }

    @Test
    void trailingCommasAndCommentsAreNotJson() {
        LoadResult r = read(file(event("a-1").replace("\"confidence\": \"high\"", "\"confidence\": \"high\",")));
        assertTrue(onlyProblem(r).message().startsWith("broken JSON"));
        LoadResult c = read(file(event("a-1").replace("\"confidence\": \"high\"", "\"confidence\": \"high\" // sure")));
        assertFalse(c.isClean());
    }

    @Test
    void deeplyNestedValuesAreRefusedRatherThanExhaustingTheStack() {
        String deep = "[".repeat(40) + "]".repeat(40);
        LoadResult r = readWithOneEvent(e -> e.replace("\"killed\": null", "\"killed\": " + deep));
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals("broken JSON: Nesting limit 16 reached")),
                r.problems()::toString);
        assertEquals(0, r.dataset().store().size());
    }

    @Test
    void topLevelProblemsAreReported() {
        LoadResult version = read(file(event("a-1")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 7"));
        assertTrue(onlyProblem(version).message().contains("version 7 is not supported"));
        LoadResult extra = read(file(event("a-1")).replace("\"name\": \"Test events\"",
                "\"name\": \"Test events\",\n  \"author\": \"me\""));
        assertEquals("author", onlyProblem(extra).field());
        LoadResult notObject = read("[1, 2]");
        assertTrue(onlyProblem(notObject).message().contains("one JSON object"));
        assertEquals(0, notObject.dataset().store().size());
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        LoadResult r = reader.read(dir.resolve("nowhere.json"));
        assertEquals("no such file", onlyProblem(r).message());
        assertEquals(0, r.dataset().store().size());
    }

    @Test
    void largeFilesKeepDetailsOnDiskAndReadThemBack(@TempDir Path dir) throws IOException {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event("ev-" + i).replace("2016-09-07", LocalDate.of(2010, 1, 1).plusDays(40 - i).toString()));
        }
        Path path = dir.resolve("big.json");
        Files.writeString(path, file(events.toArray(new String[0])));
        DatasetReader small = new DatasetReader(Set.of("AQIM", "BCIJ", "IS"), TODAY, 10);
        LoadResult r = small.read(path);
        assertTrue(r.isClean(), r.problems()::toString);
        EventStore s = r.dataset().store();
        assertEquals(40, s.size());
        assertEquals("ev-39", s.event(0).id(), "sorted by date, details read back from the file");
        assertEquals("ev-0", s.event(39).id());
        assertEquals(17, s.indexOf("ev-22"));
        assertNull(s.event(3).notes());
    }

    @Test
    void whenAnEventWasAddedAndLastChangedIsReadAndChecked() {
        LoadResult ok = readWithOneEvent(e -> e.replace("\"confidence\": \"high\"", "\"confidence\": \"high\",\n"
                + "  \"added\": \"2024-05-01T08:00:00Z\",\n  \"changed\": \"2024-06-02T17:45:09Z\""));
        assertTrue(ok.isClean(), ok.problems()::toString);
        Event e = ok.dataset().store().event(0);
        assertEquals(Instant.parse("2024-05-01T08:00:00Z"), e.added());
        assertEquals(Instant.parse("2024-06-02T17:45:09Z"), e.changed());

        LoadResult local = readWithOneEvent(e2 -> e2.replace("\"confidence\": \"high\"",
                "\"confidence\": \"high\", \"added\": \"2024-05-01 08:00\""));
        assertEquals("added", onlyProblem(local).field());
        assertTrue(onlyProblem(local).message().contains("YYYY-MM-DDThh:mm:ssZ"), onlyProblem(local).message());

        LoadResult backwards = readWithOneEvent(e2 -> e2.replace("\"confidence\": \"high\"",
                "\"confidence\": \"high\", \"added\": \"2024-05-01T08:00:00Z\", \"changed\": \"2024-04-01T08:00:00Z\""));
        assertEquals("changed", onlyProblem(backwards).field());
        assertTrue(onlyProblem(backwards).message().contains("before the event was added"));

        LoadResult future = readWithOneEvent(e2 -> e2.replace("\"confidence\": \"high\"",
                "\"confidence\": \"high\", \"changed\": \"2027-01-01T00:00:00Z\""));
        assertTrue(onlyProblem(future).message().endsWith("is in the future"));
    }

    @Test
    void versionTwoAndThreeFilesOpenAsVersionOneFilesDo() {
        LoadResult two = read(file(event("a-1")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        assertTrue(two.isClean(), two.problems()::toString);
        LoadResult three = read(file(event("a-1")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"));
        assertTrue(three.isClean(), three.problems()::toString);
        LoadResult four = read(file(event("a-1")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 4"));
        assertTrue(onlyProblem(four).message().contains("reads versions 1 to 3"), onlyProblem(four).message());
    }
}
