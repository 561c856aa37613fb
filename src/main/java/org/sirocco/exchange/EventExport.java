package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sirocco.data.DataCredit;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.TimeWindow;
import org.sirocco.exchange.io.ChronologyPdfWriter;
import org.sirocco.exchange.io.CsvTableWriter;
import org.sirocco.exchange.io.GeoJsonWriter;
import org.sirocco.exchange.io.KmlWriter;
import org.sirocco.i18n.Language;

/**
 * Exports events, those shown or all of a dataset, to a file for other tools. Events from a credited dataset
 * (ACLED, GTD) carry its name in their sources; the GeoJSON, KML and chronology also name it in their own credit.
 */
public final class EventExport {

    /** The chronology's words are English for now; its language comes with the exports' part of issue 17. */
    private static final Locale CHRONOLOGY_LANGUAGE = Language.ENGLISH.locale();

    private EventExport() {
    }

    /** The credits the data's terms ask for where {@code shown} events are exported. */
    public static List<String> credits(EventStore store, EventSelection shown) {
        return store.creditsAmong(shown).stream().map(DataCredit::credit).toList();
    }

    /** The events of {@code shown}, in date order, read one at a time. */
    public static EventsFileWriter.EventSource events(EventStore store, EventSelection shown) {
        return sink -> {
            for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
                sink.accept(store.event(i));
            }
        };
    }

    /**
     * Writes {@code shown} in {@code format}.
     *
     * @param filters what the events were chosen by, in words, for a chronology's header; null for none
     * @param window  the time window they were chosen in, for a chronology's header; null for all dates
     * @param page    a chronology's paper size
     */
    public static void write(ExportFormat format, Path file, Dataset dataset, EventSelection shown, String filters,
            TimeWindow window, Chronology.PageSize page) throws IOException {
        switch (format) {
            case CSV -> csv(file, dataset.store(), shown);
            case GEOJSON -> geoJson(file, dataset, shown);
            case KML -> KmlWriter.write(file, dataset.name(), credits(dataset.store(), shown),
                    events(dataset.store(), shown));
            case CHRONOLOGY_PDF -> ChronologyPdfWriter.write(file, Chronology.of(dataset, shown, filters, window,
                    CHRONOLOGY_LANGUAGE), page);
            case CHRONOLOGY_CSV -> chronologyCsv(file, Chronology.of(dataset, shown, filters, window,
                    CHRONOLOGY_LANGUAGE));
        }
    }

    /** The chronology's table as CSV: a row per event, its sources written out in full. */
    static void chronologyCsv(Path file, Chronology c) throws IOException {
        List<String> header = List.of("date", "place", "category", "title", "killed", "injured", "sources");
        CsvTableWriter.write(file, header, row -> {
            for (Chronology.Row r : c.rows()) {
                List<String> sources = r.sourceRefs().stream().map(n -> Chronology.cite(c.sources().get(n - 1)))
                        .toList();
                row.accept(List.of(EventColumns.guard(r.date()), EventColumns.guard(r.place()), r.category().id(),
                        EventColumns.guard(r.title()), r.killed().isKnown() ? r.killed().toString() : "",
                        r.injured().isKnown() ? r.injured().toString() : "",
                        EventColumns.guard(String.join(" | ", sources))));
            }
        });
    }

    public static void csv(Path file, EventStore store, EventSelection shown) throws IOException {
        EventsFileWriter.EventSource events = events(store, shown);
        CsvTableWriter.write(file, EventColumns.headers(), row -> events.forEach(e -> row.accept(EventColumns.row(e))));
    }

    public static void geoJson(Path file, Dataset dataset, EventSelection shown) throws IOException {
        GeoJsonWriter.write(file, dataset.name(), credits(dataset.store(), shown), events(dataset.store(), shown));
    }
}
