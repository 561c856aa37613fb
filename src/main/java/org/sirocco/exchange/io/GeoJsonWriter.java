package org.sirocco.exchange.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.io.AtomicFile;

/**
 * Writes events as an RFC 7946 FeatureCollection: one Feature per event, a Point for its one place or a MultiPoint
 * for several, and every field of the event in its properties exactly as the events file holds it (so that
 * Sirocco reads the file back whole), plus ISO {@code start} and {@code end} instants for time-aware tools such as
 * kepler.gl and QGIS's temporal controller.
 */
public final class GeoJsonWriter {

    private GeoJsonWriter() {
    }

    /**
     * @param name    the dataset's name, as the collection's {@code name}
     * @param credits credit lines the data's terms ask for, as the collection's {@code attribution}; may be empty
     */
    public static void write(Path file, String name, List<String> credits, EventsFileWriter.EventSource events)
            throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            JsonWriter json = new JsonWriter(out);
            json.setStrictness(Strictness.STRICT);
            json.beginObject();
            json.name("type").value("FeatureCollection");
            json.name("name").value(name);
            if (!credits.isEmpty()) {
                json.name("attribution").value(String.join("; ", credits));
            }
            json.name("features").beginArray();
            EventsFileWriter.writeEach(events, e -> {
                json.flush();
                out.write('\n');
                feature(json, e);
            });
            json.endArray();
            json.endObject();
            json.flush();
            out.write('\n');
            out.flush();
        });
    }

    private static void feature(JsonWriter json, Event e) throws IOException {
        json.beginObject();
        json.name("type").value("Feature");
        json.name("id").value(e.id());
        json.name("geometry").beginObject();
        if (e.places().size() == 1) {
            json.name("type").value("Point");
            json.name("coordinates");
            position(json, e.primaryPlace());
        } else {
            json.name("type").value("MultiPoint");
            json.name("coordinates").beginArray();
            for (Place p : e.places()) {
                position(json, p);
            }
            json.endArray();
        }
        json.endObject();
        json.name("properties").beginObject();
        EventsFileWriter.writeEventFields(json, e);
        json.name("start").value(e.start() + "T00:00:00Z");
        json.name("end").value(e.end() + "T23:59:59Z");
        json.endObject();
        json.endObject();
    }

    private static void position(JsonWriter json, Place p) throws IOException {
        json.beginArray().value(p.lon()).value(p.lat()).endArray();
    }
}
