package org.sirocco.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.sirocco.data.Category;
import org.sirocco.data.io.Problem;
import org.sirocco.exchange.ColumnRole;
import org.sirocco.exchange.ImportContext;
import org.sirocco.exchange.ImportDriver;
import org.sirocco.exchange.ImportDrivers;
import org.sirocco.exchange.ImportFormat;
import org.sirocco.exchange.ImportJob;
import org.sirocco.exchange.ImportResult;
import org.sirocco.exchange.ImportSettings;
import org.sirocco.exchange.SkipReason;
import org.sirocco.geo.CountryLocator;
import org.sirocco.geo.GeoProjection;

/**
 * {@code import FILE --to OUT.json [--format acled|gtd|geojson|kml|csv] [--category NAME[/SUBTYPE]]
 * [--column ROLE=NAME]...}: writes a Sirocco dataset from another format, prints every problem as
 * {@code file:line: column: what is wrong} and the counts (read, imported, skipped by reason). Exit status 0 when
 * events were imported, 1 when none could be, 2 on wrong usage.
 */
final class ImportCommand {

    static final String USAGE = "usage: import FILE --to OUT.json [--format acled|gtd|geojson|kml|csv] "
            + "[--category NAME[/SUBTYPE]] [--column ROLE=NAME]...";

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Path to = null;
        ImportSettings settings = ImportSettings.AUTOMATIC;
        Map<ColumnRole, String> columns = new EnumMap<>(ColumnRole.class);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--to" -> to = Path.of(args[++i]);
                    case "--format" -> settings = settings.withFormat(ImportFormat.fromId(args[++i]).orElseThrow());
                    case "--category" -> {
                        String[] parts = args[++i].split("/", 2);
                        Category c = Category.fromId(parts[0].toLowerCase(Locale.ROOT)).orElseThrow();
                        settings = settings.withCategory(c, parts.length > 1 ? parts[1] : null);
                    }
                    case "--column" -> {
                        String[] parts = args[++i].split("=", 2);
                        columns.put(ColumnRole.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
                    }
                    default -> {
                        if (args[i].startsWith("--") || file != null) {
                            throw new IllegalArgumentException(args[i]);
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
        } catch (RuntimeException e) {
            to = null;
        }
        if (file == null || to == null) {
            err.println(USAGE);
            return 2;
        }
        settings = settings.withColumns(columns);
        ImportDriver driver;
        try {
            driver = settings.format() != null ? ImportDrivers.of(settings.format())
                    : ImportDrivers.identify(file).orElse(null);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 1;
        }
        if (driver == null) {
            err.println(file + ": not a format Sirocco imports (ACLED or GTD CSV, a CSV table, GeoJSON, KML or KMZ); "
                    + "name it with --format if it is one");
            return 1;
        }
        ImportResult result;
        try {
            result = new ImportJob(driver, file, settings, context()).run(to, baseName(file), (f, n) -> { },
                    () -> false);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
        for (Problem p : result.problems()) {
            out.println(p);
        }
        if (result.problemCount() > result.problems().size()) {
            out.printf("... and %,d more problems%n", result.problemCount() - result.problems().size());
        }
        out.printf("%s: %s; %s%n", file, result.format().label(), result.description().layout());
        out.printf("read %,d records; imported %,d; skipped %,d%n", result.records(), result.imported(),
                result.skippedCount());
        for (Map.Entry<SkipReason, Long> e : result.skipped().entrySet()) {
            out.printf("  skipped, %s: %,d%n", reason(e.getKey()), e.getValue());
        }
        if (!result.actors().isEmpty()) {
            out.printf("%,d actors not in the glossary added to the dataset%n", result.actors().size());
        }
        if (result.imported() == 0) {
            out.printf("%s: nothing could be imported; %s not written%n", file, to);
            return 1;
        }
        out.printf("%s written%n", to);
        return 0;
    }

    /** The glossary, the 1:10m base map's countries and today: what the app checks imports against. */
    static ImportContext context() {
        CountryLocator countries = new CountryLocator(Startup.loadBasemap(Startup.BASEMAP_10M));
        GeoProjection projection = GeoProjection.region();
        return new ImportContext(Startup.loadActors(), (lat, lon) -> {
            double[] xy = new double[2];
            projection.project(lon, lat, xy);
            return countries.countryAt(xy[0], xy[1]);
        }, LocalDate.now());
    }

    static String reason(SkipReason r) {
        return switch (r) {
            case NO_CATEGORY -> "no Sirocco category (protests, riots, other types)";
            case NO_COORDINATES -> "no coordinates";
            case OUTSIDE_REGION -> "outside the region";
            case UNREADABLE -> "a value could not be read";
            case INVALID -> "breaks a dataset rule";
            case REPEATED -> "id given twice in the file";
        };
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
