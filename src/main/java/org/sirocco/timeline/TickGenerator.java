package org.sirocco.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Chooses ticks for a time axis: the finest calendar step (decades down to days) whose labels do not crowd, and
 * the next finer step as unlabelled minor ticks when they stay apart.
 */
public final class TickGenerator {

    /** A tick at the start of {@code day}; {@code label} is null for minor ticks. */
    public record Tick(LocalDate day, String label, boolean major) {
    }

    /** A tick's label centred on the tick at {@code x}, {@code width} pixels wide. */
    public record PlacedLabel(Tick tick, double x, double width) {
        public double left() {
            return x - width / 2;
        }

        public double right() {
            return x + width / 2;
        }
    }

    /** A calendar step, coarsest first. */
    public enum Step {
        CENTURY(36524.25), QUARTER_CENTURY(9131), DECADE(3652.5), FIVE_YEARS(1826.25), TWO_YEARS(730.5),
        YEAR(365.25), HALF_YEAR(182.6), QUARTER(91.3), MONTH(30.44), HALF_MONTH(15.2), WEEK(7), DAY(1);

        /** Average length in days, to decide spacing. */
        final double days;

        Step(double days) {
            this.days = days;
        }

        LocalDate floor(LocalDate d) {
            return switch (this) {
                case CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
                case QUARTER_CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 25) * 25, 1, 1);
                case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
                case FIVE_YEARS -> LocalDate.of(Math.floorDiv(d.getYear(), 5) * 5, 1, 1);
                case TWO_YEARS -> LocalDate.of(Math.floorDiv(d.getYear(), 2) * 2, 1, 1);
                case YEAR -> LocalDate.of(d.getYear(), 1, 1);
                case HALF_YEAR -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
                case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
                case MONTH -> d.withDayOfMonth(1);
                case HALF_MONTH -> d.withDayOfMonth(d.getDayOfMonth() < 15 ? 1 : 15);
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                case DAY -> d;
            };
        }

        LocalDate next(LocalDate d) {
            return switch (this) {
                case CENTURY -> d.plusYears(100);
                case QUARTER_CENTURY -> d.plusYears(25);
                case DECADE -> d.plusYears(10);
                case FIVE_YEARS -> d.plusYears(5);
                case TWO_YEARS -> d.plusYears(2);
                case YEAR -> d.plusYears(1);
                case HALF_YEAR -> d.plusMonths(6);
                case QUARTER -> d.plusMonths(3);
                case MONTH -> d.plusMonths(1);
                case HALF_MONTH -> d.getDayOfMonth() == 1 ? d.withDayOfMonth(15) : d.plusMonths(1).withDayOfMonth(1);
                case WEEK -> d.plusWeeks(1);
                case DAY -> d.plusDays(1);
            };
        }

        /** The unit a brush snaps to while this step labels the axis: years, months, or days. */
        SnapUnit snapUnit() {
            return ordinal() <= YEAR.ordinal() ? SnapUnit.YEAR : ordinal() <= MONTH.ordinal() ? SnapUnit.MONTH
                    : SnapUnit.DAY;
        }

        String label(LocalDate d, Locale locale) {
            return switch (this) {
                case CENTURY, QUARTER_CENTURY, DECADE, FIVE_YEARS, TWO_YEARS, YEAR -> Integer.toString(d.getYear());
                case HALF_YEAR, QUARTER, MONTH -> d.getMonthValue() == 1 ? Integer.toString(d.getYear())
                        : d.format(DateTimeFormatter.ofPattern("MMM", locale));
                case HALF_MONTH, WEEK, DAY -> d.getDayOfMonth() == 1 && d.getMonthValue() == 1
                        ? Integer.toString(d.getYear()) : d.getDayOfMonth() == 1 ? d.format(DateTimeFormatter.ofPattern("MMM yyyy", locale))
                        : d.format(DateTimeFormatter.ofPattern("d MMM", locale));
            };
        }
    }

    private static final double MIN_MINOR_SPACING = 6;
    private static final int MAX_TICKS = 2000;

    private TickGenerator() {
    }

    /** The finest step whose ticks are at least {@code minSpacing} pixels apart on {@code scale}. */
    public static Step majorStep(TimeScale scale, double minSpacing) {
        Step chosen = Step.CENTURY;
        for (Step s : Step.values()) {
            if (s.days * scale.pixelsPerDay() >= minSpacing) {
                chosen = s;
            }
        }
        return chosen;
    }

    /** Major (labelled) and minor ticks within the scale, in time order, labelled as {@code locale} writes dates. */
    public static List<Tick> ticks(TimeScale scale, double minLabelSpacing, Locale locale) {
        Step major = majorStep(scale, minLabelSpacing);
        Step minor = major.ordinal() + 1 < Step.values().length ? Step.values()[major.ordinal() + 1] : null;
        if (minor != null && minor.days * scale.pixelsPerDay() < MIN_MINOR_SPACING) {
            minor = null;
        }
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(scale.startDay()));
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(scale.endDay()));
        // Each step is walked on its own: a finer step does not always fall on the coarser one's dates (weeks
        // on the 1st and 15th, two-year steps on five-year ones), so walking only the finer step loses labels.
        TreeMap<LocalDate, Tick> out = new TreeMap<>();
        walk(major, first, last, scale, d -> out.put(d, new Tick(d, major.label(d, locale), true)));
        if (minor != null) {
            walk(minor, first, last, scale, d -> out.putIfAbsent(d, new Tick(d, null, false)));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The labels of {@code ticks}, each centred on its tick so that it names the date under it. A label that would be
     * cut by an edge of the scale, or come closer than {@code gap} to the label before it, is left out (its tick
     * stays): a whole label or none, never "202".
     */
    public static List<PlacedLabel> placeLabels(List<Tick> ticks, TimeScale scale, ToDoubleFunction<String> textWidth,
            double gap) {
        List<PlacedLabel> placed = new ArrayList<>();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            if (t.label() == null) {
                continue;
            }
            PlacedLabel label = new PlacedLabel(t, scale.toX(t.day()), textWidth.applyAsDouble(t.label()));
            if (label.left() >= scale.left() && label.right() <= scale.left() + scale.width()
                    && label.left() >= lastRight + gap) {
                placed.add(label);
                lastRight = label.right();
            }
        }
        return placed;
    }

    private static void walk(Step step, LocalDate first, LocalDate last, TimeScale scale, Consumer<LocalDate> tick) {
        int n = 0;
        for (LocalDate d = step.floor(first); !d.isAfter(last) && n < MAX_TICKS; d = step.next(d)) {
            if (d.toEpochDay() >= scale.startDay()) {
                tick.accept(d);
                n++;
            }
        }
    }
}
