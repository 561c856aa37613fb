package org.sirocco.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirocco.geo.Gazetteer;

/** The bundled gazetteer completes the region's town names and names the town nearest a point. */
class GazetteerReaderTest {

    private static Gazetteer bundled() throws IOException {
        try (InputStream in = GazetteerReaderTest.class.getResourceAsStream("/geodata/gazetteer.json")) {
            return GazetteerReader.read(in, "gazetteer.json");
        }
    }

    @Test
    void namesAreCompletedIgnoringCaseAndAccents() throws IOException {
        Gazetteer g = bundled();
        assertTrue(g.size() > 15_000, "towns of the region's countries: " + g.size());
        List<String> found = g.startingWith("tillab", 10).stream().map(g::name).toList();
        assertTrue(found.contains("Tillabéri"), found.toString());
        int tillaberi = g.startingWith("Tillabéri", 1).get(0);
        assertEquals("NE", g.country(tillaberi));
    }

    @Test
    void thePointOfATownIsNamedAfterIt() throws IOException {
        Gazetteer g = bundled();
        int near = g.nearest(-1.9086, 34.6814);
        assertEquals("Oujda", g.name(near));
        assertEquals("MA", g.country(near));
    }
}
