package org.sirocco.geo;

/** An axis-aligned rectangle in projected metres. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    public Bounds {
        if (minX > maxX || minY > maxY) {
            throw new IllegalArgumentException("inverted bounds");
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public boolean intersects(Bounds o) {
        return o.maxX >= minX && o.minX <= maxX && o.maxY >= minY && o.minY <= maxY;
    }

    /** The projected bounds of a longitude/latitude box, sampled along its edges (parallels project to arcs). */
    public static Bounds ofLonLat(GeoProjection projection, double west, double south, double east, double north) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[] xy = new double[2];
        int steps = 32;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double[][] edge = {
                {west + t * (east - west), south}, {west + t * (east - west), north},
                {west, south + t * (north - south)}, {east, south + t * (north - south)},
            };
            for (double[] p : edge) {
                projection.project(p[0], p[1], xy);
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
                maxY = Math.max(maxY, xy[1]);
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }
}
