package org.sirocco.geo;

/**
 * A country of the base map, projected.
 *
 * @param rings     outer rings and holes, each {@code [x0, y0, x1, y1, ...]} in projected metres (fill even-odd)
 * @param polygons  where each polygon starts in {@code rings}: its outer ring, then its holes up to the next start
 * @param labelX    where its name goes: the centre of the largest circle inside its largest polygon
 * @param labelRoom the radius of that circle in metres: how much room the label has
 */
public record CountryShape(String name, String iso, double[][] rings, int[] polygons, Bounds bounds, double labelX,
        double labelY, double labelRoom) {
}
