package org.sirocco.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.EventFilter;
import org.sirocco.data.TextMatch;
import org.sirocco.i18n.Messages;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;

/**
 * Every actor of the catalogue in a searchable list, best matches first (see {@link GlossaryRanking}), and the
 * chosen one described: full name, kind, a neutral description, how many events of the dataset name it, and a
 * button that shows those events, and only them: the count said is the count shown.
 */
public final class GlossaryView extends SplitPane {

    private final ViewState state;
    private final ResourceBundle messages;
    private final ObjectProperty<ActorCatalog> catalog = new SimpleObjectProperty<>(this, "catalog",
            ActorCatalog.EMPTY);
    private final ObservableList<Actor> all = FXCollections.observableArrayList();
    private final FilteredList<Actor> shown = new FilteredList<>(all);
    private final SortedList<Actor> ranked = new SortedList<>(shown, GlossaryRanking.forQuery(""));
    private final ListView<Actor> list = new ListView<>(ranked);
    private final TextField find = new TextField();
    private final VBox entry = new VBox(8);

    public GlossaryView(ViewState state, ResourceBundle messages) {
        this.state = state;
        this.messages = messages;
        getStyleClass().add("glossary");
        find.setId("glossary-find");
        find.setPromptText(messages.getString("glossary.find"));
        find.textProperty().addListener((obs, old, now) -> {
            List<String> words = TextMatch.words(now);
            shown.setPredicate(a -> TextMatch.matches(TextMatch.fold(String.join(" ", a.allNames()) + " "
                    + a.in(language()).description()), words));
            ranked.setComparator(GlossaryRanking.forQuery(now));
            if (!ranked.isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.scrollTo(0);
            }
        });
        list.setId("glossary-list");
        list.setCellFactory(l -> new ActorCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> describe(now));
        VBox left = new VBox(6, find, list);
        left.getStyleClass().add("glossary-index");
        VBox.setVgrow(list, Priority.ALWAYS);
        entry.getStyleClass().add("glossary-entry");
        entry.setId("glossary-entry");
        ScrollPane right = new ScrollPane(entry);
        right.setFitToWidth(true);
        getItems().addAll(left, right);
        setDividerPositions(0.36);
        catalog.addListener((obs, old, now) -> fill());
        state.datasetProperty().addListener((obs, old, now) -> describe(list.getSelectionModel().getSelectedItem()));
        fill();
    }

    public ObjectProperty<ActorCatalog> catalogProperty() {
        return catalog;
    }

    /** Shows the entry of {@code name}; false when the catalogue does not describe it. */
    public boolean show(String name) {
        find.clear();
        for (Actor a : all) {
            if (a.name().equals(name)) {
                list.getSelectionModel().select(a);
                list.scrollTo(a);
                return true;
            }
        }
        return false;
    }

    private void fill() {
        all.setAll(catalog.get().all());
        if (!all.isEmpty()) {
            list.getSelectionModel().selectFirst();
        } else {
            describe(null);
        }
    }

    private void describe(Actor a) {
        entry.getChildren().clear();
        if (a == null) {
            Label none = new Label(messages.getString("glossary.none"));
            none.setWrapText(true);
            entry.getChildren().add(none);
            return;
        }
        Actor.Names names = a.in(language());
        Label name = new Label(names.name());
        name.getStyleClass().add("glossary-name");
        name.setId("glossary-name");
        entry.getChildren().add(name);
        if (!names.fullName().isBlank() && !names.fullName().equals(names.name())) {
            Label fullName = new Label(names.fullName());
            fullName.getStyleClass().add("glossary-full-name");
            fullName.setId("glossary-full-name");
            fullName.setWrapText(true);
            entry.getChildren().add(fullName);
        }
        Label kind = new Label(kindLabel(a.kind()));
        kind.getStyleClass().add("glossary-kind");
        Label description = new Label(names.description());
        description.getStyleClass().add("glossary-description");
        description.setWrapText(true);
        Set<String> elsewhere = new LinkedHashSet<>();
        for (Language other : Language.values()) {
            if (other != language()) {
                elsewhere.add(a.in(other).name());
            }
        }
        elsewhere.remove(names.name());
        if (!elsewhere.isEmpty()) {
            Label otherNames = new Label(Messages.format(messages, "glossary.otherNames",
                    String.join(" \u00b7 ", elsewhere)));
            otherNames.setId("glossary-other-names");
            otherNames.getStyleClass().add("glossary-full-name");
            otherNames.setWrapText(true);
            entry.getChildren().add(otherNames);
        }
        int count = state.store().withActor(a.name()).count();
        Label events = new Label(Messages.format(messages, "glossary.events", count));
        events.setId("glossary-count");
        Button filter = new Button(messages.getString("glossary.showEvents"));
        filter.setId("glossary-show-events");
        filter.setDisable(count == 0);
        filter.setTooltip(new Tooltip(messages.getString("glossary.showEvents.tip")));
        filter.setOnAction(e -> {
            state.setFilter(EventFilter.NONE.withActors(Set.of(a.name())));
            state.setTimeWindow(null);
        });
        entry.getChildren().addAll(kind, description, events, filter);
    }

    private Language language() {
        return Language.of(messages);
    }

    private String kindLabel(String kind) {
        String key = "glossary.kind." + kind;
        return messages.containsKey(key) ? messages.getString(key) : kind;
    }

    private final class ActorCell extends ListCell<Actor> {

        ActorCell() {
            setPrefWidth(0); // as wide as the list, not as the longest name: long names wrap instead
        }

        @Override
        protected void updateItem(Actor a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(a.in(language()).name());
            name.getStyleClass().add("glossary-cell-name");
            name.setWrapText(true);
            Label kind = new Label(kindLabel(a.kind()));
            kind.getStyleClass().add("glossary-cell-kind");
            setText(null);
            setGraphic(new VBox(0, name, kind));
        }
    }
}
