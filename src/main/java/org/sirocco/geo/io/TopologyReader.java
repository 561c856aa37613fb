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
import java.util.ArrayList;
import java.util.List;
import org.sirocco.geo.Topology;

/** Reads a cropped TopoJSON file as written by {@code geodata/build-geodata.mjs}. */
public final class TopologyReader {

    private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private TopologyReader() {
    }

    /** File layout, as Gson maps it. */
    private record TopoFile(Transform transform, Objects objects, int[][][] arcs, List<List<String>> disputed,
            List<double[][]> disputedLines) {
    }

    private record Transform(double[] scale, double[] translate) {
    }

    private record Objects(Collection countries) {
    }

    private record Collection(List<Geometry> geometries) {
    }

    private record Geometry(String type, Properties properties, int[][][] arcs) {
    }

    private record Properties(String name, String iso, double[] label, Double labelRoom) {
    }

    /**
     * Reads a topology; {@code name} is used in messages.
     *
     * @throws IOException if the file cannot be read or is not a topology of this layout
     */
    public static Topology read(InputStream in, String name) throws IOException {
        TopoFile file;
        try (JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            file = GSON.fromJson(reader, TopoFile.class);
        } catch (JsonParseException e) {
            throw new IOException(name + ": not a readable TopoJSON file: " + e.getMessage(), e);
        }
        if (file == null || file.transform == null || file.arcs == null || file.objects == null
                || file.objects.countries == null || file.objects.countries.geometries == null) {
            throw new IOException(name + ": not a quantised TopoJSON topology with a 'countries' object");
        }
        List<Topology.Country> countries = new ArrayList<>();
        for (Geometry g : file.objects.countries.geometries) {
            if (!"MultiPolygon".equals(g.type) || g.arcs == null || g.properties == null
                    || g.properties.label == null || g.properties.label.length != 2 || g.properties.labelRoom == null) {
                throw new IOException(name + ": country geometries must be MultiPolygons with a name, a label point "
                        + "and its room (re-create the file with geodata/build-geodata.mjs)");
            }
            for (int[][] polygon : g.arcs) {
                for (int[] ring : polygon) {
                    for (int arc : ring) {
                        int index = arc >= 0 ? arc : ~arc;
                        if (index >= file.arcs.length) {
                            throw new IOException(name + ": " + g.properties.name + " refers to missing arc " + index);
                        }
                    }
                }
            }
            Properties p = g.properties;
            countries.add(new Topology.Country(p.name, p.iso, g.arcs, p.label[0], p.label[1], p.labelRoom));
        }
        List<List<String>> disputed = file.disputed != null ? file.disputed : List.of();
        List<double[][]> lines = file.disputedLines != null ? file.disputedLines : List.of();
        return new Topology(file.transform.scale, file.transform.translate, file.arcs, countries, disputed, lines);
    }
}
