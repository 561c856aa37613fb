package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Actor;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;

/** ACLED exports in each layout, written from ACLED's published column lists, with the edges the wild has. */
class AcledImportTest {

    @TempDir
    Path dir;

    static final String CURRENT_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    private Path file(String name, String text, Charset charset) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(charset));
        return f;
    }

    private static ImportResult preview(Path file) throws IOException {
        ImportDriver driver = ImportDrivers.identify(file).orElseThrow();
        assertEquals(ImportFormat.ACLED, driver.format(), "recognised from the header");
        return new ImportJob(driver, file, ImportSettings.AUTOMATIC, Fixtures.context()).preview(1000);
    }

    private static Map<String, Event> byId(ImportResult r) {
        return r.sample().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    private static Problem problemOn(ImportResult r, int line) {
        return r.problems().stream().filter(p -> p.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no problem on line " + line + ": " + r.problems()));
    }

    @Test
    void theCurrentLayoutMapsTypesActorsPrecisionsAndTolls() throws IOException {
        Path f = file("acled.csv", CURRENT_HEADER + "\n"
                + "MLI1001,18 February 2016,2016,1,Political violence,Battles,Armed clash,"
                + "JNIM: Group for Support of Islam and Muslims,,Rebel group,Military Forces of Mali (2021-),"
                + "Police Forces of Mali (2021-),State forces,Rebel group-State forces,,466,Western Africa,Mali,Gao,"
                + "Gao,,Gao,16.2717,-0.0447,1,Le Monde; AFP,International,\"On 18 February 2016, JNIM militants "
                + "attacked an army post near Gao, killing 3 soldiers.\",3,,1618000000\n"
                + "MLI1002,20 February 2016,2016,2,Political violence,Explosions/Remote violence,"
                + "Remote explosive/landmine/IED,Katiba Serma,,Rebel group,Civilians (Mali),,Civilians,,Civilian "
                + "targeting,466,Western Africa,Mali,Mopti,Douentza,,Boni,15.05,-1.98,2,Studio Tamani,National,"
                + "An IED hit a civilian vehicle near Boni. No casualties reported.,0,,1618000000\n"
                + "MLI1003,21 February 2016,2016,3,Demonstrations,Protests,Peaceful protest,Protesters (Mali),,"
                + "Protesters,,,,,,466,Western Africa,Mali,Bamako,,,Bamako,12.65,-8.0,1,Maliweb,National,"
                + "Students marched.,0,,1618000000\n"
                + "MLI1004,22 February 2016,2016,3,Political violence,Violence against civilians,Attack,"
                + "Unidentified Armed Group (Mali),,Political militia,Civilians (Mali),,Civilians,,,466,Western Africa,"
                + "Mali,Segou,,,Ségou,13.45,-6.26,3,Studio Tamani,National,Gunmen attacked a village.,0,,1618000000\n",
                StandardCharsets.UTF_8);
        ImportResult r = preview(f);
        assertEquals("ACLED, current layout (since March 2023)", r.description().layout());
        assertEquals("18 February 2016", r.description().dateForm());
        assertEquals(4, r.records());
        assertEquals(3, r.imported(), r.problems()::toString);
        assertEquals(Map.of(SkipReason.NO_CATEGORY, 1L), r.skipped(), "the protest is counted, not dropped");
        assertTrue(r.description().mapping().stream().anyMatch(m -> m[0].equals("Protests / Peaceful protest")
                && m[1].contains("(1)")), "the preview's category mapping counts it");

        Map<String, Event> events = byId(r);
        Event clash = events.get("acled-mli1001");
        assertEquals(Category.ATTACK, clash.category());
        assertEquals("armed_assault", clash.subtype());
        assertEquals(LocalDate.of(2016, 2, 18), clash.start());
        assertEquals(List.of("JNIM"), clash.perpetrators(), "the glossary's name for JNIM");
        assertEquals(List.of("Military Forces of Mali (2021-)", "Police Forces of Mali (2021-)"), clash.agencies());
        assertEquals(List.of("ML"), clash.states());
        assertEquals(Count.exact(3), clash.killed());
        assertEquals("Armed clash in Gao", clash.title());
        assertEquals("ACLED", clash.sources().get(0).publisher());
        assertEquals("ACLED event MLI1001", clash.sources().get(0).title(), "the origin and its id");
        assertEquals("2021-04-09", clash.sources().get(0).date(), "the record's timestamp");
        assertTrue(clash.notes().contains("Le Monde; AFP"), clash.notes());

        Event ied = events.get("acled-mli1002");
        assertEquals("bombing", ied.subtype());
        assertEquals(Count.exact(0), ied.killed(), "the notes say no casualties");
        assertEquals(PlacePrecision.REGION, ied.primaryPlace().precision());
        assertTrue(ied.notes().contains("within a week"), "time_precision 2 is said in the notes: " + ied.notes());
        assertEquals(List.of("Katiba Serma"), ied.perpetrators());
        assertTrue(r.actors().contains(new Actor("Katiba Serma", "Katiba Serma", "group",
                "Named by ACLED (interaction code Rebel group); imported with its events, not described in "
                        + "Sirocco's glossary.")), "an actor the glossary lacks is added: " + r.actors());

        Event attack = events.get("acled-mli1004");
        assertEquals(Count.UNKNOWN, attack.killed(), "ACLED's 0 with nothing in the notes is unknown");
        assertEquals(DatePrecision.MONTH, attack.precision(), "time_precision 3 is a month");
        assertEquals("Ségou", attack.primaryPlace().name());
    }

    @Test
    void datesOutsideTheFilesFormYearsThatDisagreeAndPointsOutsideTheRegionAreReportedByLine() throws IOException {
        String row = ",2016,1,Political violence,Battles,Armed clash,Katiba Serma,,Rebel group,,,,,,466,Western "
                + "Africa,Mali,Gao,,,Gao,16.27,-0.04,1,S,National,n,1,,1618000000\n";
        Path f = file("acled.csv", CURRENT_HEADER + "\n"
                + "MLI1," + "18 February 2016" + row
                + "MLI2," + "2016-02-19" + row
                + "MLI3," + "19 February 2015" + row
                + "MLI4," + "31 February 2016" + row
                + "MDG5,20 February 2016,2016,1,Political violence,Battles,Armed clash,X,,Rebel group,,,,,,450,"
                + "Eastern Africa,Madagascar,A,,,Antananarivo,-18.9,47.5,1,S,National,n,1,,1618000000\n",
                StandardCharsets.UTF_8);
        ImportResult r = preview(f);
        assertEquals(1, r.imported());
        assertEquals(3L, r.skipped().get(SkipReason.UNREADABLE));
        assertEquals(1L, r.skipped().get(SkipReason.OUTSIDE_REGION));
        assertEquals("event_date", problemOn(r, 3).field());
        assertTrue(problemOn(r, 3).message().contains("not written like the file's other dates (18 February 2016)"));
        assertTrue(problemOn(r, 4).message().contains("does not agree with the year column, 2016"),
                problemOn(r, 4)::toString);
        assertTrue(problemOn(r, 5).message().contains("not a real calendar date"));
        assertTrue(problemOn(r, 6).message().contains("outside the region"));
        assertEquals(f + ":6: latitude: -18.9000, 47.5000 lies outside the region Sirocco maps (about 10°S to 60°N, "
                + "30°W to 45°E)", problemOn(r, 6).toString(), "file:line: column: what is wrong");
    }

    @Test
    void the2019LayoutWithNumericInteractionCodesAndHyphenatedMonthNames() throws IOException {
        Path f = file("acled-2019.csv", "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,"
                + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
                + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                + "notes,fatalities,timestamp,iso3\n"
                + "6612345,854,BFO201,201,18-February-2019,2019,1,Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Military Forces of Burkina Faso (2015-2022),,1,"
                + "AQIM: Al Qaeda in the Islamic Maghreb,,2,12,Western Africa,Burkina Faso,Sahel,Soum,,Djibo,14.1,"
                + "-1.63,1,Burkina24,National,Artillery hit positions; 4 militants were killed.,4,1552000000,BFA\n",
                StandardCharsets.UTF_8);
        ImportResult r = preview(f);
        assertEquals("ACLED, 2019\u20132023 layout", r.description().layout());
        assertEquals("18-February-2016", r.description().dateForm());
        Event e = r.sample().get(0);
        assertEquals(Category.OPERATION, e.category(), "state forces striking first: an operation");
        assertEquals("military_operation", e.subtype());
        assertEquals(List.of("AQIM"), e.perpetrators());
        assertEquals(List.of("BF"), e.states());
        assertEquals("BF", e.primaryPlace().country());
    }

    @Test
    void theOlderUppercaseAfricaLayoutWithSlashedDates() throws IOException {
        Path f = file("acled-africa.csv", "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,"
                + "EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,"
                + "ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES\n"
                + "432,432RTA1,1,18/02/2013,2013,1,Remote violence,Unidentified Armed Group (Mali),"
                + "MUJAO: Movement for Oneness and Jihad in West Africa,2,Civilians (Mali),,7,27,Mali,Gao,,,Gao,"
                + "16.27,-0.04,1,AFP,A car bomb exploded in Gao.,2\n"
                + "432,432RTA2,2,25/02/2013,2013,1,Riots/Protests,Rioters (Mali),,5,,,0,50,Mali,Bamako,,,Bamako,"
                + "12.65,-8.0,1,AFP,Riot.,0\n", StandardCharsets.UTF_8);
        ImportResult r = preview(f);
        assertEquals("ACLED, older Africa layout", r.description().layout());
        assertEquals("18/02/2016", r.description().dateForm());
        assertEquals(1, r.imported(), r.problems()::toString);
        Event e = r.sample().get(0);
        assertEquals(LocalDate.of(2013, 2, 18), e.start());
        assertEquals("bombing", e.subtype());
        assertEquals(List.of("Unidentified Armed Group (Mali)", "MUJAO"), e.perpetrators(),
                "ally actors are perpetrators too, by the glossary's name");
        assertEquals(1L, r.skipped().get(SkipReason.NO_CATEGORY));
    }

    @Test
    void aHumanitarianDataExchangeCopySkipsItsRowOfTags() throws IOException {
        Path f = file("acled-hdx.csv", CURRENT_HEADER + "\n"
                + "#event+code,#date+occurred,#date+year,,,#event+type,,#group+name+first,,,,,,,,,#region+name,"
                + "#country+name,#adm1+name,#adm2+name,#adm3+name,#loc+name,#geo+lat,#geo+lon,,,,,#affected+killed,,\n"
                + "TUN1,2015-03-18,2015,1,Political violence,Violence against civilians,Attack,Islamic State (Tunisia),"
                + ",Rebel group,Civilians (Tunisia),,Civilians,,,788,Northern Africa,Tunisia,Tunis,,,Tunis,36.81,"
                + "10.18,1,AFP,Gunmen attacked the Bardo museum.,22,,1618000000\n", StandardCharsets.UTF_8);
        ImportResult r = preview(f);
        assertEquals(1, r.records(), "the tags row is no record");
        assertEquals(1, r.imported(), r.problems()::toString);
        assertEquals("2016-02-18", r.description().dateForm());
        assertEquals(1, r.sample().get(0).sources().size(), "one source: the ACLED record");
    }

    @Test
    void anExcelRoundTripsTwoDigitYearsTakeTheirCenturyFromTheYearColumnAndAccentsSurviveWindows1252()
            throws IOException {
        Path f = file("acled-excel.csv", "event_id_cnty;event_date;year;event_type;sub_event_type;actor1;inter1;"
                + "country;location;latitude;longitude;fatalities;notes\r\n"
                + "MLI9;18-Feb-16;2016;Battles;Armed clash;Katiba Serma;2;Mali;Ségou;13.45;-6.26;5;Clash\r\n"
                + "MLI8;05-Mar-99;1999;Battles;Armed clash;Katiba Serma;2;Mali;Kidal;18.44;1.41;1;Clash\r\n",
                Charset.forName("windows-1252"));
        ImportResult r = preview(f);
        assertEquals("18-Feb-16", r.description().dateForm());
        Map<String, Event> events = byId(r);
        assertEquals(LocalDate.of(2016, 2, 18), events.get("acled-mli9").start());
        assertEquals(LocalDate.of(1999, 3, 5), events.get("acled-mli8").start(), "1999, not 2099");
        assertEquals("Ségou", events.get("acled-mli9").primaryPlace().name(), "é stays é");
    }

    @Test
    void aFileWithoutAHeaderRowIsRefusedWithAClearMessage() throws IOException {
        Path f = file("rows.csv", "MLI1,18 February 2016,2016,1,Political violence,Battles,Armed clash\n"
                + "MLI2,19 February 2016,2016,1,Political violence,Battles,Armed clash\n", StandardCharsets.UTF_8);
        ImportJob job = new ImportJob(ImportDrivers.of(ImportFormat.ACLED), f, ImportSettings.AUTOMATIC,
                Fixtures.context());
        IOException e = assertThrows(IOException.class, () -> job.run(dir.resolve("out.json"), "x", (a, b) -> { },
                () -> false));
        assertTrue(e.getMessage().contains(":1: no ACLED column event_date, event_type, latitude, longitude in the "
                + "first line: the file must start with a header row naming its columns"), e::getMessage);
        assertTrue(Files.notExists(dir.resolve("out.json")));
    }

    @Test
    void theWrittenDatasetOpensWithItsImportedActorsAndASecondImportKeepsTheSameIds() throws IOException {
        Path f = file("acled.csv", CURRENT_HEADER + "\n"
                + "MLI1002,20 February 2016,2016,1,Political violence,Explosions/Remote violence,"
                + "Remote explosive/landmine/IED,Katiba Serma,,Rebel group,Civilians (Mali),,Civilians,,,466,"
                + "Western Africa,Mali,Mopti,,,Boni,15.05,-1.98,1,Studio Tamani,National,An IED.,1,,1618000000\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        ImportResult r = Fixtures.importFile(ImportDrivers.of(ImportFormat.ACLED), f, out, ImportSettings.AUTOMATIC);
        assertEquals(1, r.imported());
        LoadResult opened = Fixtures.open(out);
        assertTrue(opened.isClean(), opened.problems()::toString);
        assertEquals(List.of("Katiba Serma"), opened.dataset().actors().stream().map(Actor::name).toList());
        assertEquals("acled-mli1002", opened.dataset().store().event(0).id(), "an id a newer export will share");
    }
}
