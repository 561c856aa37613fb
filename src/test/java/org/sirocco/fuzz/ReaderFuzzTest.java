package org.sirocco.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.FilterFile;
import org.sirocco.exchange.Fixtures;
import org.sirocco.exchange.ImportContext;
import org.sirocco.exchange.ImportDrivers;
import org.sirocco.exchange.ImportFormat;
import org.sirocco.exchange.ImportJob;
import org.sirocco.exchange.ImportSettings;

/**
 * Every reader takes any bytes and answers with its result or its own problem report (an {@link IOException} that
 * says what is wrong): any other exception, and any hang, is a bug. Run with {@code mvn -Pfuzz verify}; without it,
 * each target replays its inputs directory.
 */
class ReaderFuzzTest {

    /** How long {@code -Pfuzz} fuzzes each target. */
    static final String DURATION = "60s";

    private static Path dir;
    private static ImportContext context;

    @BeforeAll
    static void prepare() throws IOException {
        dir = Files.createTempDirectory("sirocco-fuzz");
        context = Fixtures.context();
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static Path file(byte[] data, String suffix) {
        try {
            Path f = Files.createTempFile(dir, "input", suffix);
            Files.write(f, data);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = DURATION)
    void eventsFile(byte[] data) {
        new DatasetReader(Set.of("AQIM", "JNIM")).read("fuzz.json", data);
    }

    /** A reader of a file on disk. */
    @FunctionalInterface
    private interface FileReading {
        void read(Path file) throws IOException;
    }

    /** Reads {@code data} from a file; an {@link IOException} is the reader's own report of what is wrong. */
    private static void readFile(byte[] data, String suffix, FileReading reading) {
        Path f = file(data, suffix);
        try {
            reading.read(f);
        } catch (IOException reported) {
            // the reader's own problem report: what it must give for bytes it cannot use
        } finally {
            deleteQuietly(f);
        }
    }

    /** Imports {@code data} as {@code format}, reading as far as a preview does. */
    private static void importAs(ImportFormat format, byte[] data, String suffix) {
        readFile(data, suffix, f -> new ImportJob(ImportDrivers.of(format), f, ImportSettings.AUTOMATIC, context)
                .preview(2_000));
    }

    @FuzzTest(maxDuration = DURATION)
    void filtersFile(byte[] data) {
        readFile(data, ".json", FilterFile::load);
    }

    @FuzzTest(maxDuration = DURATION)
    void briefingFile(byte[] data) {
        readFile(data, ".json", BriefingFile::load);
    }

    @FuzzTest(maxDuration = DURATION)
    void acledCsv(byte[] data) {
        importAs(ImportFormat.ACLED, data, ".csv");
    }

    @FuzzTest(maxDuration = DURATION)
    void gtdCsv(byte[] data) {
        importAs(ImportFormat.GTD, data, ".csv");
    }

    @FuzzTest(maxDuration = DURATION)
    void tableCsv(byte[] data) {
        importAs(ImportFormat.CSV, data, ".csv");
    }

    @FuzzTest(maxDuration = DURATION)
    void geoJson(byte[] data) {
        importAs(ImportFormat.GEOJSON, data, ".geojson");
    }

    @FuzzTest(maxDuration = DURATION)
    void kml(byte[] data) {
        importAs(ImportFormat.KML, data, ".kml");
    }
}
