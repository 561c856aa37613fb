package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sirocco.data.TimeWindow;

/** The brush's edges on whole days, months or years, worked out without a toolkit. */
class BrushSnapTest {

    private static double day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    private static TimeWindow days(String first, String last) {
        return TimeWindow.ofDays(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void aBrushNearTwoYearBoundariesCoversTheWholeYearsBetween() {
        assertEquals(days("1994-01-01", "1994-12-31"),
                TimelineInputHandler.window(day("1994-01-20"), day("1994-12-10") + 0.3, SnapUnit.YEAR));
        assertEquals(days("1994-01-01", "1994-12-31"),
                TimelineInputHandler.window(day("1995-01-12"), day("1993-12-25"), SnapUnit.YEAR), "either way");
        assertEquals(days("1994-01-01", "1996-12-31"),
                TimelineInputHandler.window(day("1993-11-01"), day("1997-02-01"), SnapUnit.YEAR));
    }

    @Test
    void aShortDragInsideOneUnitCoversThatUnit() {
        assertEquals(days("2015-01-01", "2015-12-31"),
                TimelineInputHandler.window(day("2015-03-01"), day("2015-05-01"), SnapUnit.YEAR));
        assertEquals(days("2015-03-01", "2015-03-31"),
                TimelineInputHandler.window(day("2015-03-10"), day("2015-03-12"), SnapUnit.MONTH));
    }

    @Test
    void monthsAndDaysSnapAlike() {
        assertEquals(days("2015-03-01", "2015-05-31"),
                TimelineInputHandler.window(day("2015-02-27"), day("2015-06-03"), SnapUnit.MONTH));
        assertEquals(days("2015-03-10", "2015-03-13"),
                TimelineInputHandler.window(day("2015-03-10") + 0.4, day("2015-03-13") + 0.6, SnapUnit.DAY));
    }

    @Test
    void resizingMovesOneEdgeToABoundaryAndNeverEmptiesTheWindow() {
        assertEquals(days("1994-01-01", "1996-12-31"),
                TimelineInputHandler.resized(day("1994-01-01"), day("1997-01-20"), SnapUnit.YEAR));
        assertEquals(days("1994-01-01", "1994-12-31"),
                TimelineInputHandler.resized(day("1994-01-01"), day("1994-02-01"), SnapUnit.YEAR),
                "dragged onto the fixed edge: one unit");
        assertEquals(days("1993-01-01", "1993-12-31"),
                TimelineInputHandler.resized(day("1994-01-01"), day("1993-11-01"), SnapUnit.YEAR),
                "dragged past the fixed edge: the unit before it");
    }

    @Test
    void movingShiftsBothEdgesByWholeUnitsAlongTheCalendar() {
        assertEquals(days("1996-01-01", "1996-12-31"),
                TimelineInputHandler.moved(days("1994-01-01", "1994-12-31"), 2, SnapUnit.YEAR));
        assertEquals(days("2015-02-01", "2015-02-28"),
                TimelineInputHandler.moved(days("2015-01-01", "2015-01-31"), 1, SnapUnit.MONTH),
                "a month stays a whole month");
        assertEquals(days("2015-01-04", "2015-01-10"),
                TimelineInputHandler.moved(days("2015-01-01", "2015-01-07"), 3, SnapUnit.DAY));
    }
}
