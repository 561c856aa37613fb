package org.sirocco.map;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.transform.Scale;
import org.sirocco.data.Category;
import org.sirocco.data.CountryNames;
import org.sirocco.data.DataCredit;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.BasemapLevel;
import org.sirocco.geo.Bounds;
import org.sirocco.i18n.Messages;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;

/**
 * Draws the map on one Canvas. Any change marks the skin dirty and requests a layout; the frame is drawn once, in
 * {@code layoutChildren}, however many changes arrived during the pulse. A tooltip label floats over the canvas.
 */
final class MapViewSkin extends SkinBase<MapView> {

    private static final double TOOLTIP_MAX_WIDTH = 360;

    private final Canvas canvas = new Canvas();
    private final Label tooltip = new Label();
    private final MapRenderer renderer = new MapRenderer();
    private final MapInputHandler input;
    private final ResourceBundle messages;
    private final MapTexts texts;
    private MapFrame lastFrame;
    private Bounds box;
    private boolean dirty = true;

    MapViewSkin(MapView control) {
        super(control);
        messages = control.getMessages();
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setMouseTransparent(true);
        tooltip.setWrapText(true);
        tooltip.setVisible(false);
        tooltip.setManaged(false);
        getChildren().addAll(canvas, tooltip);
        List<String> categoryNames = new ArrayList<>();
        for (Category c : Category.values()) {
            categoryNames.add(messages.getString("category." + c.id() + ".plural"));
        }
        texts = new MapTexts(List.copyOf(categoryNames), messages.getString("map.legend.title"),
                messages.getString("map.legend.countryWide"), messages.getString("map.legend.killed"),
                messages.getString("map.north"), messages.getString("map.attribution"), messages);
        ViewState state = control.getViewState();
        input = new MapInputHandler(control, canvas, this);
        for (var property : List.of(state.datasetProperty(), state.visibleProperty(), state.selectedEventProperty(),
                state.hoveredEventProperty(), state.selectionProperty(), control.viewportProperty(),
                control.basemapProperty(), control.detailedBasemapProperty(), control.citiesProperty(),
                control.homeBoundsProperty(), control.showGraticuleProperty(), control.sizeByCasualtiesProperty(),
                control.renderScaleProperty())) {
            registerInvalidationListener(property, o -> markDirty());
        }
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The frame last drawn, for hit tests; null before the first. */
    MapFrame lastFrame() {
        return lastFrame;
    }

    EventPainter events() {
        return renderer.events();
    }

    LabelPainter labels() {
        return renderer.labels();
    }

    FurniturePainter furniture() {
        return renderer.furniture();
    }

    /** The box a shift-drag is drawing, in canvas pixels, or null when none. */
    void setBox(Bounds value) {
        box = value;
        markDirty();
    }

    /** Shows the tooltip for what is under the pointer at (x, y), or hides it. */
    void showTooltip(MapHit hit, double x, double y) {
        if (hit.isNone()) {
            tooltip.setVisible(false);
            return;
        }
        if (hit.cluster() != null) {
            StringBuilder parts = new StringBuilder();
            for (Category c : Category.values()) {
                int n = hit.cluster().byCategory()[c.ordinal()];
                if (n > 0) {
                    parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ')
                            .append(texts.categoryNames().get(c.ordinal()).toLowerCase());
                }
            }
            String count = Messages.integer(Messages.locale(messages), hit.cluster().count());
            tooltip.setText(hit.cluster().isCountryWide()
                    ? Messages.format(messages, "map.tooltip.countryWideCluster", count,
                            CountryNames.of(hit.cluster().wholeCountry(), Language.of(messages)), parts)
                    : Messages.format(messages, "map.tooltip.cluster", count, parts));
        } else {
            Event e = getSkinnable().getViewState().store().event(hit.event());
            Place place = e.primaryPlace();
            String where = place.precision() == PlacePrecision.COUNTRY
                    ? Messages.format(messages, "map.tooltip.countryWide", CountryNames.of(place.country(), Language.of(messages)))
                    : place.name();
            tooltip.setText(e.title(Language.of(messages)) + "\n" + EventDates.format(e, Messages.locale(messages)) + " \u00b7 " + where);
        }
        // Beside the pointer, on whichever side has room, and never past the map's edges (a long cluster summary
        // wraps).
        double mapWidth = canvas.getBoundsInParent().getWidth();
        double mapHeight = canvas.getBoundsInParent().getHeight();
        double w = Math.min(tooltip.prefWidth(-1), Math.min(TOOLTIP_MAX_WIDTH, mapWidth));
        double h = tooltip.prefHeight(w);
        double tx = x + 14 + w > mapWidth ? x - 10 - w : x + 14;
        double ty = y + 18 + h > mapHeight ? y - 10 - h : y + 18;
        tx = Math.max(0, Math.min(tx, mapWidth - w));
        ty = Math.max(0, Math.min(ty, mapHeight - h));
        tooltip.resizeRelocate(canvas.getLayoutX() + tx, canvas.getLayoutY() + ty, w, h);
        tooltip.setVisible(true);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        MapView map = getSkinnable();
        double scale = map.getRenderScale();
        if (canvas.getWidth() != w * scale || canvas.getHeight() != h * scale) {
            canvas.setWidth(w * scale);
            canvas.setHeight(h * scale);
            canvas.getTransforms().setAll(scale == 1 ? List.of() : List.of(new Scale(1 / scale, 1 / scale)));
            dirty = true;
        }
        canvas.relocate(x, y);
        if (map.getViewport() == null && w > 0 && h > 0) {
            map.fitRegion();
        }
        if (dirty && w > 0 && h > 0) {
            dirty = false;
            ViewState state = map.getViewState();
            BasemapLevel level = null;
            if (map.getViewport() != null) {
                double mpp = map.getViewport().metresPerPixel();
                Basemap source = mpp < MapView.DETAILED_BELOW_METRES_PER_PIXEL && map.getDetailedBasemap() != null
                        ? map.getDetailedBasemap() : map.getBasemap();
                level = source == null ? null : source.forScale(mpp);
            }
            lastFrame = new MapFrame(w, h, map.getViewport(), map.getProjection(), level, map.getCities(), map.layer(),
                    state.getVisible(), state.getSelectedEvent(), state.getHoveredEvent(), state.getSelection(),
                    map.isShowGraticule(), map.isSizeByCasualties(), box);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(scale, 0, 0, scale, 0, 0);
            map.setMarkersDrawn(renderer.draw(gc, lastFrame, map, texts.withAttribution(attribution(state))));
            map.setCountriesNamed(labels().names().stream().filter(LabelPainter.Name::country)
                    .map(n -> n.text().replace('\n', ' ')).toList());
        }
    }

    /**
     * The attribution line; while events of a dataset whose terms ask for credit are shown (ACLED, the GTD), it
     * names that dataset too.
     */
    private String attribution(ViewState state) {
        List<DataCredit> credits = state.store().creditsAmong(state.getVisible());
        String base = messages.getString("map.attribution");
        if (credits.isEmpty()) {
            return base;
        }
        return Messages.format(messages, "map.attribution.withData", base,
                String.join("; ", credits.stream().map(DataCredit::credit).toList()));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 600;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 100;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 100;
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }
}
