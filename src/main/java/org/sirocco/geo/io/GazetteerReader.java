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
import org.sirocco.geo.Gazetteer;

/**
 * Reads {@code geodata/gazetteer.json} written by {@code geodata/build-geodata.mjs}: columns of names, country
 * indices into {@code countries}, and coordinates in ten-thousandths of a degree.
 */
public final class GazetteerReader {

    private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private GazetteerReader() {
    }

    private record GazetteerFile(String attribution, String[] countries, String[] name, int[] country, int[] lat,
            int[] lon) {
    }

    /** @throws IOException naming the file when it is unreadable or its columns disagree */
    public static Gazetteer read(InputStream in, String fileName) throws IOException {
        GazetteerFile file;
        try (JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            file = GSON.fromJson(reader, GazetteerFile.class);
        } catch (JsonParseException e) {
            throw new IOException(fileName + ": not a readable gazetteer: " + e.getMessage(), e);
        }
        if (file == null || file.name() == null || file.countries() == null || file.country() == null
                || file.lat() == null || file.lon() == null) {
            throw new IOException(fileName + ": expected columns countries, name, country, lat and lon");
        }
        int n = file.name().length;
        if (file.country().length != n || file.lat().length != n || file.lon().length != n) {
            throw new IOException(fileName + ": its columns have different lengths");
        }
        String[] codes = new String[n];
        float[] lat = new float[n];
        float[] lon = new float[n];
        for (int i = 0; i < n; i++) {
            int c = file.country()[i];
            if (c < 0 || c >= file.countries().length) {
                throw new IOException(fileName + ": place " + i + " (" + file.name()[i] + ") has no country");
            }
            codes[i] = file.countries()[c];
            lat[i] = file.lat()[i] / 1e4f;
            lon[i] = file.lon()[i] / 1e4f;
        }
        return new Gazetteer(file.name(), codes, lat, lon);
    }
}
