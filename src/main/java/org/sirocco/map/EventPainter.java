package org.sirocco.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.Category;
import org.sirocco.data.EventSelection;
import org.sirocco.geo.Bounds;
import org.sirocco.symbols.CategorySymbols;
import org.sirocco.symbols.CountryWideMark;

/**
 * The events of a frame: markers where they stand apart, clusters with counts where they would overlap, or a
 * density surface when there are too many to cluster; events known only to their country ringed by a dashed
 * {@link CountryWideMark} at the country's label point; one arc per pair of states with diplomatic events in view,
 * as wide as the pair has events, faint unless its events are shown for themselves; dashed links between the places
 * of an event held in several; rings on the hovered, selected and picked events.
 */
final class EventPainter {

    /**
     * The diplomatic events in view between two states, drawn as one arc: {@code a} and {@code b} their ISO codes,
     * each state standing at the place its events in view name most often ({@code ax, ay} and {@code bx, by},
     * projected), {@code events} how many events of the pair are in view, and whether the arc is drawn clearly (one
     * of its events is hovered, selected or picked, or diplomatic events are all that is shown) or faintly.
     */
    record Relation(String a, String b, double ax, double ay, double bx, double by, int events, boolean clear) {
    }

    private record StatePair(String a, String b) {

        static StatePair of(String one, String other) {
            return one.compareTo(other) < 0 ? new StatePair(one, other) : new StatePair(other, one);
        }
    }

    static final double MARKER_SIZE = 10;
    /** Markers closer than this (pixels) are clustered. */
    static final double CLUSTER_CELL = 22;
    /** Above this many events in view, a density surface replaces markers and clusters. */
    static final int MAX_CLUSTERED = 20_000;
    /** Diplomatic arcs are drawn while there are at most this many events in view. */
    private static final int MAX_LINKED = 3_000;
    /** Radius in pixels of the dashed ring round a country-wide marker. */
    static final double COUNTRY_WIDE_RADIUS = 11;
    /** How far the dashed ring of a cluster of country-wide events stands outside the cluster's disc. */
    private static final double COUNTRY_WIDE_RIM = 4;
    private static final double[] LINK_DASHES = {3, 3};
    private static final double FAINT_ARC_OPACITY = 0.22;
    private static final double CLEAR_ARC_OPACITY = 0.9;

    private final DensityRaster density = new DensityRaster();
    private Clusters.Result lastClusters;
    private List<Relation> relations = List.of();
    private MapFrame lastFrame;
    private final int[] inViewByCategory = new int[Category.count()];
    private int countryWideInView;

    /**
     * Works out where the frame's markers, clusters and arcs go, before anything is drawn (labels avoid them and
     * the legend counts them); null when the frame has too many events in view and draws their density instead.
     */
    Clusters.Result layout(MapFrame f) {
        lastFrame = f;
        lastClusters = f.events() == null || f.viewport() == null || countInView(f, MAX_CLUSTERED + 1) > MAX_CLUSTERED
                ? null : Clusters.of(f.events(), f.visible(), f.viewport(), f.width(), f.height(), CLUSTER_CELL);
        relations = lastClusters == null || lastClusters.events() > MAX_LINKED ? List.of() : relate(f);
        countryWideInView = 0;
        if (lastClusters != null) {
            for (Clusters.Cluster c : lastClusters.all()) {
                countryWideInView += c.isCountryWide() ? c.count() : 0;
            }
        }
        return lastClusters;
    }

    /** The discs the markers and clusters of the last layout cover, {@code {x, y, radius}} in canvas pixels. */
    List<double[]> discs() {
        List<double[]> out = new ArrayList<>();
        if (lastClusters != null) {
            for (Clusters.Cluster c : lastClusters.singles()) {
                out.add(new double[] {lastFrame.sx(c.x()), lastFrame.sy(c.y()), singleRadius(lastFrame, c)});
            }
            for (Clusters.Cluster c : lastClusters.clusters()) {
                out.add(new double[] {lastFrame.sx(c.x()), lastFrame.sy(c.y()),
                    clusterRadius(c.count()) + (c.isCountryWide() ? COUNTRY_WIDE_RIM : 0)});
            }
        }
        return out;
    }

    /** The room a marker of its own takes: its symbol, or the dashed ring round a country-wide one. */
    private double singleRadius(MapFrame f, Clusters.Cluster c) {
        double marker = markerSize(f, c.single()) / 2;
        return c.isCountryWide() ? Math.max(COUNTRY_WIDE_RADIUS, marker + 4) : marker;
    }

    /** The arcs of the last layout, one per pair of states. */
    List<Relation> relations() {
        return relations;
    }

    /** How many events known only to their country the last layout showed. */
    int countryWideInView() {
        return countryWideInView;
    }

    /**
     * Draws the events as the last {@link #layout} placed them, all but the hovered and selected ones' rings
     * ({@link #drawHighlights}); returns how many it showed.
     */
    int draw(GraphicsContext gc, MapFrame f, MapView style) {
        if (lastFrame != f) {
            layout(f);
        }
        Arrays.fill(inViewByCategory, 0);
        if (f.events() == null || f.viewport() == null) {
            return 0;
        }
        int shown;
        if (lastClusters == null) {
            shown = density.render(f.events(), f.visible(), f.viewport(), f.width(), f.height(),
                    style.getSymbols(), inViewByCategory);
            gc.setImageSmoothing(false);
            gc.drawImage(density.image(), 0, 0, density.image().getWidth() * DensityRaster.CELL,
                    density.image().getHeight() * DensityRaster.CELL);
            gc.setImageSmoothing(true);
        } else {
            shown = lastClusters.events();
            drawRelations(gc, f, style);
            for (Clusters.Cluster c : lastClusters.singles()) {
                if (c.isCountryWide()) {
                    CountryWideMark.draw(gc, f.sx(c.x()), f.sy(c.y()), singleRadius(f, c),
                            style.getSymbols().color(f.events().store.category(c.single())));
                }
                drawMarker(gc, f, style, c.single(), 1, Color.WHITE, 1);
                inViewByCategory[f.events().store.category(c.single()).ordinal()]++;
            }
            for (Clusters.Cluster c : lastClusters.clusters()) {
                drawCluster(gc, f, style, c);
                for (int k = 0; k < inViewByCategory.length; k++) {
                    inViewByCategory[k] += c.byCategory()[k];
                }
            }
            drawPicked(gc, f, style);
        }
        return shown;
    }

    /** Rings the hovered and the selected event, over everything else the events draw, names included. */
    void drawHighlights(GraphicsContext gc, MapFrame f, MapView style) {
        if (f.events() != null && f.viewport() != null) {
            highlight(gc, f, style, f.hovered(), 1.5);
            highlight(gc, f, style, f.selected(), 2.5);
        }
    }

    /**
     * Pairs the states of the diplomatic events in view: each event links the state of its primary place to the
     * state of each of its other places, once per state.
     */
    private static List<Relation> relate(MapFrame f) {
        EventLayer layer = f.events();
        Bounds area = f.visibleArea();
        EventSelection diplomatic = f.visible().and(layer.store.withCategory(Category.DIPLOMATIC));
        boolean onlyDiplomatic = diplomatic.count() == f.visible().count();
        Map<StatePair, int[]> pairs = new LinkedHashMap<>();
        Map<String, Map<Long, Integer>> placesNamed = new HashMap<>();
        Set<String> paired = new HashSet<>();
        diplomatic.forEach(i -> {
            if (layer.placeCount(i) < 2 || !anyPlaceIn(layer, i, area)) {
                return;
            }
            boolean clear = onlyDiplomatic || i == f.hovered() || i == f.selected() || f.selection().contains(i);
            String home = layer.store.placeCountry(i, 0);
            paired.clear();
            for (int p = 0; p < layer.placeCount(i); p++) {
                String state = layer.store.placeCountry(i, p);
                int k = layer.placeStart[i] + p;
                placesNamed.computeIfAbsent(state, s -> new HashMap<>())
                        .merge(position(layer.placeX[k], layer.placeY[k]), 1, Integer::sum);
                if (!state.equals(home) && paired.add(state)) {
                    int[] pair = pairs.computeIfAbsent(StatePair.of(home, state), key -> new int[2]);
                    pair[0]++;
                    pair[1] |= clear ? 1 : 0;
                }
            }
        });
        List<Relation> out = new ArrayList<>(pairs.size());
        pairs.forEach((pair, counts) -> {
            long a = mostNamed(placesNamed.get(pair.a()));
            long b = mostNamed(placesNamed.get(pair.b()));
            out.add(new Relation(pair.a(), pair.b(), xOf(a), yOf(a), xOf(b), yOf(b), counts[0], counts[1] == 1));
        });
        return out;
    }

    private static long position(float x, float y) {
        return (long) Float.floatToIntBits(x) << 32 | Float.floatToIntBits(y) & 0xffffffffL;
    }

    private static double xOf(long position) {
        return Float.intBitsToFloat((int) (position >>> 32));
    }

    private static double yOf(long position) {
        return Float.intBitsToFloat((int) position);
    }

    /** The place named most often; of places named as often, the one with the lowest key, so frames agree. */
    private static long mostNamed(Map<Long, Integer> places) {
        long best = 0;
        int most = 0;
        for (Map.Entry<Long, Integer> e : places.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** How wide the arc of a pair with this many events in view is drawn, in pixels. */
    static double arcWidth(int events) {
        return Math.min(7, 1 + 1.1 * Math.sqrt(events - 1));
    }

    /** The arcs of the last layout, faint ones first so that clear ones lie on top. */
    private void drawRelations(GraphicsContext gc, MapFrame f, MapView style) {
        Color color = style.getSymbols().color(Category.DIPLOMATIC);
        gc.setLineDashes();
        for (boolean clear : new boolean[] {false, true}) {
            gc.setStroke(color.deriveColor(0, 1, clear ? 0.85 : 1, clear ? CLEAR_ARC_OPACITY : FAINT_ARC_OPACITY));
            for (Relation r : relations) {
                if (r.clear() == clear) {
                    gc.setLineWidth(arcWidth(r.events()));
                    arc(gc, f.sx(r.ax()), f.sy(r.ay()), f.sx(r.bx()), f.sy(r.by()));
                }
            }
        }
    }

    /** The clusters and markers of the last frame drawn with them, or null after a density frame. */
    Clusters.Result lastClusters() {
        return lastClusters;
    }

    /**
     * How many events the markers and clusters of the last frame within {@code area} (canvas pixels) stand for: a
     * cluster of 27 hides more than a single marker does. 0 after a density frame.
     */
    int eventsIn(Bounds area) {
        if (lastClusters == null) {
            return 0;
        }
        int n = 0;
        for (List<Clusters.Cluster> list : List.of(lastClusters.singles(), lastClusters.clusters())) {
            for (Clusters.Cluster c : list) {
                if (area.contains(lastFrame.sx(c.x()), lastFrame.sy(c.y()))) {
                    n += c.count();
                }
            }
        }
        return n;
    }

    /** Events shown in the last frame, per category. */
    int[] inViewByCategory() {
        return inViewByCategory.clone();
    }

    /** Visible events in view, counted up to {@code enough}. */
    private static int countInView(MapFrame f, int enough) {
        EventSelection visible = f.visible();
        if (visible.count() < enough) {
            return visible.count();
        }
        EventLayer layer = f.events();
        Bounds area = f.visibleArea();
        int n = 0;
        for (int i = visible.nextSetBit(0); i >= 0 && n < enough; i = visible.nextSetBit(i + 1)) {
            if (area.contains(layer.x[i], layer.y[i])) {
                n++;
            }
        }
        return n;
    }

    double markerSize(MapFrame f, int event) {
        if (!f.sizeByCasualties()) {
            return MARKER_SIZE;
        }
        return MARKER_SIZE * casualtyScale(f.events().store.killedMax(event));
    }

    /** How much larger than a plain marker an event with {@code killed} deaths is drawn: 1 for none or unknown. */
    static double casualtyScale(int killed) {
        return killed <= 0 ? 1 : Math.min(3, 1 + 0.55 * Math.log10(1 + killed));
    }

    private void drawMarker(GraphicsContext gc, MapFrame f, MapView style, int event, double scale, Color outline,
            double outlineWidth) {
        EventLayer layer = f.events();
        Category c = layer.store.category(event);
        gc.setFill(style.getSymbols().color(c));
        gc.setStroke(outline);
        gc.setLineWidth(outlineWidth);
        CategorySymbols.shape(c).draw(gc, f.sx(layer.x[event]), f.sy(layer.y[event]), markerSize(f, event) * scale);
    }

    /**
     * A disc sized by the count, ringed by the share of each category, the count in the middle; inside a dashed
     * {@link CountryWideMark} when its events are known only to their country.
     */
    private void drawCluster(GraphicsContext gc, MapFrame f, MapView style, Clusters.Cluster c) {
        double x = f.sx(c.x());
        double y = f.sy(c.y());
        double r = clusterRadius(c.count());
        if (c.isCountryWide()) {
            CountryWideMark.draw(gc, x, y, r + COUNTRY_WIDE_RIM, style.getHighlightColor());
        }
        gc.setFill(Color.rgb(255, 255, 255, 0.92));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        double start = 90;
        gc.setLineWidth(4);
        for (Category cat : Category.values()) {
            int n = c.byCategory()[cat.ordinal()];
            if (n == 0) {
                continue;
            }
            double extent = -360.0 * n / c.count();
            gc.setStroke(style.getSymbols().color(cat));
            gc.strokeArc(x - r + 2, y - r + 2, 2 * r - 4, 2 * r - 4, start, extent, ArcType.OPEN);
            start += extent;
        }
        if (f.selection().count() > 0 && anyPicked(f, c)) {
            gc.setStroke(style.getHighlightColor());
            gc.setLineWidth(2);
            gc.strokeOval(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
        }
        gc.setFill(Color.rgb(30, 30, 30));
        gc.setFont(MapFonts.COUNT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(formatCount(c.count()), x, y);
    }

    static double clusterRadius(int count) {
        return 10 + 3.2 * Math.log10(count);
    }

    private static String formatCount(int n) {
        return n < 1000 ? Integer.toString(n) : n < 10_000 ? String.format("%.1fk", n / 1000.0) : (n / 1000) + "k";
    }

    private static boolean anyPicked(MapFrame f, Clusters.Cluster c) {
        boolean[] found = {false};
        f.events().grid.forEachIn(c.extent().minX(), c.extent().minY(), c.extent().maxX(), c.extent().maxY(), i -> {
            if (!found[0] && f.selection().contains(i) && f.visible().contains(i)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static boolean anyPlaceIn(EventLayer layer, int i, Bounds area) {
        for (int p = layer.placeStart[i]; p < layer.placeStart[i + 1]; p++) {
            if (area.contains(layer.placeX[p], layer.placeY[p])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Joins the first place of event i to each of its other places, a dot on each other place: an arc for a
     * diplomatic event (two states), a dashed line for an event held in several places.
     */
    private static void link(GraphicsContext gc, MapFrame f, int i) {
        EventLayer layer = f.events();
        int s = layer.placeStart[i];
        double x0 = f.sx(layer.placeX[s]);
        double y0 = f.sy(layer.placeY[s]);
        boolean diplomatic = layer.store.category(i) == Category.DIPLOMATIC;
        for (int p = s + 1; p < layer.placeStart[i + 1]; p++) {
            double x1 = f.sx(layer.placeX[p]);
            double y1 = f.sy(layer.placeY[p]);
            if (diplomatic) {
                arc(gc, x0, y0, x1, y1);
            } else {
                gc.strokeLine(x0, y0, x1, y1);
            }
            gc.fillOval(x1 - 3, y1 - 3, 6, 6);
        }
    }

    /**
     * A curve between two points bowed to the same side whichever end it starts from, so that an event's own arc
     * lies on its pair's arc.
     */
    private static void arc(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        boolean westFirst = x0 < x1 || x0 == x1 && y0 <= y1;
        double ax = westFirst ? x0 : x1;
        double ay = westFirst ? y0 : y1;
        double bx = westFirst ? x1 : x0;
        double by = westFirst ? y1 : y0;
        gc.beginPath();
        gc.moveTo(ax, ay);
        gc.quadraticCurveTo((ax + bx) / 2 - (by - ay) * 0.18, (ay + by) / 2 + (bx - ax) * 0.18, bx, by);
        gc.stroke();
    }

    /** Rings the markers of the events picked together (box selection). */
    private void drawPicked(GraphicsContext gc, MapFrame f, MapView style) {
        if (f.selection().count() == 0) {
            return;
        }
        gc.setStroke(style.getHighlightColor());
        gc.setLineWidth(1.5);
        for (Clusters.Cluster c : lastClusters.singles()) {
            if (f.selection().contains(c.single())) {
                double r = markerSize(f, c.single()) * 0.9;
                double x = f.sx(c.x());
                double y = f.sy(c.y());
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private void highlight(GraphicsContext gc, MapFrame f, MapView style, int index, double ringWidth) {
        if (index < 0 || !f.visible().contains(index)) {
            return;
        }
        if (f.events().placeCount(index) > 1) {
            Color color = style.getSymbols().color(f.events().store.category(index));
            gc.setStroke(color);
            gc.setFill(color);
            gc.setLineWidth(2);
            gc.setLineDashes(f.events().store.category(index) == Category.DIPLOMATIC ? new double[0] : LINK_DASHES);
            link(gc, f, index);
            gc.setLineDashes();
        }
        drawMarker(gc, f, style, index, 1.5, Color.WHITE, 1.5);
        gc.setStroke(style.getHighlightColor());
        gc.setLineWidth(ringWidth);
        double r = markerSize(f, index) * 1.25;
        double x = f.sx(f.events().x[index]);
        double y = f.sy(f.events().y[index]);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /**
     * What the last frame drew under screen point (x, y): a cluster, else the nearest marker within
     * {@code radius} pixels (among markers drawn on their own, or, on a density frame, any visible event).
     */
    MapHit hit(MapFrame f, double x, double y, double radius) {
        if (lastClusters != null) {
            for (int k = lastClusters.clusters().size() - 1; k >= 0; k--) {
                Clusters.Cluster c = lastClusters.clusters().get(k);
                if (Math.hypot(f.sx(c.x()) - x, f.sy(c.y()) - y) <= clusterRadius(c.count())) {
                    return new MapHit(-1, c);
                }
            }
            int best = -1;
            double bestDistance = radius;
            for (Clusters.Cluster c : lastClusters.singles()) {
                double d = Math.hypot(f.sx(c.x()) - x, f.sy(c.y()) - y);
                if (d <= bestDistance) { // later events win ties: they are drawn on top
                    best = c.single();
                    bestDistance = d;
                }
            }
            return best < 0 ? MapHit.NONE : new MapHit(best, null);
        }
        EventLayer layer = f.events();
        if (layer == null) {
            return MapHit.NONE;
        }
        double mx = f.viewport().toMapX(x, f.width());
        double my = f.viewport().toMapY(y, f.height());
        int event = layer.grid.nearest(mx, my, radius * f.viewport().metresPerPixel(), f.visible()::contains);
        return event < 0 ? MapHit.NONE : new MapHit(event, null);
    }
}
