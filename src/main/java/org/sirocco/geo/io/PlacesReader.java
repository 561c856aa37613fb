package org.sirocco.geo.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sirocco.geo.City;

/** Reads {@code geodata/places.json}, the capitals and cities written by {@code geodata/build-geodata.mjs}. */
public final class PlacesReader {

    private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private PlacesReader() {
    }

    private record PlacesFile(String attribution, List<City> places) {
    }

    /** @throws IOException naming the file when it is unreadable or a place is incomplete */
    public static List<City> read(InputStream in, String name) throws IOException {
        PlacesFile file;
        try (JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            file = GSON.fromJson(reader, PlacesFile.class);
        } catch (JsonParseException e) {
            throw new IOException(name + ": not a readable places file: " + e.getMessage(), e);
        }
        if (file == null || file.places() == null) {
            throw new IOException(name + ": expected an object with a \"places\" array");
        }
        for (int i = 0; i < file.places().size(); i++) {
            City c = file.places().get(i);
            if (c == null || c.name() == null || c.country() == null || c.rank() < 0 || c.rank() > 2
                    || Math.abs(c.lat()) > 90 || Math.abs(c.lon()) > 180) {
                throw new IOException(name + ": places[" + i + "] is incomplete or out of range");
            }
        }
        return List.copyOf(file.places());
    }
}
