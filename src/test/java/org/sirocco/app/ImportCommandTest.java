package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import writes a dataset that validate accepts, and says what it read, imported and skipped. */
class ImportCommandTest {

    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
            + "actor1,inter1,actor2,inter2,country,location,latitude,longitude,geo_precision,source,notes,fatalities";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anAcledFileBecomesADatasetThatValidateAccepts(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("acled.csv");
        Files.writeString(csv, HEADER + "\n"
                + "MLI1,18 February 2016,2016,1,Battles,Armed clash,Katiba Serma,2,Military Forces of Mali (2021-),1,"
                + "Mali,Gao,16.2717,-0.0447,1,AFP,Militants attacked a post.,3\n"
                + "MLI2,19 February 2016,2016,1,Protests,Peaceful protest,Protesters (Mali),6,,,Mali,Bamako,12.65,"
                + "-8.0,1,AFP,A march.,0\n"
                + "MLI3,20 February 2016,2016,1,Battles,Armed clash,Katiba Serma,2,,,Mali,Gao,abc,-0.04,1,AFP,x,0\n");
        Path json = dir.resolve("acled.json");
        assertEquals(0, run(csv.toString(), "--to", json.toString()), err::toString);
        String printed = out.toString();
        assertTrue(printed.contains("read 3 records; imported 1; skipped 2"), printed);
        assertTrue(printed.contains("skipped, no Sirocco category (protests, riots, other types): 1"), printed);
        assertTrue(printed.contains(csv + ":4: latitude: \"abc\" is not a number"), printed);

        ByteArrayOutputStream validated = new ByteArrayOutputStream();
        int status = ValidateCommand.run(new String[] {json.toString()},
                new PrintStream(validated, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status, validated::toString);
        assertTrue(validated.toString().contains("valid, 1 events"), validated::toString);
    }

    @Test
    void nothingImportedExitsOneAndWritesNothing(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("protests.csv");
        Files.writeString(csv, HEADER + "\nMLI2,19 February 2016,2016,1,Protests,Peaceful protest,Protesters (Mali),"
                + "6,,,Mali,Bamako,12.65,-8.0,1,AFP,A march.,0\n");
        Path json = dir.resolve("out.json");
        assertEquals(1, run(csv.toString(), "--to", json.toString()));
        assertTrue(Files.notExists(json));
        assertTrue(out.toString().contains("nothing could be imported"), out::toString);
    }

    @Test
    void rowsWithoutAHeaderAreRefusedAndUnknownFilesNamed(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, "MLI1,18 February 2016,2016,1,Battles,Armed clash\n");
        assertEquals(1, run(csv.toString(), "--to", dir.resolve("a.json").toString(), "--format", "acled"));
        assertTrue(err.toString().contains("no ACLED column"), err::toString);
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "just some words\n");
        assertEquals(1, run(text.toString(), "--to", dir.resolve("b.json").toString()));
        assertTrue(err.toString().contains("not a format Sirocco imports"), err::toString);
        assertEquals(2, run(text.toString()));
        assertEquals(2, run(text.toString(), "--to", "x.json", "--format", "xls"));
    }
}
