package org.sirocco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.sirocco.data.Confidence;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.PlacePrecision;

/** GTD exports: a subset of the 135 columns, Windows-1252 with CRLF as published, or UTF-8 with a byte-order mark. */
class GtdImportTest {

    @TempDir
    Path dir;

    private static final String HEADER = "eventid,iyear,imonth,iday,approxdate,extended,resolution,country,"
            + "country_txt,region,region_txt,provstate,city,latitude,longitude,specificity,vicinity,summary,"
            + "doubtterr,suicide,attacktype1,attacktype1_txt,targtype1_txt,gname,weaptype1_txt,nkill,nwound,scite1,"
            + "scite2,scite3";
    private static final String ROWS = HEADER + "\r\n"
            + "201301160001,2013,1,16,,1,1/19/2013,4,Algeria,10,Middle East & North Africa,Illizi,In Amenas,"
            + "28.05,9.55,1,0,\"Militants seized the Tiguentourine gas facility.\",0,0,5,"
            + "Hostage Taking (Barricade Incident),Business,Al-Mua'qi'un Biddam Brigade (Those who Sign with Blood),"
            + "Firearms,40,,\"\"\"Hostages freed,\"\" Le Monde, 2013.\",,\r\n"
            + "201500000002,2015,0,0,2015,0,,60,Mali,11,Sub-Saharan Africa,Kidal,Unknown,18.44,1.41,3,0,,-9,0,2,"
            + "Armed Assault,Military,Unknown,Firearms,-99,-9,,,\r\n"
            + "201506000003,2015,6,0,June 2015,0,,60,Mali,11,Sub-Saharan Africa,Gao,Gao,16.27,-0.04,1,0,,1,1,3,"
            + "Bombing/Explosion,Military,Al-Qaida in the Islamic Maghreb (AQIM),Explosives,2.0,5,,,\r\n"
            + "201507010004,2015,7,1,,0,,60,Mali,11,Sub-Saharan Africa,Unknown,Unknown,,,5,0,,0,0,2,Armed Assault,"
            + "Military,Unknown,Firearms,1,0,,,\r\n"
            + "201508020005,2015,8,2,,0,,94,Mauritania,11,Sub-Saharan Africa,Guidimaka,Sélibaby,15.16,-12.18,1,0,,"
            + "0,0,6,Hostage Taking (Kidnapping),Tourists,Unknown,Firearms,,,,,\r\n";

    private ImportResult preview(Path file) throws IOException {
        ImportDriver driver = ImportDrivers.identify(file).orElseThrow();
        assertEquals(ImportFormat.GTD, driver.format(), "recognised from the header");
        return new ImportJob(driver, file, ImportSettings.AUTOMATIC, Fixtures.context()).preview(1000);
    }

    private Map<String, Event> imported(Path file) throws IOException {
        ImportResult r = preview(file);
        assertEquals(5, r.records());
        assertEquals(4, r.imported(), r.problems()::toString);
        assertEquals(Map.of(SkipReason.NO_COORDINATES, 1L), r.skipped(), "specificity 5");
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 5 && p.message().contains("specificity 5")));
        return r.sample().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    @Test
    void windows1252WithCrlfLineEndsKeepsItsAccents() throws IOException {
        Path f = dir.resolve("gtd.csv");
        Files.write(f, ROWS.getBytes(Charset.forName("windows-1252")));
        assertEquals("Sélibaby", imported(f).get("gtd-201508020005").primaryPlace().name());
    }

    @Test
    void aCopyResavedAsUtf8WithAByteOrderMarkReadsTheSame(@TempDir Path other) throws IOException {
        Path f = dir.resolve("gtd-utf8.csv");
        Files.write(f, ("\ufeff" + ROWS).getBytes(StandardCharsets.UTF_8));
        Path g = other.resolve("gtd.csv");
        Files.write(g, ROWS.getBytes(Charset.forName("windows-1252")));
        assertEquals(imported(g), imported(f));
        assertEquals("Sélibaby", imported(f).get("gtd-201508020005").primaryPlace().name());
    }

    @Test
    void unknownMonthsDaysAndTollsStayUnknownAndExtendedIncidentsEndOnTheirResolution() throws IOException {
        Path f = dir.resolve("gtd.csv");
        Files.write(f, ROWS.getBytes(Charset.forName("windows-1252")));
        Map<String, Event> events = imported(f);

        Event amenas = events.get("gtd-201301160001");
        assertEquals("hostage_taking", amenas.subtype());
        assertEquals(LocalDate.of(2013, 1, 16), amenas.start());
        assertEquals(LocalDate.of(2013, 1, 19), amenas.end(), "extended, resolved on 1/19/2013");
        assertTrue(amenas.hasEndDate());
        assertEquals(Count.exact(40), amenas.killed());
        assertEquals(Count.UNKNOWN, amenas.injured(), "a blank toll is unknown");
        assertEquals("GTD incident 201301160001", amenas.sources().get(0).title());
        assertEquals("https://www.start.umd.edu/gtd/search/IncidentSummary.aspx?gtdid=201301160001",
                amenas.sources().get(0).url());
        assertTrue(amenas.notes().contains("\"Hostages freed,\" Le Monde, 2013."), amenas.notes());

        Event kidal = events.get("gtd-201500000002");
        assertEquals(DatePrecision.YEAR, kidal.precision(), "imonth 0");
        assertEquals(Count.UNKNOWN, kidal.killed(), "-99 is unknown");
        assertEquals(Count.UNKNOWN, kidal.injured(), "-9 is unknown");
        assertEquals("Kidal", kidal.primaryPlace().name(), "an unknown city gives way to the province");
        assertEquals(PlacePrecision.REGION, kidal.primaryPlace().precision(), "specificity 3");
        assertEquals(List.of(), kidal.perpetrators(), "an unknown group names no one");

        Event gao = events.get("gtd-201506000003");
        assertEquals(DatePrecision.MONTH, gao.precision(), "iday 0");
        assertEquals("suicide_bombing", gao.subtype());
        assertEquals(List.of("AQIM"), gao.perpetrators());
        assertEquals(Count.exact(2), gao.killed());
        assertEquals(Confidence.LOW, gao.confidence(), "doubtterr 1");
    }
}
