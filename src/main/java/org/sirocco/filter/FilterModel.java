package org.sirocco.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.CountryNames;
import org.sirocco.data.EventDates;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventStore;
import org.sirocco.data.FacetCounts;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Messages;
import org.sirocco.state.ViewState;

/**
 * The filter panel's view model. Holds one {@link FacetValue} per choice of each facet, kept in step with the shared
 * view state's filter both ways: ticking a value sets the filter, and a filter set elsewhere (a chip removed, a saved
 * filter loaded, a new dataset) ticks the values. Counts follow the other filters and the time window; they are
 * recomputed once per burst of changes (a brush drag changes the window on every mouse event), not per change.
 * Typing in the search box narrows the events after a short pause, so a fast typist does not search on every key.
 * <p>
 * Used on the JavaFX application thread only.
 */
public final class FilterModel {

    /** How long typing must pause before the query applies. */
    static final Duration QUERY_PAUSE = Duration.millis(200);

    private final ViewState state;
    private final ResourceBundle messages;
    private final Consumer<Runnable> later;
    private final ObservableList<FacetValue<Category>> categories = FXCollections.observableArrayList();
    private final ObservableList<FacetValue<String>> subtypes = FXCollections.observableArrayList();
    private final ObservableList<FacetValue<String>> countries = FXCollections.observableArrayList();
    private final ObservableList<FacetValue<String>> actors = FXCollections.observableArrayList();
    private final ObservableList<FacetValue<Confidence>> confidences = FXCollections.observableArrayList();
    private final ObservableList<Chip> chips = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyIntegerWrapper maxKilled = new ReadOnlyIntegerWrapper(this, "maxKilled");
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(this, "indexing");
    private final PauseTransition queryPause = new PauseTransition(QUERY_PAUSE);
    /** True while facet values are being ticked from the filter, so that ticking does not write the filter back. */
    private boolean syncing;
    private boolean countsPending;

    public FilterModel(ViewState state, ResourceBundle messages) {
        this(state, messages, Platform::runLater);
    }

    /** @param later runs work after the current burst of changes ({@code Runnable::run} in unit tests) */
    FilterModel(ViewState state, ResourceBundle messages, Consumer<Runnable> later) {
        this.state = state;
        this.messages = messages;
        this.later = later;
        for (Category c : Category.values()) {
            categories.add(facetValue(c, messages.getString("category." + c.id())));
        }
        for (Confidence c : Confidence.values()) {
            confidences.add(facetValue(c, messages.getString("filter.confidence." + c.id())));
        }
        queryPause.setOnFinished(e -> applyQuery());
        query.addListener((obs, old, now) -> {
            if (!syncing) {
                queryPause.playFromStart();
            }
        });
        state.datasetProperty().addListener((obs, old, now) -> rebuildValues());
        state.filterProperty().addListener((obs, old, now) -> filterChanged());
        state.timeWindowProperty().addListener((obs, old, now) -> {
            rebuildChips();
            scheduleCounts();
        });
        rebuildValues();
    }

    public ObservableList<FacetValue<Category>> categories() {
        return categories;
    }

    /** The subtypes the dataset uses, in category order. */
    public ObservableList<FacetValue<String>> subtypes() {
        return subtypes;
    }

    /** The countries of the dataset's places, by English name. */
    public ObservableList<FacetValue<String>> countries() {
        return countries;
    }

    /** The groups, agencies and forces the dataset names, alphabetically. */
    public ObservableList<FacetValue<String>> actors() {
        return actors;
    }

    public ObservableList<FacetValue<Confidence>> confidences() {
        return confidences;
    }

    /** The active filters, the time window among them, each removable. */
    public ObservableList<Chip> chips() {
        return chips;
    }

    /** The search box's text; it narrows the events once typing pauses, or at once on {@link #applyQuery()}. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The largest known death toll in the dataset: the casualty range's upper end. */
    public ReadOnlyIntegerProperty maxKilledProperty() {
        return maxKilled.getReadOnlyProperty();
    }

    /** True while the search index of a large dataset is being built; the query applies when it is ready. */
    public ReadOnlyBooleanProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    /** Restricts events to a death toll range; null bounds are open. */
    public void setKilledRange(Integer min, Integer max) {
        state.setFilter(state.getFilter().withKilled(min, max));
    }

    /** Removes every filter and the time window. */
    public void clearAll() {
        queryPause.stop();
        state.setFilter(EventFilter.NONE);
        state.setTimeWindow(null);
    }

    /**
     * Applies the search box's text now. On a large dataset whose search index is not built yet, builds it in the
     * background first, so that the window never freezes.
     */
    public void applyQuery() {
        applyQuery(() -> { });
    }

    /** Applies the search box's text now, then runs {@code applied} (later when the index must be built first). */
    public void applyQuery(Runnable applied) {
        queryPause.stop();
        EventStore store = state.store();
        String text = query.get();
        if (text.isBlank() || store.hasTextIndex()) {
            state.setFilter(state.getFilter().withQuery(text));
            applied.run();
            return;
        }
        indexing.set(true);
        CompletableFuture.runAsync(store::textIndex).whenComplete((done, failure) -> later.accept(() -> {
            indexing.set(false);
            if (state.store() == store && Objects.equals(query.get(), text)) {
                state.setFilter(state.getFilter().withQuery(text));
                applied.run();
            }
        }));
    }

    /** Recomputes every count now. */
    void refreshCounts() {
        countsPending = false;
        FacetCounts counts = FacetCounts.of(state.store(), state.getFilter(), state.getTimeWindow());
        setCounts(categories, counts.categories());
        setCounts(subtypes, counts.subtypes());
        setCounts(countries, counts.countries());
        setCounts(actors, counts.actors());
        setCounts(confidences, counts.confidences());
    }

    private static <T> void setCounts(List<FacetValue<T>> values, Map<T, Integer> counts) {
        for (FacetValue<T> v : values) {
            v.countProperty().set(counts.getOrDefault(v.value(), 0));
        }
    }

    private void scheduleCounts() {
        if (!countsPending) {
            countsPending = true;
            later.accept(() -> {
                if (countsPending) {
                    refreshCounts();
                }
            });
        }
    }

    private void rebuildValues() {
        EventStore store = state.store();
        FacetCounts all = FacetCounts.of(store, EventFilter.NONE, null);
        List<FacetValue<String>> newSubtypes = new ArrayList<>();
        for (String s : Category.allSubtypes()) {
            if (all.subtypes().getOrDefault(s, 0) > 0) {
                newSubtypes.add(facetValue(s, subtypeLabel(s)));
            }
        }
        setValues(subtypes, newSubtypes);
        setValues(countries, store.countries().stream().map(c -> facetValue(c, CountryNames.of(c)))
                .sorted(Comparator.comparing(FacetValue::label)).toList());
        setValues(actors, store.actors().stream().map(a -> facetValue(a, a))
                .sorted(Comparator.comparing(v -> v.label().toLowerCase(java.util.Locale.ROOT))).toList());
        maxKilled.set(store.maxKilled());
        filterChanged();
    }

    /** Replaces the values unless they are the same ones (an edit rarely changes them): the lists are not rebuilt. */
    private static <T> void setValues(ObservableList<FacetValue<T>> values, List<FacetValue<T>> now) {
        if (!values.stream().map(FacetValue::value).toList().equals(now.stream().map(FacetValue::value).toList())) {
            values.setAll(now);
        }
    }

    /** "cell_dismantled" as "Cell dismantled". */
    static String subtypeLabel(String subtype) {
        String words = subtype.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private <T> FacetValue<T> facetValue(T value, String label) {
        FacetValue<T> v = new FacetValue<>(value, label);
        v.selectedProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                state.setFilter(fromTicks());
            }
        });
        return v;
    }

    private EventFilter fromTicks() {
        return state.getFilter().withCategories(ticked(categories)).withSubtypes(ticked(subtypes))
                .withCountries(ticked(countries)).withActors(ticked(actors)).withConfidences(ticked(confidences));
    }

    private static <T> Set<T> ticked(List<FacetValue<T>> values) {
        Set<T> ticked = new LinkedHashSet<>();
        for (FacetValue<T> v : values) {
            if (v.isSelected()) {
                ticked.add(v.value());
            }
        }
        return ticked;
    }

    private void filterChanged() {
        EventFilter f = state.getFilter();
        syncing = true;
        try {
            tick(categories, f.categories());
            tick(subtypes, f.subtypes());
            tick(countries, f.countries());
            tick(actors, f.actors());
            tick(confidences, f.confidences());
            if (!query.get().strip().equals(f.query())) {
                queryPause.stop();
                query.set(f.query());
            }
        } finally {
            syncing = false;
        }
        rebuildChips();
        scheduleCounts();
    }

    private static <T> void tick(List<FacetValue<T>> values, Set<T> chosen) {
        for (FacetValue<T> v : values) {
            v.selectedProperty().set(chosen.contains(v.value()));
        }
    }

    private void rebuildChips() {
        EventFilter f = state.getFilter();
        List<Chip> now = new ArrayList<>();
        TimeWindow window = state.getTimeWindow();
        if (window != null) {
            now.add(new Chip(EventDates.format(window, Messages.locale(messages)), () -> state.setTimeWindow(null)));
        }
        if (!f.query().isEmpty()) {
            now.add(new Chip(Messages.format(messages, "filter.chip.query", f.query()),
                    () -> state.setFilter(state.getFilter().withQuery(""))));
        }
        addChips(now, f.categories(), categories, v -> state.getFilter().withCategories(without(
                state.getFilter().categories(), v)));
        addChips(now, f.subtypes(), subtypes, v -> state.getFilter().withSubtypes(without(
                state.getFilter().subtypes(), v)));
        addChips(now, f.countries(), countries, v -> state.getFilter().withCountries(without(
                state.getFilter().countries(), v)));
        addChips(now, f.actors(), actors, v -> state.getFilter().withActors(without(state.getFilter().actors(), v)));
        addChips(now, f.confidences(), confidences, v -> state.getFilter().withConfidences(without(
                state.getFilter().confidences(), v)));
        if (f.hasKilledRange()) {
            now.add(new Chip(killedText(f.killedMin(), f.killedMax()),
                    () -> state.setFilter(state.getFilter().withKilled(null, null))));
        }
        if (f.changedSince() != null) {
            now.add(new Chip(Messages.format(messages, "filter.chip.changedSince",
                    f.changedSince().toString()), () -> state.setFilter(state.getFilter().withChangedSince(null))));
        }
        chips.setAll(now);
    }

    /** "10–300 killed", "at least 10 killed", "at most 300 killed". */
    String killedText(Integer min, Integer max) {
        if (min != null && max != null) {
            return Messages.format(messages, "filter.killed.between", min, max);
        }
        return min != null ? Messages.format(messages, "filter.killed.atLeast", min)
                : Messages.format(messages, "filter.killed.atMost", max);
    }

    private <T> void addChips(List<Chip> out, Set<T> chosen, List<FacetValue<T>> values,
            Function<T, EventFilter> removing) {
        // In the panel's order; values this dataset lacks (from a saved filter) come last, under their own name.
        for (FacetValue<T> v : values) {
            if (chosen.contains(v.value())) {
                out.add(new Chip(v.label(), () -> state.setFilter(removing.apply(v.value()))));
            }
        }
        for (T value : chosen) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                out.add(new Chip(String.valueOf(value), () -> state.setFilter(removing.apply(value))));
            }
        }
    }

    private static <T> Set<T> without(Set<T> set, T value) {
        Set<T> copy = new LinkedHashSet<>(set);
        copy.remove(value);
        return copy;
    }
}
