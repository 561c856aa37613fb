package org.sirocco.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventSelection;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.FilterFile;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.TimeWindow;
import org.sirocco.exchange.Chronology;
import org.sirocco.exchange.EventExport;
import org.sirocco.exchange.ExportFormat;
import org.sirocco.i18n.Language;

/**
 * {@code export-events --dataset FILE [--filters SAVED.json] --to OUT.csv|OUT.geojson|OUT.kml|OUT.pdf
 * [--page a4|letter] [--lang en|fr|ar]}: writes the events a saved filter keeps (all of them without one) as a table,
 * map features, placemarks or a printable chronology (in the language asked, English unless told), with no window. Exit status 0 when written, 1 when the dataset, the filters or the output fail, 2 on
 * wrong usage.
 */
final class ExportEventsCommand {

    static final String USAGE = "usage: export-events --dataset FILE.json [--filters SAVED.json] "
            + "--to OUT.csv|OUT.geojson|OUT.kml|OUT.pdf [--page a4|letter] [--lang en|fr|ar]";

    private ExportEventsCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path dataset = null;
        Path filters = null;
        Path to = null;
        Chronology.PageSize page = Chronology.PageSize.A4;
        Language language = Language.ENGLISH;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--dataset" -> dataset = Path.of(args[++i]);
                    case "--filters" -> filters = Path.of(args[++i]);
                    case "--to" -> to = Path.of(args[++i]);
                    case "--page" -> page = Chronology.PageSize.valueOf(args[++i].toUpperCase(Locale.ROOT));
                    case "--lang" -> language = Objects.requireNonNull(ExportCommand.language(args[++i]));
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            to = null;
        }
        ExportFormat format = to == null ? null : ExportFormat.ofFile(to).orElse(null);
        if (dataset == null || format == null) {
            err.println(USAGE);
            return 2;
        }
        ActorCatalog actors = Startup.loadActors();
        LoadResult loaded = new DatasetReader(actors.names()).read(dataset);
        loaded.problems().forEach(err::println);
        if (loaded.nothingRead()) {
            err.println(dataset + ": no event could be read; nothing written");
            return 1;
        }
        Dataset data = loaded.dataset();
        EventSelection shown = data.store().all();
        String filterText = null;
        TimeWindow window = null;
        if (filters != null) {
            try {
                FilterFile.Loaded saved = FilterFile.load(filters);
                Path named = filters;
                saved.problems().forEach(p -> err.println(named + ": " + p));
                shown = data.store().within(data.store().select(saved.filter()), saved.window());
                filterText = Chronology.describe(saved.filter(), language.messages());
                window = saved.window();
            } catch (IOException e) {
                err.println(filters + ": " + e.getMessage());
                return 1;
            }
        }
        try {
            EventExport.write(format, to, data, shown, filterText, window, page, language.messages());
        } catch (IOException e) {
            err.println(to + ": cannot write: " + e.getMessage());
            return 1;
        }
        out.printf("%s: %,d of %,d events written%n", to, shown.count(), data.store().size());
        return 0;
    }
}
