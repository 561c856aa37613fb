package org.sirocco.geo;

import java.util.List;

/**
 * A TopoJSON topology of countries as read from a base map file: quantised, delta-encoded arcs shared between
 * neighbouring countries, and each country's polygons as rings of arc indices (a negative index {@code ~i} means
 * arc {@code i} reversed).
 *
 * @param scale     quantisation scale {@code [sx, sy]}
 * @param translate quantisation offset {@code [tx, ty]}
 * @param arcs      arcs as {@code [[dx, dy], ...]} deltas
 * @param disputed  pairs of ISO codes whose shared boundary is disputed
 * @param disputedLines further disputed boundaries that no country outline carries, each
 *                  {@code [[lon, lat], ...]}
 */
public record Topology(double[] scale, double[] translate, int[][][] arcs, List<Country> countries,
        List<List<String>> disputed, List<double[][]> disputedLines) {

    /**
     * A country: its name, ISO alpha-2 code (null for units without one), polygons of rings of arcs, and where its
     * name goes ({@code labelLon}, {@code labelLat}) with the radius in metres of the free circle around that point.
     */
    public record Country(String name, String iso, int[][][] polygons, double labelLon, double labelLat,
            double labelRoom) {
    }

    /** Arc {@code index} decoded into longitude/latitude pairs {@code [lon0, lat0, lon1, lat1, ...]}. */
    public double[] decodeArc(int index) {
        int[][] arc = arcs[index];
        double[] out = new double[arc.length * 2];
        long x = 0;
        long y = 0;
        for (int i = 0; i < arc.length; i++) {
            x += arc[i][0];
            y += arc[i][1];
            out[2 * i] = x * scale[0] + translate[0];
            out[2 * i + 1] = y * scale[1] + translate[1];
        }
        return out;
    }
}
