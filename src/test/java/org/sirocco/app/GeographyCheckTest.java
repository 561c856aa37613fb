package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirocco.data.Category;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.data.io.Problem;
import org.sirocco.geo.CountryLocator;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeographyCheckTest {

    private GeographyCheck check;

    @BeforeAll
    void build() {
        check = new GeographyCheck(new CountryLocator(Startup.loadBasemap(Startup.BASEMAP_10M)));
    }

    @Test
    void everyBundledPlaceLiesInItsCountry() {
        EventStore store = Startup.load(null).data().dataset().store();
        List<Problem> problems = check.check("events.json", store);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems.stream().map(Problem::toString).toList()));
    }

    @Test
    void aPlaceInTheWrongCountryIsReported() {
        // Tamanrasset, deep in Algeria, labelled as Mali
        EventStore store = EventStore.of(List.of(TestEvents.event("ml-x", "2024-07-25", Category.ATTACK, "ML",
                22.785, 5.5228)));
        List<Problem> problems = check.check("events.json", store);
        assertEquals(1, problems.size());
        assertEquals("places[0]", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("lies in DZ"), problems.get(0).message());
    }

    @Test
    void aPlaceAtSeaIsReported() {
        EventStore store = EventStore.of(List.of(TestEvents.event("dz-x", "2011-08-26", Category.ATTACK, "DZ",
                37.4, 2.2)));
        assertTrue(check.check("events.json", store).get(0).message().contains("at sea"));
    }

    @Test
    void westernSaharaPlacesWestOfTheBermAreAccepted() {
        // Laayoune: Natural Earth draws it in Morocco's de facto outline
        EventStore store = EventStore.of(List.of(TestEvents.event("eh-x", "2020-11-13", Category.DIPLOMATIC, "EH",
                27.1536, -13.2032)));
        assertTrue(check.check("events.json", store).isEmpty());
    }
}
