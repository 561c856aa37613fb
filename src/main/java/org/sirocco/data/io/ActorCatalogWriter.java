package org.sirocco.data.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sirocco.data.Actor;
import org.sirocco.io.AtomicFile;

/** Writes actors in the glossary's form ({@code {"actors": [{name, fullName, kind, description, ...}]}}), read back
 * by {@link ActorCatalogReader}. */
public final class ActorCatalogWriter {

    private ActorCatalogWriter() {
    }

    public static void write(Path file, List<Actor> actors) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            JsonWriter json = new JsonWriter(out);
            json.setStrictness(Strictness.STRICT);
            json.setIndent("  ");
            json.beginObject();
            EventsFileWriter.writeActors(json, actors);
            json.endObject();
            json.flush();
            out.write('\n');
            out.flush();
        });
    }
}
