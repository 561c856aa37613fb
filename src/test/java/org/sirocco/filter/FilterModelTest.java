package org.sirocco.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sirocco.data.TestEvents.event;
import static org.sirocco.data.TestEvents.place;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The filter panel's model against a small store: ticks, counts, chips and the search box, both ways. */
class FilterModelTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.messages");
    private ViewState state;
    private FilterModel model;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage(); // the search pause is a JavaFX animation
    }

    @BeforeEach
    void build() {
        EventStore store = EventStore.of(List.of(
                event("a1", "2010-05-01", Category.ATTACK, List.of("AQIM"), List.of(),
                        place("Saïdia", "MA", 35.09, -2.23)),
                event("a2", "2012-05-01", Category.ATTACK, List.of("JNIM"), List.of(),
                        place("Gao", "ML", 16.27, -0.04)),
                event("a3", "2013-05-01", Category.ATTACK, List.of("AQIM"), List.of(),
                        place("Timbuktu", "ML", 16.77, -3.01)),
                event("d1", "2014-05-01", Category.DISMANTLING, List.of("AQIM"), List.of(),
                        place("Casablanca", "MA", 33.57, -7.59)),
                event("x1", "2021-08-24", Category.DIPLOMATIC, List.of(), List.of("DZ", "MA"),
                        place("Algiers", "DZ", 36.75, 3.06), place("Rabat", "MA", 34.02, -6.84))));
        state = new ViewState(new Dataset("test", "", store, false));
        model = onFx(() -> new FilterModel(state, MESSAGES, Runnable::run));
    }

    private static <T> T onFx(Supplier<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, work::get);
    }

    private static void onFx(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, work);
    }

    private static <T> FacetValue<T> value(List<FacetValue<T>> values, T value) {
        return values.stream().filter(v -> v.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void tickingValuesSetsTheSharedFilterAndASharedFilterTicksTheValues() {
        onFx(() -> value(model.categories(), Category.ATTACK).selectedProperty().set(true));
        onFx(() -> value(model.countries(), "ML").selectedProperty().set(true));
        assertEquals(Set.of(Category.ATTACK), state.getFilter().categories());
        assertEquals(Set.of("ML"), state.getFilter().countries());
        assertEquals(2, state.getVisible().count());

        onFx(() -> state.setFilter(EventFilter.NONE.withActors(Set.of("AQIM"))));
        assertFalse(value(model.categories(), Category.ATTACK).isSelected());
        assertFalse(value(model.countries(), "ML").isSelected());
        assertTrue(value(model.actors(), "AQIM").isSelected());
    }

    @Test
    void aValuesCountIgnoresItsOwnFacetButFollowsTheOthersAndTheTimeWindow() {
        onFx(() -> value(model.categories(), Category.ATTACK).selectedProperty().set(true));
        assertEquals(3, value(model.categories(), Category.ATTACK).getCount());
        assertEquals(1, value(model.categories(), Category.DISMANTLING).getCount(), "what ticking it would add");
        assertEquals(2, value(model.countries(), "ML").getCount());
        assertEquals(1, value(model.countries(), "MA").getCount(), "attacks only");
        assertEquals(0, value(model.countries(), "DZ").getCount());

        onFx(() -> state.setTimeWindow(TimeWindow.ofDays(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31))));
        assertEquals(1, value(model.categories(), Category.ATTACK).getCount());
        assertEquals(0, value(model.countries(), "MA").getCount());
    }

    @Test
    void theFacetsListOnlyWhatTheDatasetHolds() {
        assertEquals(List.of("Algeria", "Mali", "Morocco"), model.countries().stream().map(FacetValue::label)
                .toList());
        assertEquals(List.of("AQIM", "JNIM"), model.actors().stream().map(FacetValue::value).toList());
        assertEquals(List.of("cell_dismantled", "bombing", "ties_severed"),
                model.subtypes().stream().map(FacetValue::value).toList());
        assertEquals(Category.values().length, model.categories().size());
        assertEquals(Confidence.values().length, model.confidences().size());
    }

    @Test
    void everyActiveFilterIsAChipAndRemovingOneLeavesTheOthers() {
        onFx(() -> {
            state.setFilter(new EventFilter(Set.of(Category.ATTACK), Set.of(), Set.of("ML"), Set.of("AQIM"),
                    Set.of(Confidence.HIGH), 1, null, "gao"));
            state.setTimeWindow(TimeWindow.ofDays(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 12, 31)));
        });
        assertEquals(List.of("1 January 2012 \u2013 31 December 2013", "\u201cgao\u201d", "Attack", "Mali", "AQIM",
                "High", "At least 1 killed"), model.chips().stream().map(Chip::label).toList());

        onFx(() -> model.chips().stream().filter(c -> c.label().equals("Mali")).findFirst().orElseThrow().remove()
                .run());
        assertEquals(Set.of(), state.getFilter().countries());
        assertEquals(Set.of(Category.ATTACK), state.getFilter().categories());
        assertEquals(6, model.chips().size());

        onFx(() -> model.chips().get(0).remove().run());
        assertEquals(null, state.getTimeWindow());

        onFx(model::clearAll);
        assertTrue(state.getFilter().isEmpty());
        assertTrue(model.chips().isEmpty());
        assertEquals("", model.queryProperty().get());
    }

    @Test
    void theQueryAppliesWhenTypingPausesAccentsAndCaseIgnored() throws Exception {
        onFx(() -> model.queryProperty().set("SAIDIA"));
        assertEquals("", state.getFilter().query(), "not while typing");
        Thread.sleep((long) FilterModel.QUERY_PAUSE.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("SAIDIA", state.getFilter().query());
        assertEquals(1, state.getVisible().count(), "Saïdia matches SAIDIA");

        onFx(() -> {
            model.queryProperty().set("timbuktu");
            model.applyQuery();
        });
        assertEquals(1, state.getVisible().count(), "Enter applies at once");
        assertEquals("a3", state.store().event(state.getVisible().nextSetBit(0)).id());
    }

    @Test
    void theKilledRangeReadsAsWords() {
        assertEquals("10\u2013300 killed", model.killedText(10, 300));
        assertEquals("At most 5 killed", model.killedText(null, 5));
        onFx(() -> model.setKilledRange(3, null));
        assertEquals(3, state.getFilter().killedMin());
        assertEquals("At least 3 killed", model.chips().get(0).label());
    }

    @Test
    void aNewDatasetClearsTheTicks() {
        onFx(() -> value(model.categories(), Category.ATTACK).selectedProperty().set(true));
        onFx(() -> state.setDataset(new Dataset("other", "", EventStore.of(List.of(event("z", "2020-01-01",
                Category.COUP, "ML", 12.6, -8))), false)));
        assertFalse(value(model.categories(), Category.ATTACK).isSelected());
        assertEquals(List.of("ML"), model.countries().stream().map(FacetValue::value).toList());
        assertEquals(1, value(model.categories(), Category.COUP).getCount());
    }

    @Test
    void theTollSliderScaleIsLogarithmicAndRoundTrips() {
        assertEquals(0, KilledScale.toKilled(0, 300));
        assertEquals(300, KilledScale.toKilled(1, 300));
        assertEquals(16, KilledScale.toKilled(0.5, 300), "the middle of the slider is about sqrt(300)");
        for (int k : new int[] {0, 1, 7, 45, 299}) {
            assertEquals(k, KilledScale.toKilled(KilledScale.toPosition(k, 300), 300));
        }
    }
}
