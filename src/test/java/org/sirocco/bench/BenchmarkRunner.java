package org.sirocco.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Runs every benchmark and writes the figures as a flat JSON object, printing them as a table. */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/results.json");
        Map<String, Double> results = new LinkedHashMap<>();
        results.putAll(StartupBenchmark.run());
        write(out, results);
        System.out.println();
        System.out.println(String.format("%-34s %12s", "figure", "value"));
        results.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "%-34s %12.2f", k, v)));
        System.out.println("written to " + out);
    }

    /** Writes the figures next to the target and moves them into place, so a reader never sees half a file. */
    static void write(Path out, Map<String, Double> results) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Gson gson = new GsonBuilder().setPrettyPrinting().create();
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "results", ".json.tmp");
        Files.writeString(tmp, gson.toJson(results) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
