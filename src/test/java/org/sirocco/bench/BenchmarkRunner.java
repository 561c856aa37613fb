package org.sirocco.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sirocco.io.AtomicFile;

/** Runs every benchmark and writes the figures as a flat JSON object, printing them as a table. */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    /** Exits when done, or failed: the headless toolkit's threads would keep the JVM, and the build, running. */
    public static void main(String[] args) {
        try {
            run(Path.of(args.length > 0 ? args[0] : "target/bench/results.json"));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Path out) throws Exception {
        Map<String, Double> results = new LinkedHashMap<>();
        Path dir = out.toAbsolutePath().getParent();
        results.putAll(StartupBenchmark.run());
        results.putAll(StoreBenchmark.run(dir));
        results.putAll(MapBenchmarks.run(dir));
        results.putAll(ImportBenchmark.run(dir));
        write(out, results);
        System.out.println();
        System.out.println(String.format("%-34s %12s", "figure", "value"));
        results.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "%-34s %12.2f", k, v)));
        System.out.println("written to " + out);
    }

    static void write(Path out, Map<String, Double> results) throws IOException {
        Gson gson = new GsonBuilder().setPrettyPrinting().create();
        byte[] json = (gson.toJson(results) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(out, stream -> stream.write(json));
    }
}
