package org.sirocco.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sirocco.data.CountryNames;
import org.sirocco.geo.City;
import org.sirocco.geo.CountryShape;
import org.sirocco.i18n.Language;

/**
 * Country names and cities, placed so that no two labels overlap: countries first (the region's before their
 * neighbours, larger before smaller), then capitals, major cities and towns, each tried right, left, above and
 * below its dot. City names also keep clear of the event markers drawn over them, stepping out beyond a marker that
 * covers their dot. A label that fits nowhere is left out for this zoom.
 */
final class LabelPainter {

    private static final Font COUNTRY_FONT = Font.font("System", FontWeight.SEMI_BOLD, 11);
    private static final Font CAPITAL_FONT = Font.font("System", FontWeight.SEMI_BOLD, 11);
    private static final Font CITY_FONT = Font.font("System", 10.5);
    private static final double PAD = 2;
    /**
     * Where a country's name may stand relative to its label point, in order of preference (pixels down): one or
     * two lines up or down clear a single marker or a cluster drawn over the point.
     */
    private static final double[] COUNTRY_SHIFTS = {0, -16, 16, -28, 28};
    /** Coarsest scale (metres per pixel) at which each rank of city is named. */
    private static final double[] RANK_MAX_SCALE = {Double.POSITIVE_INFINITY, 6_000, 2_200};

    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final List<double[]> placed = new ArrayList<>();
    private final List<double[]> cityLabels = new ArrayList<>();
    private final List<double[]> countryLabels = new ArrayList<>();
    private List<double[]> markers = List.of();

    /**
     * Draws the labels of a frame in {@code language}, city names clear of {@code markers} ({@code {x, y, radius}}
     * discs); returns how many boxes (labels and city dots) were placed.
     */
    int draw(GraphicsContext gc, MapFrame f, MapView style, Language language, List<double[]> markers) {
        placed.clear();
        cityLabels.clear();
        countryLabels.clear();
        this.markers = markers;
        gc.setTextBaseline(VPos.CENTER);
        if (f.basemap() != null) {
            drawCountries(gc, f, style, language);
        }
        if (f.cities() != null) {
            drawCities(gc, f, style, language);
        }
        return placed.size();
    }

    private void drawCountries(GraphicsContext gc, MapFrame f, MapView style, Language language) {
        List<CountryShape> order = new ArrayList<>(f.basemap().countries());
        order.sort(Comparator.comparing((CountryShape c) -> !BasemapPainter.isFocus(c.iso()))
                .thenComparing(Comparator.comparingDouble(CountryShape::labelRoom).reversed()));
        gc.setFont(COUNTRY_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(style.getLabelColor());
        double mpp = f.viewport().metresPerPixel();
        for (CountryShape c : order) {
            if (c.iso() == null) {
                continue;
            }
            double x = f.sx(c.labelX());
            double y = f.sy(c.labelY());
            if (x < 0 || y < 0 || x > f.width() || y > f.height()) {
                continue;
            }
            // Natural Earth's English names; the JDK's in the other languages (W. Sahara is neutral in each).
            String label = (language == Language.ENGLISH ? c.name() : CountryNames.of(c.iso(), language))
                    .toUpperCase(language.locale());
            double w = width(label, COUNTRY_FONT);
            if (w > 2 * c.labelRoom() / mpp * 1.3) {
                continue; // no room inside the country at this zoom
            }
            // At the country's label point, or above or below it, within the country, when markers cover it.
            double[] place = null;
            for (double dy : COUNTRY_SHIFTS) {
                if (Math.abs(dy) * mpp > c.labelRoom()) {
                    continue;
                }
                double[] box = {x - w / 2 - PAD, y + dy - 7 - PAD, x + w / 2 + PAD, y + dy + 7 + PAD};
                if (!free(box)) {
                    continue;
                }
                boolean clear = clearOfMarkers(box);
                if (place == null || clear) {
                    place = box;
                }
                if (clear) {
                    break;
                }
            }
            if (place != null && claim(place)) {
                countryLabels.add(place);
                gc.fillText(label, x, (place[1] + place[3]) / 2);
            }
        }
    }

    private void drawCities(GraphicsContext gc, MapFrame f, MapView style, Language language) {
        double mpp = f.viewport().metresPerPixel();
        double[] xy = new double[2];
        for (int rank = 0; rank < RANK_MAX_SCALE.length; rank++) {
            if (mpp > RANK_MAX_SCALE[rank]) {
                continue;
            }
            Font font = rank == 0 ? CAPITAL_FONT : CITY_FONT;
            for (City city : f.cities()) {
                if (city.rank() != rank) {
                    continue;
                }
                f.projection().project(city.lon(), city.lat(), xy);
                double x = f.sx(xy[0]);
                double y = f.sy(xy[1]);
                if (x < 0 || y < 0 || x > f.width() || y > f.height()) {
                    continue;
                }
                double r = rank == 0 ? 3 : rank == 1 ? 2.4 : 1.8;
                double[] dot = {x - r - 1, y - r - 1, x + r + 1, y + r + 1};
                String name = city.name(language);
                double[] label = labelBox(name, font, x, y, r);
                if (label == null || !free(dot)) {
                    continue;
                }
                claim(dot);
                claim(label);
                cityLabels.add(label);
                gc.setFill(style.getCityColor());
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                if (rank == 0) {
                    gc.setStroke(Color.WHITE);
                    gc.setLineWidth(1);
                    gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                }
                gc.setFont(font);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setFill(style.getCityColor());
                gc.fillText(name, label[0] + PAD, (label[1] + label[3]) / 2);
            }
        }
    }

    /**
     * The first box beside a dot of radius r that no label or marker takes: right, left, above, below; null if none.
     * Beside a marker that covers the dot, the label stands beyond the marker.
     */
    private double[] labelBox(String name, Font font, double x, double y, double r) {
        double w = width(name, font);
        double h = 12;
        double gap = r + 3;
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
            if (free(box) && clearOfMarkers(box)) {
                return box;
            }
        }
        return null;
    }

    private boolean clearOfMarkers(double[] box) {
        for (double[] m : markers) {
            // The box's point nearest the disc's centre lies outside the disc.
            double dx = m[0] - Math.max(box[0], Math.min(m[0], box[2]));
            double dy = m[1] - Math.max(box[1], Math.min(m[1], box[3]));
            if (dx * dx + dy * dy < m[2] * m[2]) {
                return false;
            }
        }
        return true;
    }

    private boolean free(double[] box) {
        for (double[] p : placed) {
            if (box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1]) {
                return false;
            }
        }
        return true;
    }

    /** Takes the box if it is free. */
    private boolean claim(double[] box) {
        if (!free(box)) {
            return false;
        }
        placed.add(box);
        return true;
    }

    /** Boxes placed in the last frame, {@code [x0, y0, x1, y1]}: for tests that no labels overlap. */
    List<double[]> placedBoxes() {
        return List.copyOf(placed);
    }

    /** The country names' boxes of the last frame: for tests of where they stand. */
    List<double[]> countryLabelBoxes() {
        return List.copyOf(countryLabels);
    }

    /** The city names' boxes of the last frame: for tests that they keep clear of markers. */
    List<double[]> cityLabelBoxes() {
        return List.copyOf(cityLabels);
    }

    private double width(String text, Font font) {
        return widths.computeIfAbsent(font.getSize() + "|" + font.getStyle() + "|" + text, k -> {
            measure.setFont(font);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }
}
