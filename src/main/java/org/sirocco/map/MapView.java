package org.sirocco.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.City;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.symbols.StyleableColors;

/**
 * A map of events over a base map. Shows the events of the view state's visible set, as markers, clusters with
 * counts where markers would overlap, or a density surface when there are very many; hovering and clicking set the
 * shared hover and selection, a shift-drag picks every event in a box. Drag pans, the wheel zooms about the pointer,
 * a double-click zooms in, {@code +}/{@code -} and the arrow keys zoom and pan, {@code 0} fits the region.
 */
public class MapView extends Control {

    /** Closest and farthest zoom, in metres per pixel: a town's streets to the whole of Africa and Europe. */
    public static final double MIN_METRES_PER_PIXEL = 20;
    public static final double MAX_METRES_PER_PIXEL = 20_000;
    /** Finer than this, the detailed (1:10m) base map is drawn when it is there. */
    public static final double DETAILED_BELOW_METRES_PER_PIXEL = 1_500;
    /** The scale at which one event, or a few in one town, is shown. */
    static final double TOWN_METRES_PER_PIXEL = 150;
    /** How close to the edge a selected marker may be before the map pans to it. */
    static final double FOLLOW_MARGIN = 30;
    private static final String DEFAULT_STYLE_CLASS = "map-view";

    private final ViewState viewState;
    private final GeoProjection projection;
    private final ResourceBundle messages;
    private final ObjectProperty<Basemap> basemap = new SimpleObjectProperty<>(this, "basemap");
    private final ObjectProperty<Basemap> detailedBasemap = new SimpleObjectProperty<>(this, "detailedBasemap");
    private final ObjectProperty<List<City>> cities = new SimpleObjectProperty<>(this, "cities", List.of());
    private final ObjectProperty<Bounds> homeBounds = new SimpleObjectProperty<>(this, "homeBounds");
    private final BooleanProperty showGraticule = new SimpleBooleanProperty(this, "showGraticule");
    private final BooleanProperty sizeByCasualties = new SimpleBooleanProperty(this, "sizeByCasualties");
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1) {
        @Override
        public void set(double value) {
            super.set(value >= 1 && value <= 8 ? value : 1);
        }
    };
    private final ObjectProperty<MapViewport> viewport = new SimpleObjectProperty<>(this, "viewport") {
        @Override
        public void set(MapViewport value) {
            super.set(value == null ? null : value.withMetresPerPixel(
                    Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, value.metresPerPixel()))));
        }
    };
    private final ReadOnlyIntegerWrapper markersDrawn = new ReadOnlyIntegerWrapper(this, "markersDrawn");
    private List<String> countriesNamed = List.of();
    private EventLayer layer;
    private final CategorySymbols symbols = new CategorySymbols(this, StyleableProperties.CATEGORY_COLORS);
    private final StyleableObjectProperty<Color> seaColor =
            StyleableColors.property(this, "seaColor", StyleableProperties.SEA);
    private final StyleableObjectProperty<Color> landColor =
            StyleableColors.property(this, "landColor", StyleableProperties.LAND);
    private final StyleableObjectProperty<Color> contextLandColor =
            StyleableColors.property(this, "contextLandColor", StyleableProperties.CONTEXT_LAND);
    private final StyleableObjectProperty<Color> borderColor =
            StyleableColors.property(this, "borderColor", StyleableProperties.BORDER);
    private final StyleableObjectProperty<Color> coastColor =
            StyleableColors.property(this, "coastColor", StyleableProperties.COAST);
    private final StyleableObjectProperty<Color> labelColor =
            StyleableColors.property(this, "labelColor", StyleableProperties.LABEL);
    private final StyleableObjectProperty<Color> cityColor =
            StyleableColors.property(this, "cityColor", StyleableProperties.CITY);
    private final StyleableObjectProperty<Color> graticuleColor =
            StyleableColors.property(this, "graticuleColor", StyleableProperties.GRATICULE);
    private final StyleableObjectProperty<Color> highlightColor =
            StyleableColors.property(this, "highlightColor", StyleableProperties.HIGHLIGHT);

    /**
     * @param viewState  the shared state this map shows and edits
     * @param projection the projection the base map and events are drawn in
     * @param messages   the words of its legend, tooltips and attribution, in the interface's language
     */
    public MapView(ViewState viewState, GeoProjection projection, ResourceBundle messages) {
        this.viewState = viewState;
        this.projection = projection;
        this.messages = messages;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        viewState.selectedEventProperty().addListener((obs, old, now) -> keepInView(now.intValue()));
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

    /** The messages it speaks in, given by whoever built it. */
    public ResourceBundle getMessages() {
        return messages;
    }

    public GeoProjection getProjection() {
        return projection;
    }

    /** The base map drawn when zoomed out (1:50m); null draws only the sea. */
    public final ObjectProperty<Basemap> basemapProperty() {
        return basemap;
    }

    public final Basemap getBasemap() {
        return basemap.get();
    }

    public final void setBasemap(Basemap value) {
        basemap.set(value);
    }

    /** The base map drawn when zoomed in past {@link #DETAILED_BELOW_METRES_PER_PIXEL} (1:10m); null keeps 1:50m. */
    public final ObjectProperty<Basemap> detailedBasemapProperty() {
        return detailedBasemap;
    }

    public final Basemap getDetailedBasemap() {
        return detailedBasemap.get();
    }

    public final void setDetailedBasemap(Basemap value) {
        detailedBasemap.set(value);
    }

    /** Capitals and cities named on the map, with the rank that decides from which zoom they show. */
    public final ObjectProperty<List<City>> citiesProperty() {
        return cities;
    }

    public final List<City> getCities() {
        return cities.get();
    }

    public final void setCities(List<City> value) {
        cities.set(value == null ? List.of() : List.copyOf(value));
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

    /** Whether meridians and parallels are drawn, with their degrees at the map's edges. */
    public final BooleanProperty showGraticuleProperty() {
        return showGraticule;
    }

    public final boolean isShowGraticule() {
        return showGraticule.get();
    }

    public final void setShowGraticule(boolean value) {
        showGraticule.set(value);
    }

    /** Whether markers grow with the number of people killed (the legend then shows the sizes). */
    public final BooleanProperty sizeByCasualtiesProperty() {
        return sizeByCasualties;
    }

    public final boolean isSizeByCasualties() {
        return sizeByCasualties.get();
    }

    public final void setSizeByCasualties(boolean value) {
        sizeByCasualties.set(value);
    }

    /**
     * Canvas pixels per layout pixel: above 1 draws the map sharper for a picture snapshotted at a larger scale (a
     * 4K export of a full-HD layout). Pointer input expects 1, so on screen it stays 1.
     */
    public final DoubleProperty renderScaleProperty() {
        return renderScale;
    }

    public final double getRenderScale() {
        return renderScale.get();
    }

    public final void setRenderScale(double value) {
        renderScale.set(value);
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
     * How many events the last frame showed, as markers, in clusters or counted in the density surface that
     * replaces them when there are thousands: what a user actually sees, for tests and diagnostics.
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

    /** The country names the last frame wrote, as written (upper case), a name on two lines joined by a space. */
    public final List<String> getCountriesNamed() {
        return countriesNamed;
    }

    void setCountriesNamed(List<String> names) {
        countriesNamed = List.copyOf(names);
    }

    /** Every font the map writes with; a picture exported at a scale draws each that much larger. */
    public static List<Font> fonts() {
        return MapFonts.all();
    }

    /**
     * The events of the dataset projected for drawing, with the base map's label points for events known only to
     * their country; built again when the dataset or the base map has changed.
     */
    EventLayer layer() {
        if (layer == null || layer.store != viewState.store() || layer.basemap != getBasemap()) {
            layer = new EventLayer(viewState.store(), projection, getBasemap());
        }
        return layer;
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
        double w = contentWidth();
        double h = contentHeight();
        double x = v.toScreenX(layer().x[index], w);
        double y = v.toScreenY(layer().y[index], h);
        if (x < 0 || y < 0 || x > w || y > h) {
            return null;
        }
        return new Point2D(snappedLeftInset() + x, snappedTopInset() + y);
    }

    /**
     * Pans (at the same scale) to centre event {@code index} when its marker lies outside the view or within
     * {@link #FOLLOW_MARGIN} pixels of its edge: picking an event in the list or walking through them with the arrow
     * keys keeps it on the map. Events not shown (filtered out) leave the map where it is.
     */
    void keepInView(int index) {
        MapViewport v = getViewport();
        if (index < 0 || v == null || !viewState.getVisible().contains(index)) {
            return;
        }
        double mx = layer().x[index];
        double my = layer().y[index];
        double w = contentWidth();
        double h = contentHeight();
        double x = v.toScreenX(mx, w);
        double y = v.toScreenY(my, h);
        double margin = Math.min(FOLLOW_MARGIN, Math.min(w, h) / 4);
        if (x < margin || y < margin || x > w - margin || y > h - margin) {
            setViewport(new MapViewport(mx, my, v.metresPerPixel()));
        }
    }

    /** Width of the drawn area (inside border and padding), in which viewport coordinates are expressed. */
    public double contentWidth() {
        return getWidth() - snappedLeftInset() - snappedRightInset();
    }

    /** Height of the drawn area (inside border and padding). */
    public double contentHeight() {
        return getHeight() - snappedTopInset() - snappedBottomInset();
    }

    /** Takes {@code other}'s base maps, cities, home region and display options: a second map of the same data. */
    public void copyLayersFrom(MapView other) {
        setBasemap(other.getBasemap());
        setDetailedBasemap(other.getDetailedBasemap());
        setCities(other.getCities());
        setHomeBounds(other.getHomeBounds());
        setShowGraticule(other.isShowGraticule());
        setSizeByCasualties(other.isSizeByCasualties());
    }

    /** Shows the whole home region. */
    public void fitRegion() {
        if (homeBounds.get() != null) {
            zoomTo(homeBounds.get());
        }
    }

    /**
     * Shows a dataset just opened: the home region, as at start, unless none of the events that pass the filters
     * lies in it; then those events.
     */
    public void fitData() {
        Bounds events = boundsOf(viewState.getVisible());
        Bounds home = homeBounds.get();
        if (home != null && (events == null || home.intersects(events))) {
            fitRegion();
        } else if (events != null) {
            zoomTo(events);
        }
    }

    /** Shows {@code bounds} (projected metres) whole, with a margin, and never closer than town scale. */
    public void zoomTo(Bounds bounds) {
        if (contentWidth() > 0 && contentHeight() > 0) {
            MapViewport fit = MapViewport.fit(bounds, contentWidth(), contentHeight(), 40);
            boolean point = bounds.width() == 0 && bounds.height() == 0;
            setViewport(fit.withMetresPerPixel(point ? TOWN_METRES_PER_PIXEL
                    : Math.max(fit.metresPerPixel(), TOWN_METRES_PER_PIXEL)));
        }
    }

    /** Shows every event picked together, or else the selected event; false when nothing is selected. */
    public boolean zoomToSelection() {
        EventSelection picked = viewState.getSelection();
        if (picked.count() == 0 && viewState.getSelectedEvent() >= 0) {
            picked = EventSelection.range(viewState.store().size(), viewState.getSelectedEvent(),
                    viewState.getSelectedEvent() + 1);
        }
        return zoomToEvents(picked);
    }

    /** Shows every event that passes the filters and the time window; false when there is none. */
    public boolean zoomToFiltered() {
        return zoomToEvents(viewState.getVisible());
    }

    private boolean zoomToEvents(EventSelection events) {
        Bounds b = boundsOf(events);
        if (b == null) {
            return false;
        }
        zoomTo(b);
        return true;
    }

    /** Projected bounds of the events' markers, or null when there is none. */
    private Bounds boundsOf(EventSelection events) {
        if (events.count() == 0) {
            return null;
        }
        EventLayer drawn = layer();
        double[] range = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        events.forEach(i -> {
            range[0] = Math.min(range[0], drawn.x[i]);
            range[1] = Math.min(range[1], drawn.y[i]);
            range[2] = Math.max(range[2], drawn.x[i]);
            range[3] = Math.max(range[3], drawn.y[i]);
        });
        return new Bounds(range[0], range[1], range[2], range[3]);
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

    public final Color getContextLandColor() {
        return contextLandColor.get();
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

    public final Color getCityColor() {
        return cityColor.get();
    }

    public final Color getGraticuleColor() {
        return graticuleColor.get();
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
                StyleableColors.metaData("-sc-land-color", "#f4f0e6", v -> v.landColor);
        static final CssMetaData<MapView, Color> CONTEXT_LAND =
                StyleableColors.metaData("-sc-context-land-color", "#ecebe7", v -> v.contextLandColor);
        static final CssMetaData<MapView, Color> BORDER =
                StyleableColors.metaData("-sc-border-color", "#9a948a", v -> v.borderColor);
        static final CssMetaData<MapView, Color> COAST =
                StyleableColors.metaData("-sc-coast-color", "#7d98ab", v -> v.coastColor);
        static final CssMetaData<MapView, Color> LABEL =
                StyleableColors.metaData("-sc-label-color", "#6e685f", v -> v.labelColor);
        static final CssMetaData<MapView, Color> CITY =
                StyleableColors.metaData("-sc-city-color", "#3d3a35", v -> v.cityColor);
        static final CssMetaData<MapView, Color> GRATICULE =
                StyleableColors.metaData("-sc-graticule-color", "#a9bccb", v -> v.graticuleColor);
        static final CssMetaData<MapView, Color> HIGHLIGHT =
                StyleableColors.metaData("-sc-highlight-color", "#111111", v -> v.highlightColor);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
            list.addAll(CATEGORY_COLORS);
            list.addAll(List.of(SEA, LAND, CONTEXT_LAND, BORDER, COAST, LABEL, CITY, GRATICULE, HIGHLIGHT));
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
