package org.sirocco.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sirocco.app.Startup;
import org.sirocco.exchange.ImportContext;
import org.sirocco.exchange.ImportDrivers;
import org.sirocco.exchange.ImportFormat;
import org.sirocco.exchange.ImportJob;
import org.sirocco.exchange.ImportResult;
import org.sirocco.exchange.ImportSettings;
import org.sirocco.testing.Median;

/**
 * Importing a million-row ACLED export in the current layout, from the CSV to a dataset file written whole
 * ({@code import.acled_rows_per_s}, median of three runs). The file is generated under the bench folder the first
 * time: invented rows over the Sahel with ACLED's mix of event types (a tenth are protests and riots, skipped), two
 * hundred actors and ACLED's date form.
 */
final class ImportBenchmark {

    static final int ROWS = 1_000_000;
    private static final int RUNS = 3;
    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"}, {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
        {"Explosions/Remote violence", "Air/drone strike"}, {"Violence against civilians", "Attack"},
        {"Violence against civilians", "Abduction/forced disappearance"}, {"Strategic developments", "Arrests"},
        {"Battles", "Non-state actor overtakes territory"}, {"Protests", "Peaceful protest"},
        {"Riots", "Mob violence"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack"}};
    private static final String[][] PLACES = {{"Mali", "466", "Gao", "16.27", "-0.04"},
        {"Mali", "466", "Mopti", "14.49", "-4.19"}, {"Burkina Faso", "854", "Djibo", "14.10", "-1.63"},
        {"Niger", "562", "Tillaberi", "14.21", "1.45"}, {"Chad", "148", "Bol", "13.46", "14.71"},
        {"Mauritania", "478", "Bassikounou", "15.87", "-5.96"}, {"Algeria", "12", "Tamanrasset", "22.79", "5.52"},
        {"Libya", "434", "Sabha", "27.04", "14.43"}};

    private ImportBenchmark() {
    }

    /** Runs this benchmark alone: {@code ImportBenchmark [BENCH_DIR]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        run(dir).forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "%-34s %12.2f", k, v)));
        System.exit(0);
    }

    static Map<String, Double> run(Path dir) throws IOException {
        Path csv = ensure(dir, ROWS);
        ImportContext context = new ImportContext(Startup.loadActors(), (lat, lon) -> null, LocalDate.now());
        Path out = dir.resolve("acled-import.json");
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long start = System.nanoTime();
            ImportResult r = new ImportJob(ImportDrivers.of(ImportFormat.ACLED), csv, ImportSettings.AUTOMATIC,
                    context).run(out, "ACLED benchmark", (f, n) -> { }, () -> false);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (r.records() != ROWS || r.imported() < ROWS * 0.7) {
                throw new IllegalStateException("the generated file did not import: " + r.records() + " read, "
                        + r.imported() + " imported; " + r.problems().stream().limit(3).toList());
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("import.acled_rows_per_s", ROWS / Median.of(seconds));
        return figures;
    }

    /** The generated ACLED file of {@code rows} rows, written the first time. */
    static Path ensure(Path dir, int rows) throws IOException {
        Path file = dir.resolve("acled-current-" + rows + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Random random = new Random(42);
        DateTimeFormatter form = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        LocalDate first = LocalDate.of(1997, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                String[] type = TYPES[random.nextInt(TYPES.length)];
                String[] place = PLACES[random.nextInt(PLACES.length)];
                LocalDate day = first.plusDays(random.nextInt(10_000));
                boolean crowd = type[0].equals("Protests") || type[0].equals("Riots");
                boolean state = type[1].equals("Air/drone strike") || type[1].equals("Arrests");
                String actor1 = crowd ? "Protesters (" + place[0] + ")" : state ? "Military Forces of " + place[0]
                        : "Armed group " + random.nextInt(200);
                String inter1 = crowd ? "Protesters" : state ? "State forces" : "Rebel group";
                double lat = Double.parseDouble(place[3]) + random.nextGaussian() * 0.3;
                double lon = Double.parseDouble(place[4]) + random.nextGaussian() * 0.3;
                int fatalities = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
                w.write(String.format(Locale.ROOT, "BEN%d,%s,%d,%d,Political violence,%s,%s,%s,,%s,"
                        + "Civilians (%s),,Civilians,,,%s,Western Africa,%s,%s,,,%s,%.4f,%.4f,%d,"
                        + "\"Le Monde; AFP\",International,\"Invented record %d for the import benchmark.\",%d,,"
                        + "1618000000\n", i, day.format(form), day.getYear(), 1 + random.nextInt(3), type[0], type[1],
                        actor1, inter1, place[0], place[1], place[0], place[2], place[2], lat, lon,
                        1 + random.nextInt(3), i, fatalities));
            }
        }
        Files.move(tmp, file);
        return file;
    }
}
