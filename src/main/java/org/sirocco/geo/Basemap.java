package org.sirocco.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The base map, projected once: country shapes for fills and hit tests, and boundary lines classified from the
 * topology (an arc used by one country is coast, by two a land border, dashed when the pair is disputed).
 */
public record Basemap(List<CountryShape> countries, List<BoundaryLine> boundaries) {

    public Basemap {
        countries = List.copyOf(countries);
        boundaries = List.copyOf(boundaries);
    }

    /** Projects a topology with {@code projection}. Country label points come precomputed with the topology. */
    public static Basemap of(Topology topology, GeoProjection projection) {
        double[][] projectedArcs = new double[topology.arcs().length][];
        double[] xy = new double[2];
        for (int a = 0; a < projectedArcs.length; a++) {
            double[] lonLat = topology.decodeArc(a);
            double[] out = new double[lonLat.length];
            for (int i = 0; i < lonLat.length; i += 2) {
                projection.project(lonLat[i], lonLat[i + 1], xy);
                out[i] = xy[0];
                out[i + 1] = xy[1];
            }
            projectedArcs[a] = out;
        }

        Map<Integer, List<String>> users = new HashMap<>();
        List<CountryShape> countries = new ArrayList<>();
        for (Topology.Country c : topology.countries()) {
            List<double[]> rings = new ArrayList<>();
            for (int[][] polygon : c.polygons()) {
                for (int[] ring : polygon) {
                    rings.add(stitch(ring, projectedArcs));
                    for (int arc : ring) {
                        users.computeIfAbsent(arc >= 0 ? arc : ~arc, k -> new ArrayList<>()).add(c.iso());
                    }
                }
            }
            double[][] ringArray = rings.toArray(new double[0][]);
            projection.project(c.labelLon(), c.labelLat(), xy);
            countries.add(new CountryShape(c.name(), c.iso(), ringArray, boundsOf(ringArray), xy[0], xy[1],
                    c.labelRoom()));
        }

        Set<String> disputed = topology.disputed().stream().map(Basemap::pairKey).collect(Collectors.toSet());
        List<BoundaryLine> lines = new ArrayList<>();
        for (int a = 0; a < projectedArcs.length; a++) {
            List<String> isos = users.getOrDefault(a, List.of());
            if (isos.isEmpty()) {
                continue;
            }
            BoundaryLine.Kind kind;
            if (isos.size() == 1) {
                kind = BoundaryLine.Kind.COAST;
            } else if (disputed.contains(pairKey(isos))) {
                kind = BoundaryLine.Kind.DISPUTED;
            } else {
                kind = BoundaryLine.Kind.BORDER;
            }
            lines.add(new BoundaryLine(projectedArcs[a], kind, boundsOf(new double[][] {projectedArcs[a]})));
        }
        for (double[][] lonLats : topology.disputedLines()) {
            double[] line = new double[lonLats.length * 2];
            for (int i = 0; i < lonLats.length; i++) {
                projection.project(lonLats[i][0], lonLats[i][1], xy);
                line[2 * i] = xy[0];
                line[2 * i + 1] = xy[1];
            }
            lines.add(new BoundaryLine(line, BoundaryLine.Kind.DISPUTED, boundsOf(new double[][] {line})));
        }
        return new Basemap(countries, lines);
    }

    /** The country with this ISO code, if the base map has it. */
    public java.util.Optional<CountryShape> country(String iso) {
        return countries.stream().filter(c -> iso.equals(c.iso())).findFirst();
    }

    private static String pairKey(List<String> isos) {
        return isos.stream().map(String::valueOf).sorted().collect(Collectors.joining("|"));
    }

    /** Joins a ring's arcs end to start; consecutive arcs share their joining point, which is kept once. */
    private static double[] stitch(int[] ring, double[][] arcs) {
        int total = 0;
        for (int a : ring) {
            total += arcs[a >= 0 ? a : ~a].length;
        }
        double[] out = new double[total];
        int n = 0;
        for (int k = 0; k < ring.length; k++) {
            int a = ring[k];
            double[] arc = arcs[a >= 0 ? a : ~a];
            int points = arc.length / 2;
            for (int i = (k == 0 ? 0 : 1); i < points; i++) {
                int src = a >= 0 ? i : points - 1 - i;
                out[n++] = arc[2 * src];
                out[n++] = arc[2 * src + 1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static Bounds boundsOf(double[][] rings) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }
}
