package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files are known by their first bytes, whatever they are called. */
class FileKindTest {

    private static FileKind kindOf(String text) {
        return FileKind.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void siroccoFilesAreToldApartByTheirMembers() {
        assertEquals(FileKind.EVENTS, kindOf("{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"events\": ["));
        assertEquals(FileKind.EVENTS, kindOf("\ufeff{\"events\": [], \"schemaVersion\": 1}"));
        assertEquals(FileKind.BRIEFING, kindOf("{\"schemaVersion\": 1, \"title\": \"t\", \"scenes\": [{\"name\": "
                + "\"a\", \"filter\": {}}]}"));
        assertEquals(FileKind.FILTERS, kindOf("{\"schemaVersion\": 1, \"timeWindow\": null, \"filter\": {}}"));
    }

    @Test
    void geoJsonIsRecognisedByItsTypeOrFeatures() {
        assertEquals(FileKind.GEOJSON, kindOf("{\"type\": \"FeatureCollection\", \"features\": []}"));
        assertEquals(FileKind.GEOJSON, kindOf("{\"crs\": {}, \"features\": [{\"type\": \"Feature\"}]}"));
        assertEquals(FileKind.OTHER_JSON, kindOf("{\"type\": \"Topology\", \"objects\": {}}"));
        assertEquals(FileKind.OTHER_JSON, kindOf("[1, 2, 3]"));
    }

    @Test
    void tablesAreCsvWhateverTheirSeparator() {
        assertEquals(FileKind.CSV, kindOf("event_id,event_date,year\nMLI1,18 February 2016,2016\n"));
        assertEquals(FileKind.CSV, kindOf("eventid;year;month\r\n201601010001;2016;1\r\n"));
        assertEquals(FileKind.CSV, kindOf("date\ttitle\n2016-01-01\tx\n"));
        assertEquals(FileKind.TEXT, kindOf("Notes about the dataset\nnothing tabular here\n"));
    }

    @Test
    void acledAndGtdTablesAreToldApartByTheirHeader() {
        assertEquals(FileKind.ACLED_CSV, kindOf("event_id_cnty,event_date,year,event_type,latitude,longitude\n"
                + "MLI1,18 February 2016,2016,Battles,16.27,-0.04\n"));
        assertEquals(FileKind.ACLED_CSV, kindOf("\"GWNO\",\"EVENT_DATE\",\"EVENT_TYPE\",\"LATITUDE\"\n432,18/02/2016,"
                + "Riots/Protests,12.6\n"));
        assertEquals(FileKind.GTD_CSV, kindOf("\ufeffeventid,iyear,imonth,iday,country_txt\r\n201601010001,2016,1,1,"
                + "Mali\r\n"));
        assertTrue(FileKind.ACLED_CSV.isTable() && FileKind.GTD_CSV.isTable() && FileKind.CSV.isTable());
    }

    @Test
    void markupArchivesDocumentsAndPicturesAreNamed() {
        assertEquals(FileKind.KML, kindOf("<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"));
        assertEquals(FileKind.OTHER_XML, kindOf("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">"));
        assertEquals(FileKind.ZIP, FileKind.of(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals(FileKind.PDF, kindOf("%PDF-1.7\n"));
        assertEquals(FileKind.PICTURE, FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals(FileKind.BINARY, FileKind.of(new byte[] {1, 2, 3, 0, 0, 0, 7, 8, 9, 0, 0, 1}));
    }

    @Test
    void anEmptyOrBlankFileIsEmpty() {
        assertEquals(FileKind.EMPTY, FileKind.of(new byte[0]));
        assertEquals(FileKind.EMPTY, kindOf(" \n\t\n"));
    }
}
