package org.sirocco.geo;

/**
 * A stretch of boundary drawn as a line: a coastline, a land border, or a disputed border (dashed).
 *
 * @param xy projected points {@code [x0, y0, x1, y1, ...]}
 */
public record BoundaryLine(double[] xy, Kind kind, Bounds bounds) {

    public enum Kind { COAST, BORDER, DISPUTED }
}
