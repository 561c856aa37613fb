package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    private final FieldNames names = new FieldNames("endDate", "subtype", "summary", "sources", "lat", "lon");

    @Test
    void namesAreFoundAtTheirPosition() {
        assertEquals(0, names.indexOf("endDate"));
        assertEquals(2, names.indexOf("summary"));
        assertEquals(3, names.indexOf("sources"));
        assertEquals(5, names.indexOf("lon"));
    }

    @Test
    void otherNamesAreNotFoundEvenWithTheSameKey() {
        assertEquals(-1, names.indexOf("sxxxxxs"), "same length, first and last letters as sources");
        assertEquals(-1, names.indexOf("Lat"));
        assertEquals(-1, names.indexOf(""));
        assertEquals(-1, names.indexOf("a much longer name than any of them"));
    }

    @Test
    void namesThatCannotBeToldApartAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FieldNames("places", "pieces"));
    }
}
