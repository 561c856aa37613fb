package org.sirocco.geo;

/**
 * What part of the projected plane a map shows: the projected point at the centre of the view and the scale in
 * metres per pixel. Screen y grows downwards, projected y northwards. Immutable; pure maths, no toolkit.
 */
public record MapViewport(double centerX, double centerY, double metresPerPixel) {

    public MapViewport {
        if (!(metresPerPixel > 0) || !Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("bad viewport " + centerX + ", " + centerY + ", " + metresPerPixel);
        }
    }

    public double toScreenX(double x, double width) {
        return (x - centerX) / metresPerPixel + width / 2;
    }

    public double toScreenY(double y, double height) {
        return height / 2 - (y - centerY) / metresPerPixel;
    }

    public double toMapX(double screenX, double width) {
        return centerX + (screenX - width / 2) * metresPerPixel;
    }

    public double toMapY(double screenY, double height) {
        return centerY - (screenY - height / 2) * metresPerPixel;
    }

    /** The view moved so that content follows a drag of {@code (dx, dy)} pixels. */
    public MapViewport pannedBy(double dx, double dy) {
        return new MapViewport(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel);
    }

    /**
     * The view zoomed by {@code factor} (above 1 zooms in) keeping the map point under
     * {@code (screenX, screenY)} fixed.
     */
    public MapViewport zoomedAbout(double screenX, double screenY, double width, double height, double factor) {
        double mapX = toMapX(screenX, width);
        double mapY = toMapY(screenY, height);
        double mpp = metresPerPixel / factor;
        double cx = mapX - (screenX - width / 2) * mpp;
        double cy = mapY + (screenY - height / 2) * mpp;
        return new MapViewport(cx, cy, mpp);
    }

    public MapViewport withMetresPerPixel(double mpp) {
        return new MapViewport(centerX, centerY, mpp);
    }

    /** The view that shows all of {@code bounds} in a {@code width} × {@code height} area with a pixel margin. */
    public static MapViewport fit(Bounds bounds, double width, double height, double margin) {
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        double mpp = Math.max(bounds.width() / w, bounds.height() / h);
        if (!(mpp > 0)) {
            mpp = 1000; // a single point: show it at about a kilometre per pixel
        }
        return new MapViewport(bounds.centerX(), bounds.centerY(), mpp);
    }

    /** The projected area visible in a {@code width} × {@code height} view. */
    public Bounds visibleBounds(double width, double height) {
        return new Bounds(toMapX(0, width), toMapY(height, height), toMapX(width, width), toMapY(0, height));
    }
}
