package org.sirocco.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.geometry.Point2D;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.symbols.StyleableColors;

/**
 * A map of events over a base map. Shows the events of the view state's visible set; hovering and clicking a
 * marker set the shared hover and selection. Drag pans, the wheel zooms about the pointer, {@code +}/{@code -}
 * and the arrow keys zoom and pan, {@code 0} fits the region.
 */
public class MapView extends Control {

    /** Closest and farthest zoom, in metres per pixel: a town's streets to the whole of Africa and Europe. */
    public static final double MIN_METRES_PER_PIXEL = 20;
    public static final double MAX_METRES_PER_PIXEL = 20_000;
    private static final String DEFAULT_STYLE_CLASS = "map-view";

    private final ViewState viewState;
    private final GeoProjection projection;
    private final ObjectProperty<Basemap> basemap = new SimpleObjectProperty<>(this, "basemap");
    private final ObjectProperty<Bounds> homeBounds = new SimpleObjectProperty<>(this, "homeBounds");
    private final ObjectProperty<MapViewport> viewport = new SimpleObjectProperty<>(this, "viewport") {
        @Override
        public void set(MapViewport value) {
            super.set(value == null ? null : value.withMetresPerPixel(
                    Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, value.metresPerPixel()))));
        }
    };
    private final ReadOnlyIntegerWrapper markersDrawn = new ReadOnlyIntegerWrapper(this, "markersDrawn");
    private final CategorySymbols symbols = new CategorySymbols(this, StyleableProperties.CATEGORY_COLORS);
    private final StyleableObjectProperty<Color> seaColor =
            StyleableColors.property(this, "seaColor", StyleableProperties.SEA);
    private final StyleableObjectProperty<Color> landColor =
            StyleableColors.property(this, "landColor", StyleableProperties.LAND);
    private final StyleableObjectProperty<Color> borderColor =
            StyleableColors.property(this, "borderColor", StyleableProperties.BORDER);
    private final StyleableObjectProperty<Color> coastColor =
            StyleableColors.property(this, "coastColor", StyleableProperties.COAST);
    private final StyleableObjectProperty<Color> labelColor =
            StyleableColors.property(this, "labelColor", StyleableProperties.LABEL);
    private final StyleableObjectProperty<Color> highlightColor =
            StyleableColors.property(this, "highlightColor", StyleableProperties.HIGHLIGHT);

    /**
     * @param viewState  the shared state this map shows and edits
     * @param projection the projection the base map and events are drawn in
     */
    public MapView(ViewState viewState, GeoProjection projection) {
        this.viewState = viewState;
        this.projection = projection;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return MapView.class.getResource("map-view.css").toExternalForm();
    }

    public ViewState getViewState() {
        return viewState;
    }

    public GeoProjection getProjection() {
        return projection;
    }

    /** The base map drawn under the events; null draws only the sea. */
    public final ObjectProperty<Basemap> basemapProperty() {
        return basemap;
    }

    public final Basemap getBasemap() {
        return basemap.get();
    }

    public final void setBasemap(Basemap value) {
        basemap.set(value);
    }

    /** The projected area "fit region" shows; also the first view when no viewport is set. */
    public final ObjectProperty<Bounds> homeBoundsProperty() {
        return homeBounds;
    }

    public final Bounds getHomeBounds() {
        return homeBounds.get();
    }

    public final void setHomeBounds(Bounds value) {
        homeBounds.set(value);
    }

    /**
     * What the map shows; null until the first layout fits the home bounds. The scale is clamped to
     * {@link #MIN_METRES_PER_PIXEL}..{@link #MAX_METRES_PER_PIXEL}.
     */
    public final ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    public final MapViewport getViewport() {
        return viewport.get();
    }

    public final void setViewport(MapViewport value) {
        viewport.set(value);
    }

    /**
     * How many events the last frame showed, as markers or counted in the density surface that replaces them when
     * there are thousands: what a user actually sees, for tests and diagnostics.
     */
    public final ReadOnlyIntegerProperty markersDrawnProperty() {
        return markersDrawn.getReadOnlyProperty();
    }

    public final int getMarkersDrawn() {
        return markersDrawn.get();
    }

    void setMarkersDrawn(int n) {
        markersDrawn.set(n);
    }

    /**
     * Where the marker of event {@code index} is, in this control's coordinates, or null when it is not shown
     * (outside the view, filtered out or outside the time window).
     */
    public Point2D markerPosition(int index) {
        MapViewport v = getViewport();
        if (v == null || !viewState.getVisible().contains(index)) {
            return null;
        }
        double[] xy = projection.project(viewState.store().lon(index), viewState.store().lat(index));
        double w = contentWidth();
        double h = contentHeight();
        double x = v.toScreenX(xy[0], w);
        double y = v.toScreenY(xy[1], h);
        if (x < 0 || y < 0 || x > w || y > h) {
            return null;
        }
        return new Point2D(snappedLeftInset() + x, snappedTopInset() + y);
    }

    /** Width of the drawn area (inside border and padding), in which viewport coordinates are expressed. */
    double contentWidth() {
        return getWidth() - snappedLeftInset() - snappedRightInset();
    }

    double contentHeight() {
        return getHeight() - snappedTopInset() - snappedBottomInset();
    }

    /** Shows the whole home region. */
    public void fitRegion() {
        if (homeBounds.get() != null && contentWidth() > 0 && contentHeight() > 0) {
            setViewport(MapViewport.fit(homeBounds.get(), contentWidth(), contentHeight(), 16));
        }
    }

    /** Zooms by {@code factor} (above 1 zooms in) about the centre of the view. */
    public void zoom(double factor) {
        MapViewport v = getViewport();
        if (v != null) {
            double w = contentWidth();
            double h = contentHeight();
            setViewport(v.zoomedAbout(w / 2, h / 2, w, h, factor));
        }
    }

    /** Moves the content by {@code (dx, dy)} pixels. */
    public void panBy(double dx, double dy) {
        MapViewport v = getViewport();
        if (v != null) {
            setViewport(v.pannedBy(dx, dy));
        }
    }

    public CategorySymbols getSymbols() {
        return symbols;
    }

    public final Color getSeaColor() {
        return seaColor.get();
    }

    public final Color getLandColor() {
        return landColor.get();
    }

    public final Color getBorderColor() {
        return borderColor.get();
    }

    public final Color getCoastColor() {
        return coastColor.get();
    }

    public final Color getLabelColor() {
        return labelColor.get();
    }

    public final Color getHighlightColor() {
        return highlightColor.get();
    }


    private static final class StyleableProperties {
        static final List<CssMetaData<MapView, Color>> CATEGORY_COLORS =
                CategorySymbols.cssMetaData(MapView::getSymbols);
        static final CssMetaData<MapView, Color> SEA =
                StyleableColors.metaData("-sc-sea-color", "#dbe8f0", v -> v.seaColor);
        static final CssMetaData<MapView, Color> LAND =
                StyleableColors.metaData("-sc-land-color", "#f4f1ea", v -> v.landColor);
        static final CssMetaData<MapView, Color> BORDER =
                StyleableColors.metaData("-sc-border-color", "#9a948a", v -> v.borderColor);
        static final CssMetaData<MapView, Color> COAST =
                StyleableColors.metaData("-sc-coast-color", "#7d98ab", v -> v.coastColor);
        static final CssMetaData<MapView, Color> LABEL =
                StyleableColors.metaData("-sc-label-color", "#5b564e", v -> v.labelColor);
        static final CssMetaData<MapView, Color> HIGHLIGHT =
                StyleableColors.metaData("-sc-highlight-color", "#111111", v -> v.highlightColor);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
            list.addAll(CATEGORY_COLORS);
            list.addAll(List.of(SEA, LAND, BORDER, COAST, LABEL, HIGHLIGHT));
            ALL = Collections.unmodifiableList(list);
        }

    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
