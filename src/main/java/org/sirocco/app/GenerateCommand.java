package org.sirocco.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.synthetic.SyntheticEvents;

/**
 * {@code generate --events N --out FILE [--seed S]}: writes a synthetic dataset of N invented events for testing
 * and benchmarks. The file is marked synthetic and the app says so wherever it shows it.
 */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Integer events = null;
        Path file = null;
        long seed = 42;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--events" -> events = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                    case "--out" -> file = Path.of(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            events = null;
        }
        if (events == null || events < 1 || file == null) {
            err.println("usage: generate --events N --out FILE.json [--seed S]");
            return 2;
        }
        int count = events;
        long s = seed;
        try {
            EventsFileWriter.write(file, SyntheticEvents.datasetName(count), true, false,
                    sink -> new SyntheticEvents(s).generate(count, sink));
        } catch (IOException e) {
            err.println(file + ": cannot write: " + e.getMessage());
            return 1;
        }
        out.printf("%s: %,d synthetic events written%n", file, count);
        return 0;
    }
}
