package org.sirocco.map;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.canvas.GraphicsContext;
import org.sirocco.geo.Bounds;
import org.sirocco.i18n.Language;

/**
 * Draws one frame of the map, layer by layer: base map, city dots, events, names (over the markers, so that no
 * marker hides a name), the hovered and selected events, the box being drawn, map furniture. Everything is laid out
 * first: markers, then furniture, then names, which keep clear of both.
 */
final class MapRenderer {

    private final BasemapPainter basemap = new BasemapPainter();
    private final LabelPainter labels = new LabelPainter();
    private final EventPainter events = new EventPainter();
    private final FurniturePainter furniture = new FurniturePainter();

    /** Draws a frame and returns how many events it showed. */
    int draw(GraphicsContext gc, MapFrame f, MapView style, MapTexts texts) {
        basemap.draw(gc, f, style);
        if (f.viewport() == null) {
            return 0;
        }
        events.layout(f);
        List<Bounds> panels = furniture.layout(f, texts, events.countryWideInView(), events::eventsIn);
        labels.layout(f, Language.of(texts.messages()), events.discs(), panels);
        labels.drawDots(gc, style);
        int shown = events.draw(gc, f, style);
        labels.drawNames(gc, style);
        events.drawHighlights(gc, f, style);
        if (f.box() != null) {
            gc.setFill(style.getHighlightColor().deriveColor(0, 1, 1, 0.08));
            gc.setStroke(style.getHighlightColor());
            gc.setLineWidth(1);
            gc.setLineDashes(4, 3);
            double w = f.box().width();
            double h = f.box().height();
            gc.fillRect(f.box().minX(), f.box().minY(), w, h);
            gc.strokeRect(f.box().minX() + 0.5, f.box().minY() + 0.5, w, h);
            gc.setLineDashes();
        }
        furniture.draw(gc, f, style, texts, events.inViewByCategory());
        return shown;
    }

    EventPainter events() {
        return events;
    }

    LabelPainter labels() {
        return labels;
    }

    FurniturePainter furniture() {
        return furniture;
    }
}
