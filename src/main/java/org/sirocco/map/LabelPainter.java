package org.sirocco.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.CountryNames;
import org.sirocco.geo.BasemapLevel;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.City;
import org.sirocco.geo.CountryShape;
import org.sirocco.geo.LabelSpots;
import org.sirocco.i18n.Language;

/**
 * Country names and cities, placed so that no two labels overlap and none runs off the map or under its furniture:
 * countries first (the region's before their neighbours, and among them those with less room first, as they have
 * fewer places to go), then capitals, major cities and towns, each tried right, left, above and below its dot.
 * <p>
 * A country is named inside the part of it in view: at its label point when that is in view and the name fits
 * there, else at the centre of the largest circle inside its visible part less the furniture ({@link LabelSpots}); a
 * line or two up or down, or aside, when markers cover the spot; on two lines or a size smaller when one line does not fit. A place clear of the markers
 * is preferred, but names are drawn over the markers, on a halo, so that none is hidden. A country whose visible
 * part cannot hold its name goes unnamed. City names keep clear of the markers, stepping out beyond a marker that
 * covers their dot; a city whose name fits nowhere is left out at this zoom.
 */
final class LabelPainter {

    /** A name placed in the last layout, its box {@code [x0, y0, x1, y1]} in canvas pixels. */
    record Name(String text, Font font, double[] box, boolean country) {
    }

    private record Dot(double x, double y, double radius, boolean capital) {
    }

    private static final double PAD = 2;
    /** How far names keep from the map's edges, in pixels. */
    static final double EDGE = 3;
    private static final double LINE = 1.2;
    /**
     * The middle shares of a country name's width and height that must lie inside the country: the name of a narrow
     * country may overhang its borders, as on printed maps, but never stands outside it.
     */
    private static final double CORE_WIDTH = 1 / 3.0;
    private static final double CORE_HEIGHT = 0.5;
    /** The visible part of a country is named when a circle of this many lines across fits inside it. */
    private static final double SIZEABLE_LINES = 1.2;
    /**
     * Where a country's name may stand relative to its spot, in lines down, in order of preference: one or two lines
     * up or down clear a single marker or a cluster drawn over the spot.
     */
    private static final double[] COUNTRY_SHIFTS = {0, -1.15, 1.15, -2, 2};
    /** And where it may stand beside its spot, in name widths to the right. */
    private static final double[] COUNTRY_ASIDE = {0, -0.6, 0.6};
    /** Coarsest scale (metres per pixel) at which each rank of city is named. */
    private static final double[] RANK_MAX_SCALE = {Double.POSITIVE_INFINITY, 6_000, 2_200};
    private static final double HALO_WIDTH = 3;

    private final LabelSpots spots = new LabelSpots();
    private final TextWidths widths = new TextWidths();
    private final List<double[]> furniture = new ArrayList<>();
    private final List<double[]> placed = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private final List<Dot> dots = new ArrayList<>();
    private List<double[]> markers = List.of();

    /**
     * Places the names of frame f: clear of one another and of {@code furniture} (canvas pixels), city names clear
     * of {@code markers} ({@code {x, y, radius}} discs); returns how many names were placed.
     */
    int layout(MapFrame f, Language language, List<double[]> markers, List<Bounds> furniture) {
        placed.clear();
        names.clear();
        dots.clear();
        this.furniture.clear();
        for (Bounds b : furniture) {
            this.furniture.add(new double[] {b.minX(), b.minY(), b.maxX(), b.maxY()});
        }
        this.markers = markers;
        if (f.viewport() != null && f.basemap() != null) {
            placeCountries(f, language);
        }
        if (f.viewport() != null && f.cities() != null) {
            placeCities(f, language);
        }
        return names.size();
    }

    /** Draws the city dots of the last layout: under the markers, which show where events are. */
    void drawDots(GraphicsContext gc, MapView style) {
        gc.setFill(style.getCityColor());
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1);
        for (Dot d : dots) {
            double r = d.radius();
            gc.fillOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
            if (d.capital()) {
                gc.strokeOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
            }
        }
    }

    /** Draws the names of the last layout over everything but the furniture, each on a halo of the land's colour. */
    void drawNames(GraphicsContext gc, MapView style) {
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(HALO_WIDTH);
        gc.setStroke(style.getLandColor().deriveColor(0, 1, 1, 0.85));
        for (Name n : names) {
            gc.setFont(n.font());
            gc.setFill(n.country() ? style.getLabelColor() : style.getCityColor());
            String[] lines = n.text().split("\n");
            double lineHeight = n.font().getSize() * LINE;
            double x = n.country() ? (n.box()[0] + n.box()[2]) / 2 : n.box()[0] + PAD;
            double y = (n.box()[1] + n.box()[3]) / 2 - (lines.length - 1) * lineHeight / 2;
            gc.setTextAlign(n.country() ? TextAlignment.CENTER : TextAlignment.LEFT);
            for (String line : lines) {
                gc.strokeText(line, x, y);
                gc.fillText(line, x, y);
                y += lineHeight;
            }
        }
    }

    /**
     * A country in view, the spot of its visible part (null when none of it is clear of the furniture) and how much
     * room (pixels) its name has, for the order they are named in.
     */
    private record Candidate(int index, CountryShape shape, boolean atLabelPoint, LabelSpots.Spot spot, double room) {
    }

    private void placeCountries(MapFrame f, Language language) {
        BasemapLevel level = f.basemap();
        double mpp = f.viewport().metresPerPixel();
        Bounds view = f.visibleArea();
        List<Bounds> covered = new ArrayList<>(furniture.size());
        for (double[] box : furniture) {
            covered.add(projected(f, box));
        }
        double inset = EDGE * mpp;
        Bounds clip = new Bounds(view.minX() + inset, view.minY() + inset, Math.max(view.minX() + inset,
                view.maxX() - inset), Math.max(view.minY() + inset, view.maxY() - inset));
        Map<Integer, LabelSpots.Spot> inView = spots.spots(level, clip, covered, mpp);
        List<Candidate> candidates = new ArrayList<>();
        for (int k = 0; k < level.countries().size(); k++) {
            CountryShape c = level.countries().get(k);
            if (c.iso() == null || !c.bounds().intersects(view)) {
                continue;
            }
            boolean atLabelPoint = clip.contains(c.labelX(), c.labelY());
            LabelSpots.Spot spot = inView.get(k);
            if (atLabelPoint || spot != null) {
                candidates.add(new Candidate(k, c, atLabelPoint, spot, atLabelPoint ? c.labelRoom() / mpp
                        : spot.radius() / mpp));
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !BasemapPainter.isFocus(c.shape().iso()))
                .thenComparingDouble(Candidate::room));
        for (Candidate c : candidates) {
            placeCountry(f, c, language);
        }
    }

    /**
     * Names a country in the first arrangement that fits (one line, two lines, then the same at the smaller size) at
     * the first spot where it fits: its label point (when in view), else the centre of the largest circle inside its
     * visible part.
     */
    private void placeCountry(MapFrame f, Candidate c, Language language) {
        double mpp = f.viewport().metresPerPixel();
        List<double[]> anchors = new ArrayList<>(2);
        if (c.atLabelPoint()) {
            anchors.add(new double[] {f.sx(c.shape().labelX()), f.sy(c.shape().labelY()), c.room()});
        }
        if (c.spot() != null) {
            anchors.add(new double[] {f.sx(c.spot().x()), f.sy(c.spot().y()), c.spot().radius() / mpp});
        }
        // Natural Earth's English names; the JDK's in the other languages (W. Sahara is neutral in each).
        String name = (language == Language.ENGLISH ? c.shape().name() : CountryNames.of(c.shape().iso(), language))
                .toUpperCase(language.locale());
        // Where no marker lies under the name if there is such a place, else anywhere: names are drawn over markers.
        for (boolean clearOfMarkers : new boolean[] {true, false}) {
            for (Font font : new Font[] {MapFonts.COUNTRY, MapFonts.SMALL_COUNTRY}) {
                for (String text : arrangements(name)) {
                    for (double[] anchor : anchors) {
                        double[] box = countryBox(f, c.index(), text, font, anchor, clearOfMarkers);
                        if (box != null) {
                            placed.add(box);
                            names.add(new Name(text, font, box, true));
                            return;
                        }
                    }
                }
            }
        }
    }

    /** A box in canvas pixels as projected bounds. */
    private static Bounds projected(MapFrame f, double[] box) {
        return new Bounds(f.viewport().toMapX(box[0], f.width()), f.viewport().toMapY(box[3], f.height()),
                f.viewport().toMapX(box[2], f.width()), f.viewport().toMapY(box[1], f.height()));
    }

    /** A name on one line, and for a name of several words also on two, split at the space nearest its middle. */
    private static List<String> arrangements(String name) {
        int middle = name.length() / 2;
        int split = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (split < 0 || Math.abs(i - middle) < Math.abs(split - middle))) {
                split = i;
            }
        }
        return split < 0 ? List.of(name) : List.of(name, name.substring(0, split) + "\n" + name.substring(split + 1));
    }

    /**
     * The box of a country name at {@code anchor} ({@code {x, y, room}} in pixels), or a line or two up or down
     * from it, or beside it: on the map, its centre in a cell of the country, free, when asked clear of the markers,
     * and its middle inside the country; null when none fits or the room there is too small to be worth a name.
     */
    private double[] countryBox(MapFrame f, int country, String text, Font font, double[] anchor,
            boolean clearOfMarkers) {
        String[] lines = text.split("\n");
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, widths.of(line, font));
        }
        double lineHeight = font.getSize() * LINE;
        double h = lines.length * lineHeight;
        if (anchor[2] * 2 < SIZEABLE_LINES * lineHeight) {
            return null;
        }
        // kept on the map: a spot near an edge moves the name inwards
        double minX = EDGE + PAD + w / 2;
        double maxX = f.width() - EDGE - PAD - w / 2;
        double y0 = Math.max(EDGE + PAD + h / 2, Math.min(f.height() - EDGE - PAD - h / 2, anchor[1]));
        // A frame tries many places: each is tested against what lies within reach of them all, cheap tests first.
        double[] reach = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double aside : COUNTRY_ASIDE) {
            double x = Math.max(minX, Math.min(maxX, anchor[0] + aside * w));
            reach[0] = Math.min(reach[0], x - w / 2 - PAD);
            reach[2] = Math.max(reach[2], x + w / 2 + PAD);
        }
        for (double down : COUNTRY_SHIFTS) {
            reach[1] = Math.min(reach[1], y0 + down * lineHeight - h / 2 - PAD);
            reach[3] = Math.max(reach[3], y0 + down * lineHeight + h / 2 + PAD);
        }
        List<double[]> obstacles = overlapping(reach, placed);
        obstacles.addAll(overlapping(reach, furniture));
        List<double[]> nearMarkers = new ArrayList<>();
        for (double[] m : markers) {
            if (touches(m, reach)) {
                nearMarkers.add(m);
            }
        }
        for (double down : COUNTRY_SHIFTS) {
            for (double aside : COUNTRY_ASIDE) {
                double x = Math.max(minX, Math.min(maxX, anchor[0] + aside * w));
                double y = y0 + down * lineHeight;
                double[] box = {x - w / 2 - PAD, y - h / 2 - PAD, x + w / 2 + PAD, y + h / 2 + PAD};
                if (onMap(f, box) && spots.countryNear(f.viewport().toMapX(x, f.width()),
                        f.viewport().toMapY(y, f.height())) == country && !overlapsAny(box, obstacles)
                        && (!clearOfMarkers || clearOf(box, nearMarkers)) && middleInside(f, country, x, y, w, h)) {
                    return box;
                }
            }
        }
        return null;
    }

    /** Whether the middle of a w × h name centred on (x, y) lies inside the country's outline. */
    private boolean middleInside(MapFrame f, int country, double x, double y, double w, double h) {
        double halfW = CORE_WIDTH * w / 2;
        double halfH = CORE_HEIGHT * h / 2;
        return spots.inside(f.basemap(), country, projected(f, new double[] {x - halfW, y - halfH, x + halfW,
            y + halfH}));
    }

    private void placeCities(MapFrame f, Language language) {
        double mpp = f.viewport().metresPerPixel();
        double[] xy = new double[2];
        for (int rank = 0; rank < RANK_MAX_SCALE.length; rank++) {
            if (mpp > RANK_MAX_SCALE[rank]) {
                continue;
            }
            Font font = rank == 0 ? MapFonts.CAPITAL : MapFonts.CITY;
            for (City city : f.cities()) {
                if (city.rank() != rank) {
                    continue;
                }
                f.projection().project(city.lon(), city.lat(), xy);
                double x = f.sx(xy[0]);
                double y = f.sy(xy[1]);
                double r = rank == 0 ? 3 : rank == 1 ? 2.4 : 1.8;
                double[] dot = {x - r - 1, y - r - 1, x + r + 1, y + r + 1};
                if (!onMap(f, dot) || !free(dot)) {
                    continue;
                }
                double[] label = labelBox(f, city.name(), font, x, y, r);
                if (label == null) {
                    continue;
                }
                placed.add(dot);
                placed.add(label);
                dots.add(new Dot(x, y, r, rank == 0));
                names.add(new Name(city.name(language), font, label, false));
            }
        }
    }

    /**
     * The first box beside a dot of radius r that is on the map and that no label, furniture or marker takes:
     * right, left, above, below; null if none. Beside a marker that covers the dot, the label stands beyond it.
     */
    private double[] labelBox(MapFrame f, String name, Font font, double x, double y, double r) {
        double w = widths.of(name, font);
        double h = 12;
        double gap = r + 3.5; // half a pixel more than the dot's box, so that a name above or below never touches it
        for (double[] m : markers) {
            double distance = Math.hypot(m[0] - x, m[1] - y);
            if (distance < m[2]) {
                gap = Math.max(gap, distance + m[2] + 2);
            }
        }
        double[][] candidates = {
            {x + gap - PAD, y - h / 2 - PAD, x + gap + w + PAD, y + h / 2 + PAD},
            {x - gap - w - PAD, y - h / 2 - PAD, x - gap + PAD, y + h / 2 + PAD},
            {x - w / 2 - PAD, y - gap - h - PAD, x + w / 2 + PAD, y - gap + PAD},
            {x - w / 2 - PAD, y + gap - PAD, x + w / 2 + PAD, y + gap + h + PAD},
        };
        for (double[] box : candidates) {
            if (onMap(f, box) && free(box) && clearOf(box, markers)) {
                return box;
            }
        }
        return null;
    }

    private static boolean onMap(MapFrame f, double[] box) {
        return box[0] >= EDGE && box[1] >= EDGE && box[2] <= f.width() - EDGE && box[3] <= f.height() - EDGE;
    }

    /** Whether the box keeps clear of every disc ({@code {x, y, radius}}). */
    private static boolean clearOf(double[] box, List<double[]> discs) {
        for (double[] m : discs) {
            if (touches(m, box)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the disc reaches into the box: the box's point nearest the disc's centre lies inside the disc. */
    private static boolean touches(double[] disc, double[] box) {
        double dx = disc[0] - Math.max(box[0], Math.min(disc[0], box[2]));
        double dy = disc[1] - Math.max(box[1], Math.min(disc[1], box[3]));
        return dx * dx + dy * dy < disc[2] * disc[2];
    }

    private boolean free(double[] box) {
        return !overlapsAny(box, placed) && !overlapsAny(box, furniture);
    }

    private static boolean overlapsAny(double[] box, List<double[]> boxes) {
        for (double[] p : boxes) {
            if (overlap(box, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
    }

    /** The boxes that overlap {@code box}. */
    private static List<double[]> overlapping(double[] box, List<double[]> boxes) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : boxes) {
            if (overlap(box, p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Boxes placed in the last layout (names and city dots), {@code [x0, y0, x1, y1]}: for tests of overlaps. */
    List<double[]> placedBoxes() {
        return List.copyOf(placed);
    }

    /** The names of the last layout, countries' and cities'. */
    List<Name> names() {
        return List.copyOf(names);
    }

    /** The country names' boxes of the last layout: for tests of where they stand. */
    List<double[]> countryLabelBoxes() {
        return names.stream().filter(Name::country).map(Name::box).toList();
    }

    /** The city names' boxes of the last layout: for tests that they keep clear of markers. */
    List<double[]> cityLabelBoxes() {
        return names.stream().filter(n -> !n.country()).map(Name::box).toList();
    }
}
