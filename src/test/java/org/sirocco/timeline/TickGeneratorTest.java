package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sirocco.i18n.Language;

class TickGeneratorTest {

    private static final Locale ENGLISH = Language.ENGLISH.locale();

    private static final double WIDTH = 1000;
    private static final double MIN_SPACING = 64;

    private static TimeScale scale(LocalDate from, LocalDate to) {
        return new TimeScale(from.toEpochDay(), to.toEpochDay(), 0, WIDTH);
    }

    @ParameterizedTest(name = "{0} to {1} is labelled by {2}")
    @CsvSource({
        "1900-01-01, 2100-01-01, QUARTER_CENTURY",
        "1990-01-01, 2026-01-01, FIVE_YEARS",
        "2003-01-01, 2026-01-01, TWO_YEARS",
        "2010-01-01, 2020-01-01, YEAR",
        "2015-01-01, 2017-01-01, QUARTER",
        "2016-01-01, 2016-07-01, HALF_MONTH",
        "2016-01-01, 2017-01-01, MONTH",
        "2016-01-01, 2016-03-01, WEEK",
        "2016-01-01, 2016-01-15, DAY",
    })
    void theStepFollowsTheZoom(LocalDate from, LocalDate to, TickGenerator.Step expected) {
        assertEquals(expected, TickGenerator.majorStep(scale(from, to), MIN_SPACING));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "1900-01-01, 2100-01-01", "1994-01-01, 2026-01-01", "2015-03-01, 2015-09-01",
        "2016-02-20, 2016-03-10", "2016-02-27, 2016-03-03",
    })
    void labelledTicksNeverCrowdAndStayInOrderInsideTheRange(LocalDate from, LocalDate to) {
        TimeScale s = scale(from, to);
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(s, MIN_SPACING, ENGLISH);
        assertFalse(ticks.isEmpty());
        double lastLabelX = Double.NEGATIVE_INFINITY;
        LocalDate previous = null;
        for (TickGenerator.Tick t : ticks) {
            double x = s.toX(t.day());
            assertTrue(x >= -1e-9 && x <= WIDTH + 1e-9, t + " inside");
            if (previous != null) {
                assertTrue(t.day().isAfter(previous), "ticks in order");
            }
            previous = t.day();
            if (t.major()) {
                assertNotNull(t.label());
                // average steps are used to choose; a half month can be 13 days where the average is 15.2
                assertTrue(x - lastLabelX >= MIN_SPACING * 0.85, "labels apart at " + t);
                lastLabelX = x;
            }
        }
    }

    @Test
    void monthTicksNameTheYearInJanuary() {
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(
                scale(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 6, 1)), MIN_SPACING, ENGLISH);
        assertTrue(ticks.stream().anyMatch(t -> "2016".equals(t.label()) && t.day().equals(LocalDate.of(2016, 1, 1))));
        assertTrue(ticks.stream().anyMatch(t -> "Nov".equals(t.label())));
    }

    @Test
    void dayTicksReadAsDayAndMonth() {
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(
                scale(LocalDate.of(2013, 1, 14), LocalDate.of(2013, 1, 24)), MIN_SPACING, ENGLISH);
        assertTrue(ticks.stream().anyMatch(t -> "16 Jan".equals(t.label())));
    }

    /** Weeks do not fall on the 1st and 15th, nor two-year steps on five-year ones: every label must still show. */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = ';', value = {
        "2012-11-02; 2013-04-29; 15 Nov,Dec 2012,15 Dec,2013,15 Jan,Feb 2013,15 Feb,Mar 2013,15 Mar,Apr 2013,15 Apr",
        "1990-01-01; 2026-01-01; 1990,1995,2000,2005,2010,2015,2020,2025",
    })
    void everyStepOfTheLabelledStepIsLabelledWhateverTheMinorStep(LocalDate from, LocalDate to, String labels) {
        List<String> drawn = TickGenerator.ticks(scale(from, to), MIN_SPACING, ENGLISH).stream()
                .filter(TickGenerator.Tick::major).map(TickGenerator.Tick::label).toList();
        assertEquals(List.of(labels.split(",")), drawn);
    }

    /** About the width of an 11-pixel label: what the renderer measures, without a toolkit. */
    private static double textWidth(String text) {
        return text.length() * 6.5;
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "1990-01-01, 2026-01-01", "1993-07-01, 1996-07-01", "2015-01-01, 2016-01-01", "2016-02-20, 2016-03-10",
    })
    void everyLabelStandsCentredOnItsTickAndWholeInsideTheAxis(LocalDate from, LocalDate to) {
        TimeScale s = scale(from, to);
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(s, MIN_SPACING, ENGLISH);
        List<TickGenerator.PlacedLabel> labels = TickGenerator.placeLabels(ticks, s, TickGeneratorTest::textWidth, 8);
        assertTrue(labels.size() >= 3, "labels: " + labels);
        for (TickGenerator.PlacedLabel label : labels) {
            assertEquals(s.toX(label.tick().day()), label.x(), 1e-9, "at its tick: " + label);
            assertEquals(label.x(), (label.left() + label.right()) / 2, 1e-9, "centred: " + label);
            assertTrue(label.left() >= 0 && label.right() <= WIDTH, "whole: " + label);
        }
    }

    /** As at 1280 pixels: the last year's tick is 12 pixels from the right edge, too close for its label's half. */
    @Test
    void aLabelThatWouldBeCutAtAnEdgeIsLeftOutAndItsTickKept() {
        TimeScale s = new TimeScale(LocalDate.of(1989, 6, 1).toEpochDay(), LocalDate.of(2025, 1, 1).toEpochDay()
                + 12 * 35.6 * 365.25 / WIDTH, 0, WIDTH);
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(s, MIN_SPACING, ENGLISH);
        TickGenerator.Tick last = ticks.get(ticks.size() - 1);
        assertEquals(LocalDate.of(2025, 1, 1), last.day());
        assertEquals("2025", last.label(), "the tick is labelled");
        List<TickGenerator.PlacedLabel> labels = TickGenerator.placeLabels(ticks, s, TickGeneratorTest::textWidth, 8);
        assertEquals("2020", labels.get(labels.size() - 1).tick().label(), "2025 is left out, not cut to \"202\"");
        assertEquals("1990", labels.get(0).tick().label());
    }

    @Test
    void labelsThatWouldTouchTheOneBeforeAreLeftOut() {
        TimeScale s = scale(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1));
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(s, MIN_SPACING, ENGLISH);
        List<TickGenerator.PlacedLabel> wide = TickGenerator.placeLabels(ticks, s, t -> 70, 8);
        for (int i = 1; i < wide.size(); i++) {
            assertTrue(wide.get(i).left() >= wide.get(i - 1).right() + 8, "apart: " + wide.get(i));
        }
        assertTrue(wide.size() < ticks.stream().filter(TickGenerator.Tick::major).count(), "some left out");
    }

    @ParameterizedTest(name = "{0} to {1} snaps to {2}")
    @CsvSource({
        "1990-01-01, 2026-01-01, YEAR", "2010-01-01, 2020-01-01, YEAR", "2015-01-01, 2017-01-01, MONTH",
        "2016-01-01, 2017-01-01, MONTH", "2016-01-01, 2016-03-01, DAY", "2016-01-01, 2016-01-15, DAY",
    })
    void theBrushSnapsToTheUnitTheLabelsStepBy(LocalDate from, LocalDate to, SnapUnit expected) {
        assertEquals(expected, TickGenerator.majorStep(scale(from, to), MIN_SPACING).snapUnit());
    }

    @Test
    void minorTicksFillBetweenLabelsWhenThereIsRoom() {
        List<TickGenerator.Tick> ticks = TickGenerator.ticks(
                scale(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 1)), MIN_SPACING, ENGLISH);
        assertTrue(ticks.stream().anyMatch(t -> !t.major()), "half-year minor ticks between years");
    }
}
