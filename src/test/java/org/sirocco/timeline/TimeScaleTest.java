package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private final TimeScale scale = new TimeScale(10_000, 12_000, 50, 1_000);

    @Test
    void theRangeMapsOntoTheWidth() {
        assertEquals(50, scale.toX(10_000), 1e-9);
        assertEquals(1_050, scale.toX(12_000), 1e-9);
        assertEquals(0.5, scale.pixelsPerDay(), 1e-12);
    }

    @Test
    void pixelsAndDaysAreInverse() {
        assertEquals(11_234.5, scale.toDay(scale.toX(11_234.5)), 1e-9);
        assertEquals(333.3, scale.toX(scale.toDay(333.3)), 1e-9);
    }

    @Test
    void datesMapToTheStartOfTheirDay() {
        LocalDate d = LocalDate.of(2003, 5, 16);
        assertEquals(scale.toX(d.toEpochDay()), scale.toX(d), 1e-9);
    }

    @Test
    void zoomingKeepsTheTimeUnderThePointerInPlace() {
        double x = 300;
        double day = scale.toDay(x);
        TimeScale zoomed = scale.zoomedAbout(x, 4);
        assertEquals(day, zoomed.toDay(x), 1e-9);
        assertEquals(scale.pixelsPerDay() * 4, zoomed.pixelsPerDay(), 1e-12);
    }

    @Test
    void panningMovesTimeWithTheDrag() {
        double day = scale.toDay(400);
        assertEquals(460, scale.pannedBy(60).toX(day), 1e-9);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(5, 5, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(5, 6, 0, 0));
    }
}
