package org.sirocco.filter;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TextMatch;
import org.sirocco.i18n.Messages;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategoryIcon;

/**
 * The search box, the active filters as removable chips, and one section per facet (category, country, group or
 * agency, type, confidence, death toll) with a count beside every choice. Everything it shows comes from its
 * {@link FilterModel}, bound to the shared view state.
 */
public final class FilterPanel extends ScrollPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final FilterModel model;
    private final ResourceBundle messages;
    /** The locale of the toll fields' numbers: the interface's language. */
    private final Locale locale;
    private final CustomTextField search;
    private final FlowPane chips = new FlowPane(4, 4);
    /** The death toll slider, its label and its bounds' fields: null until their section is first expanded. */
    private TollSlider killed;
    private Label killedLabel;
    private TextField killedMin;
    private TextField killedMax;
    private final ObjectProperty<ActorCatalog> actors = new SimpleObjectProperty<>(this, "actors",
            ActorCatalog.EMPTY);
    private Runnable onGoToResults = () -> { };
    /** True while the slider and fields are set to match the filter, so that setting them does not set it back. */
    private boolean syncingToll;

    public FilterPanel(ViewState state, ResourceBundle messages) {
        this.model = new FilterModel(state, messages);
        this.locale = Messages.locale(messages);
        this.messages = messages;
        getStyleClass().add("filter-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("search");
        search.getStyleClass().add("filter-search");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.promptTextProperty().bind(Bindings.when(model.indexingProperty())
                .then(messages.getString("filter.search.indexing"))
                .otherwise(messages.getString("filter.search.prompt")));
        Tooltip howToSearch = new Tooltip(messages.getString("filter.search.tip"));
        howToSearch.setWrapText(true);
        howToSearch.setMaxWidth(360);
        search.setTooltip(howToSearch);
        search.setOnAction(e -> model.applyQuery());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                model.applyQuery();
                e.consume();
            }
        });
        // A filter: the text field's own keys would take Down first.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                model.applyQuery(() -> onGoToResults.run());
                e.consume();
            }
        });

        chips.setId("chips");
        chips.getStyleClass().add("filter-chips");
        // A FlowPane is at least as wide as its widest child; a long chip would widen the whole panel past its
        // column. Chips are capped to the column's width instead (see showChips).
        chips.setMinWidth(0);
        model.chips().addListener((ListChangeListener<Chip>) c -> showChips());
        showChips();

        FacetList<Category> categories = new FacetList<>(model.categories(), 7);
        categories.setId("facet-category");
        categories.setIcons(v -> CategoryIcon.of(v.value()));
        FacetList<String> countries = new FacetList<>(model.countries(), 9);
        countries.setId("facet-country");

        VBox content = new VBox(
                searchRow(),
                chips,
                section("filter.category", model.categories(), () -> categories, true),
                section("filter.country", model.countries(), () -> countries, true),
                section("filter.actor", model.actors(), this::actorBody, false),
                section("filter.subtype", model.subtypes(), () -> facetList(model.subtypes(), 9, "facet-subtype"),
                        false),
                section("filter.confidence", model.confidences(),
                        () -> facetList(model.confidences(), 3, "facet-confidence"), false),
                killedSection(state));
        content.getStyleClass().add("filter-content");
        setContent(content);
    }

    /** What Down in the search box does once the query applies: the window moves the focus into the event list. */
    public void setOnGoToResults(Runnable action) {
        this.onGoToResults = action;
    }

    /** The glossary, whose full names show as tooltips and can be searched in the group list. */
    public ObjectProperty<ActorCatalog> actorsProperty() {
        return actors;
    }

    public FilterModel model() {
        return model;
    }

    /** Puts the caret in the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> FacetList<T> facetList(ObservableList<FacetValue<T>> values, int visibleRows, String id) {
        FacetList<T> list = new FacetList<>(values, visibleRows);
        list.setId(id);
        return list;
    }

    /** The group list, with a field that narrows it by name or full name. */
    private Node actorBody() {
        FacetList<String> actorList = facetList(model.actors(), 9, "facet-actor");
        actorList.setTooltips(v -> actors.get().find(v.value()).map(Actor::fullName).orElse(null));
        TextField findActor = new TextField();
        findActor.setId("facet-actor-find");
        findActor.setPromptText(messages.getString("filter.actor.find"));
        findActor.textProperty().addListener((obs, old, now) -> {
            List<String> words = TextMatch.words(now);
            actorList.narrow(v -> TextMatch.matches(TextMatch.fold(v.label() + " "
                    + actors.get().find(v.value()).map(Actor::fullName).orElse("")), words));
        });
        return new VBox(4, findActor, actorList);
    }

    private Node searchRow() {
        Label title = new Label(messages.getString("filter.title"));
        title.getStyleClass().add("filter-title");
        Hyperlink clear = new Hyperlink(messages.getString("filter.clearAll"));
        clear.setId("clear-filters");
        clear.setOnAction(e -> model.clearAll());
        clear.disableProperty().bind(Bindings.isEmpty(model.chips()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox heading = new HBox(title, spring, clear);
        heading.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(6, heading, search);
    }

    private void showChips() {
        chips.getChildren().clear();
        for (Chip c : model.chips()) {
            Label text = new Label(c.label());
            // A chip too long for the column wraps its text (a word longer than a line ends in an ellipsis, hence
            // the tooltip) and keeps its × in view.
            text.setMinWidth(0);
            text.setWrapText(true);
            text.setTooltip(new Tooltip(c.label()));
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add("chip-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setTooltip(new Tooltip(messages.getString("filter.chip.remove")));
            remove.setOnAction(e -> c.remove().run());
            remove.setFocusTraversable(false);
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            chip.maxWidthProperty().bind(chips.widthProperty());
            chips.getChildren().add(chip);
        }
        chips.setVisible(!model.chips().isEmpty());
        chips.setManaged(chips.isVisible());
    }

    /** A collapsible section whose title says how many of its values are ticked. */
    private <T> TitledPane section(String key, ObservableList<FacetValue<T>> values, Supplier<Node> body,
            boolean expanded) {
        TitledPane pane = collapsible(body, expanded);
        pane.setId(key.replace('.', '-'));
        String name = messages.getString(key);
        pane.textProperty().bind(Bindings.createStringBinding(() -> {
            long ticked = values.stream().filter(FacetValue::isSelected).count();
            return ticked == 0 ? name : Messages.format(messages, "filter.section.ticked", name,
                    ticked);
        }, model.chips()));
        return pane;
    }

    /**
     * A titled pane whose body is built the first time it is expanded: sections that start collapsed are not in the
     * first frame, and most sessions never open them.
     */
    private static TitledPane collapsible(Supplier<Node> body, boolean expanded) {
        TitledPane pane = new TitledPane();
        pane.setAnimated(false);
        if (expanded) {
            pane.setContent(body.get());
        } else {
            pane.setExpanded(false);
            pane.expandedProperty().addListener((obs, old, now) -> {
                if (now && pane.getContent() == null) {
                    pane.setContent(body.get());
                }
            });
        }
        return pane;
    }

    /**
     * The death toll range: a log-scale range slider (tolls run from 1 to hundreds), whose ends mean "no bound", and
     * the two bounds as number fields. Setting a bound leaves out events whose toll is unknown.
     */
    private Node killedSection(ViewState state) {
        TitledPane pane = collapsible(() -> killedBody(state), false);
        pane.setText(messages.getString("filter.killed"));
        pane.setId("filter-killed");
        return pane;
    }

    private Node killedBody(ViewState state) {
        killed = new TollSlider(() -> model.maxKilledProperty().get());
        killedLabel = new Label();
        killed.setId("facet-killed");
        killed.setShowTickMarks(false);
        killed.setShowTickLabels(false);
        killed.lowValueProperty().addListener((obs, old, now) -> sliderMoved());
        killed.highValueProperty().addListener((obs, old, now) -> sliderMoved());
        killedLabel.setId("facet-killed-label");
        killedLabel.setWrapText(true);
        killedMin = tollField("facet-killed-min", true);
        killedMax = tollField("facet-killed-max", false);
        GridPane bounds = new GridPane();
        bounds.getStyleClass().add("filter-toll-bounds");
        bounds.addRow(0, tollLabel("filter.killed.min", killedMin), killedMin);
        bounds.addRow(1, tollLabel("filter.killed.max", killedMax), killedMax);
        state.filterProperty().addListener((obs, old, now) -> showKilled(now));
        model.maxKilledProperty().addListener((obs, old, now) -> showKilled(state.getFilter()));
        showKilled(state.getFilter());
        Label note = new Label(messages.getString("filter.killed.note"));
        note.getStyleClass().add("filter-note");
        note.setWrapText(true);
        return new VBox(6, killedLabel, killed, bounds, note);
    }

    private Label tollLabel(String key, TextField field) {
        Label label = new Label(messages.getString(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A field for one bound of the toll, digits grouped as the interface's language writes them ("1 234" in French,
     * with any space typed), blank for no bound: typing sets the filter, and Up and Down
     * step through round tolls as the slider's keys do. A least toll above the greatest is shown wrong and not set.
     */
    private TextField tollField(String id, boolean least) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add("filter-toll");
        field.setPrefColumnCount(6);
        field.setPromptText(messages.getString("filter.killed.none"));
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().isEmpty() || Messages.parseInteger(locale, change.getControlNewText())
                        .stream().anyMatch(n -> n < 10_000_000) ? change : null));
        field.textProperty().addListener((obs, old, now) -> {
            if (!syncingToll) {
                fieldsEdited();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN) {
                return;
            }
            Integer bound = toll(field);
            int max = model.maxKilledProperty().get();
            Integer next;
            if (e.getCode() == KeyCode.UP) {
                next = bound == null ? (least ? KilledScale.stepUp(0) : null) : KilledScale.stepUp(bound);
            } else {
                int from = bound == null ? (least ? 0 : Math.max(max, 1)) : bound;
                int down = KilledScale.stepDown(from);
                next = down == 0 && least ? null : down;
            }
            field.setText(next == null ? "" : Messages.integer(locale, next));
            field.end();
            e.consume();
        });
        return field;
    }

    /** The bound a toll field holds: null when it is blank. */
    private Integer toll(TextField field) {
        OptionalLong n = Messages.parseInteger(locale, field.getText());
        return n.isPresent() ? (int) n.getAsLong() : null;
    }

    private void fieldsEdited() {
        Integer low = toll(killedMin);
        Integer high = toll(killedMax);
        boolean crossed = low != null && high != null && high < low;
        killedMin.pseudoClassStateChanged(INVALID, crossed && killedMin.isFocused());
        killedMax.pseudoClassStateChanged(INVALID, crossed && !killedMin.isFocused());
        if (!crossed) {
            model.setKilledRange(low, high);
        }
    }

    private void sliderMoved() {
        if (syncingToll) {
            return;
        }
        Integer low = killed.getLowValue() <= 0 ? null : killed.lowToll();
        Integer high = killed.getHighValue() >= 1 ? null : killed.highToll();
        if (low != null && high != null && high < low) {
            high = low;
        }
        model.setKilledRange(low, high);
    }

    private void showKilled(EventFilter f) {
        int max = model.maxKilledProperty().get();
        syncingToll = true;
        try {
            double low = f.killedMin() == null ? 0 : KilledScale.toPosition(f.killedMin(), max);
            double high = f.killedMax() == null ? 1 : KilledScale.toPosition(f.killedMax(), max);
            if (low > killed.getHighValue()) {
                killed.setHighValue(high);
                killed.setLowValue(low);
            } else {
                killed.setLowValue(low);
                killed.setHighValue(high);
            }
            showBound(killedMin, f.killedMin());
            showBound(killedMax, f.killedMax());
        } finally {
            syncingToll = false;
        }
        killedLabel.setText(f.hasKilledRange() ? model.killedText(f.killedMin(), f.killedMax())
                : messages.getString("filter.killed.any"));
        killed.setDisable(max == 0);
    }

    /** Puts {@code bound} in its field unless the field already says it (the user may be typing there). */
    private void showBound(TextField field, Integer bound) {
        if (!Objects.equals(toll(field), bound)) {
            field.setText(bound == null ? "" : Messages.integer(locale, bound));
        }
        field.pseudoClassStateChanged(INVALID, false);
    }
}
