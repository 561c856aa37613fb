package org.sirocco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imported events keep their dataset's credit, found from their sources, wherever they go. */
class DataCreditTest {

    private static Event event(String id, int day, String publisher) {
        LocalDate d = LocalDate.of(2016, 2, day);
        return new Event(id, d, d, DatePrecision.DAY, false, Category.ATTACK, "bombing", "t", "s",
                List.of(new Place("Gao", "ML", 16.27, -0.04, PlacePrecision.TOWN)), List.of(), List.of(), List.of(),
                Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN, List.of(new Source("t", publisher, null, null)),
                Confidence.MEDIUM, null);
    }

    @Test
    void theStoreKnowsWhichShownEventsComeFromACreditedDataset() {
        EventStore store = EventStore.of(List.of(event("a", 3, "Le Monde"), event("b", 1, "ACLED"),
                event("c", 2, "Global Terrorism Database")));
        assertEquals(List.of(DataCredit.ACLED, DataCredit.GTD), store.creditsAmong(store.all()));
        assertEquals(List.of(DataCredit.ACLED), store.creditsAmong(EventSelection.range(3, 0, 1)),
                "the earliest event, ACLED's, alone");
        assertEquals(List.of(), store.creditsAmong(EventSelection.range(3, 2, 3)), "Le Monde needs no credit");
        assertEquals(1, store.withCredit(DataCredit.GTD).count());
    }
}
