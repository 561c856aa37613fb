package org.sirocco.edit.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sirocco.data.Actor;
import org.sirocco.data.Category;
import org.sirocco.data.Confidence;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.PlacePrecision;
import org.sirocco.edit.EventDraft;
import org.sirocco.edit.Warnings;
import org.sirocco.i18n.Messages;
import org.sirocco.i18n.Language;

/**
 * The event editor: a window with a control for every field of the schema. What is typed is checked at each change
 * by the loader's own rules, each problem shown under its field; Save is refused until there is none. Warnings
 * (a place outside its country, a date past today, a likely duplicate with a link to it) do not stop a save.
 * Places can be added by clicking the map while <em>Pick on map</em> is down.
 */
public final class EventEditor {

    private final EventDraft draft;
    private final EditorContext context;
    private final ResourceBundle messages;
    private final Stage stage = new Stage();
    private final Map<String, Label> errorLabels = new HashMap<>();
    /** The field path of each control, and the fields the user has been in: only their problems show there. */
    private final Map<Node, String> paths = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final Label pending = new Label();
    private final Label generalErrors = errorLabel("editor-errors");
    private final VBox warnings = new VBox(4);
    private final Button save = new Button();
    private final VBox placeRows = new VBox(6);
    private final VBox sourceRows = new VBox(6);
    private final BooleanProperty picking = new SimpleBooleanProperty(this, "picking");
    private final Label idLabel = new Label();
    private EventDraft.Checked checked;
    /** True while controls are being built from the draft: their listeners must not check yet. */
    private boolean building;

    public EventEditor(EventDraft draft, EditorContext context) {
        this.draft = draft;
        this.context = context;
        this.messages = context.messages();
        stage.setTitle(messages.getString(draft.isNew ? "editor.title.new" : "editor.title.edit"));
        building = true;
        VBox form = form();
        building = false;
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        save.setText(messages.getString("editor.save"));
        save.setId("editor-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        Button cancel = new Button(messages.getString("editor.cancel"));
        cancel.setId("editor-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        warnings.setId("editor-warnings");
        pending.setId("editor-pending");
        pending.setWrapText(true);
        pending.getStyleClass().add("editor-pending");
        VBox bottom = new VBox(6, generalErrors, pending, warnings, buttons);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        VBox root = new VBox(scroll, bottom);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getStyleClass().add("event-editor");
        root.setId("event-editor");
        stage.setScene(new Scene(root, 760, 820));
        check();
    }

    /** Shows the editor over {@code owner}, which stays usable: places can be picked on its map. */
    public void show(Window owner, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.getScene().getStylesheets().setAll(stylesheets);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** True while the next click on the map adds a place. */
    public BooleanProperty pickingProperty() {
        return picking;
    }

    /**
     * Adds a place as the map found it (coordinates, the country under them and the nearest gazetteer name), or
     * fills the first place when it is still empty.
     */
    public void addPlace(EventDraft.PlaceDraft place) {
        if (draft.places.size() == 1 && draft.places.get(0).lat.isBlank() && draft.places.get(0).name.isBlank()) {
            draft.places.set(0, place);
        } else {
            draft.places.add(place);
        }
        picking.set(false);
        rebuildPlaces();
        check();
    }

    /** Whether the fields pass the rules now (Save is enabled). */
    public boolean isValid() {
        return checked != null && checked.isValid();
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        idLabel.setId("editor-id");
        grid.addRow(row++, label("editor.id"), field("id", idLabel));

        TextField title = text("editor-title", draft.title, v -> draft.title = v);
        grid.addRow(row++, label("editor.field.title"), field("title", title));
        for (Language language : List.of(Language.FRENCH, Language.ARABIC)) {
            TextField translated = text("editor-title-" + language.tag(), draft.titles.getOrDefault(language, ""),
                    v -> draft.titles.put(language, v));
            // Typed in its own direction whatever the interface's.
            translated.setNodeOrientation(language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                    : NodeOrientation.LEFT_TO_RIGHT);
            grid.addRow(row++, label("editor.field.title." + language.tag()),
                    field("titles." + language.tag(), translated));
        }

        ChoiceBox<String> subtype = new ChoiceBox<>();
        subtype.setId("editor-subtype");
        ChoiceBox<Category> category = choice("editor-category", Category.values(), draft.category,
                c -> messages.getString("category." + c.id()), c -> {
                    draft.category = c;
                    subtype.getItems().setAll(c.subtypes());
                    if (!c.allowsSubtype(draft.subtype)) {
                        draft.subtype = c.subtypes().get(0);
                    }
                    subtype.setValue(draft.subtype);
                });
        subtype.getItems().setAll(draft.category.subtypes());
        subtype.setValue(draft.subtype);
        subtype.setConverter(converter(s -> s.replace('_', ' ')));
        subtype.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                draft.subtype = now;
                check();
            }
        });
        grid.addRow(row++, label("editor.field.category"), field("category", new HBox(8, category,
                field("subtype", subtype))));

        TextField date = text("editor-date", draft.date, v -> draft.date = v);
        date.setPromptText("YYYY-MM-DD");
        ChoiceBox<DatePrecision> precision = choice("editor-precision", DatePrecision.values(), draft.precision,
                p -> messages.getString("editor.precision." + p.id()), p -> draft.precision = p);
        TextField end = text("editor-end-date", draft.endDate, v -> draft.endDate = v);
        end.setPromptText(messages.getString("editor.endDate.prompt"));
        grid.addRow(row++, label("editor.field.date"), new HBox(8, field("date", date),
                field("datePrecision", precision), field("endDate", end)));

        Button addPlace = new Button(messages.getString("editor.place.add"));
        addPlace.setOnAction(e -> {
            draft.places.add(new EventDraft.PlaceDraft());
            rebuildPlaces();
            check();
        });
        ToggleButton pick = new ToggleButton(messages.getString("editor.place.pick"));
        pick.setId("editor-pick-on-map");
        pick.selectedProperty().bindBidirectional(picking);
        rebuildPlaces();
        grid.addRow(row++, label("editor.field.places"), field("places", new VBox(6, placeRows,
                new HBox(8, addPlace, pick))));

        grid.addRow(row++, label("editor.field.perpetrators"), field("perpetrators",
                actorList("editor-perpetrators", draft.perpetrators)));
        grid.addRow(row++, label("editor.field.splitFrom"), field("splitFrom",
                actorList("editor-split-from", draft.splitFrom)));
        grid.addRow(row++, label("editor.field.agencies"), field("agencies",
                actorList("editor-agencies", draft.agencies)));
        TextField states = text("editor-states", String.join(", ", draft.states), v -> {
            draft.states.clear();
            Arrays.stream(v.split("[,\\s]+")).filter(s -> !s.isBlank())
                    .forEach(s -> draft.states.add(s.toUpperCase(Locale.ROOT)));
        });
        states.setPromptText(messages.getString("editor.states.prompt"));
        grid.addRow(row++, label("editor.field.states"), field("states", states));

        grid.addRow(row++, label("detail.killed"), count("killed", draft.killed));
        grid.addRow(row++, label("detail.injured"), count("injured", draft.injured));
        grid.addRow(row++, label("detail.arrested"), count("arrested", draft.arrested));
        grid.addRow(row++, label("editor.field.confidence"), field("confidence", choice("editor-confidence",
                Confidence.values(), draft.confidence, c -> messages.getString("filter.confidence." + c.id()),
                c -> draft.confidence = c)));

        TextArea summary = area("editor-summary", draft.summary, v -> draft.summary = v, 4);
        grid.addRow(row++, label("editor.field.summary"), field("summary", summary));
        TextArea notes = area("editor-notes", draft.notes, v -> draft.notes = v, 3);
        grid.addRow(row++, label("editor.field.notes"), field("notes", notes));

        Button addSource = new Button(messages.getString("editor.source.add"));
        addSource.setOnAction(e -> {
            draft.sources.add(new EventDraft.SourceDraft());
            rebuildSources();
            check();
        });
        rebuildSources();
        grid.addRow(row, label("editor.field.sources"), field("sources", new VBox(6, sourceRows, addSource)));
        GridPane.setHgrow(title, Priority.ALWAYS);
        return new VBox(grid);
    }

    private void rebuildPlaces() {
        boolean was = building;
        building = true;
        placeRows.getChildren().clear();
        for (int i = 0; i < draft.places.size(); i++) {
            EventDraft.PlaceDraft p = draft.places.get(i);
            String at = "places[" + i + "]";
            TextField name = text("editor-place-name-" + i, p.name, v -> p.name = v);
            name.setPromptText(messages.getString("editor.place.name"));
            completeNames(name, i);
            TextField country = text("editor-place-country-" + i, p.country, v -> p.country = v);
            country.setPromptText(messages.getString("editor.place.country.prompt"));
            country.setPrefColumnCount(3);
            TextField lat = text("editor-place-lat-" + i, p.lat, v -> p.lat = v);
            lat.setPromptText(messages.getString("editor.place.lat"));
            lat.setPrefColumnCount(7);
            TextField lon = text("editor-place-lon-" + i, p.lon, v -> p.lon = v);
            lon.setPromptText(messages.getString("editor.place.lon"));
            lon.setPrefColumnCount(7);
            ChoiceBox<PlacePrecision> precision = choice("editor-place-precision-" + i, PlacePrecision.values(),
                    p.precision, pp -> messages.getString("editor.placePrecision." + pp.id()), pp -> p.precision = pp);
            int index = i;
            Button remove = new Button("\u00d7");
            remove.setOnAction(e -> {
                draft.places.remove(index);
                rebuildPlaces();
                check();
            });
            HBox line = new HBox(6, field(at + ".name", name), field(at + ".country", country),
                    field(at + ".lat", lat), field(at + ".lon", lon), field(at + ".precision", precision), remove);
            HBox.setHgrow(line.getChildren().get(0), Priority.ALWAYS);
            placeRows.getChildren().add(field(at, line));
        }
        building = was;
    }

    private void rebuildSources() {
        boolean was = building;
        building = true;
        sourceRows.getChildren().clear();
        for (int i = 0; i < draft.sources.size(); i++) {
            EventDraft.SourceDraft s = draft.sources.get(i);
            String at = "sources[" + i + "]";
            TextField title = text("editor-source-title-" + i, s.title, v -> s.title = v);
            title.setPromptText(messages.getString("editor.source.title"));
            TextField publisher = text("editor-source-publisher-" + i, s.publisher, v -> s.publisher = v);
            publisher.setPromptText(messages.getString("editor.source.publisher"));
            TextField date = text("editor-source-date-" + i, s.date, v -> s.date = v);
            date.setPromptText(messages.getString("editor.source.date"));
            date.setPrefColumnCount(8);
            TextField url = text("editor-source-url-" + i, s.url, v -> s.url = v);
            url.setPromptText("https://");
            int index = i;
            Button remove = new Button("\u00d7");
            remove.setId("editor-source-remove-" + i);
            remove.setOnAction(e -> {
                draft.sources.remove(index);
                rebuildSources();
                check();
            });
            HBox first = new HBox(6, field(at + ".title", title), field(at + ".publisher", publisher),
                    field(at + ".date", date), remove);
            HBox.setHgrow(first.getChildren().get(0), Priority.ALWAYS);
            sourceRows.getChildren().add(field(at, new VBox(4, first, field(at + ".url", url))));
        }
        building = was;
    }

    /** Gazetteer names completing what is typed; choosing one fills the place's country and coordinates. */
    private void completeNames(TextField name, int index) {
        ContextMenu suggestions = new ContextMenu();
        name.textProperty().addListener((obs, old, now) -> {
            if (building || !name.isFocused() || now.strip().length() < 2) {
                suggestions.hide();
                return;
            }
            List<EventDraft.PlaceDraft> found = context.placeNames().apply(now.strip());
            suggestions.getItems().clear();
            for (EventDraft.PlaceDraft p : found) {
                MenuItem item = new MenuItem(Messages.format(messages, "editor.place.suggestion",
                        p.name, p.country));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> {
                    p.precision = draft.places.get(index).precision;
                    draft.places.set(index, p);
                    rebuildPlaces();
                    check();
                });
                suggestions.getItems().add(item);
            }
            if (found.isEmpty()) {
                suggestions.hide();
            } else if (!suggestions.isShowing()) {
                suggestions.show(name, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
    }

    /** Names from the catalogue, each removable, and a box completing from the catalogue to add one. */
    private Node actorList(String id, List<String> names) {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId(id);
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            chips.getChildren().clear();
            for (String n : names) {
                Button chip = new Button(n + "  \u00d7");
                chip.getStyleClass().add("editor-actor-chip");
                chip.setOnAction(e -> {
                    names.remove(n);
                    redraw[0].run();
                    check();
                });
                chips.getChildren().add(chip);
            }
        };
        redraw[0].run();
        ComboBox<String> add = new ComboBox<>();
        add.setId(id + "-add");
        add.setEditable(true);
        add.setPromptText(messages.getString("editor.actor.prompt"));
        add.getEditor().textProperty().addListener((obs, old, now) -> {
            String typed = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            List<String> matches = context.actors().get().all().stream().map(Actor::name)
                    .filter(a -> !typed.isEmpty() && a.toLowerCase(Locale.ROOT).contains(typed)).limit(12).toList();
            if (!matches.equals(add.getItems())) {
                add.getItems().setAll(matches);
            }
        });
        Runnable addTyped = () -> {
            String typed = add.getEditor().getText() == null ? "" : add.getEditor().getText().strip();
            if (typed.isEmpty() || names.contains(typed)) {
                return;
            }
            if (context.actors().get().find(typed).isEmpty() && !newActor(typed)) {
                return;
            }
            names.add(typed);
            add.getEditor().clear();
            redraw[0].run();
            check();
        };
        add.setOnAction(e -> {
            if (add.getValue() != null && !add.getValue().isBlank()) {
                add.getEditor().setText(add.getValue());
            }
        });
        add.getEditor().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addTyped.run();
                e.consume();
            }
        });
        Button addButton = new Button(messages.getString("editor.actor.add"));
        addButton.setId(id + "-add-button");
        addButton.setOnAction(e -> addTyped.run());
        return new VBox(4, chips, new HBox(6, add, addButton));
    }

    /**
     * Asks for the kind and a one-line description of a name not in the catalogue, and adds it (a step that can be
     * undone). False when the user gives up.
     */
    private boolean newActor(String name) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.initOwner(stage);
        ask.setTitle(messages.getString("editor.actor.new.title"));
        ask.setHeaderText(Messages.format(messages, "editor.actor.new.header", name));
        TextField fullName = new TextField(name);
        fullName.setId("actor-full-name");
        ChoiceBox<String> kind = new ChoiceBox<>(FXCollections.observableArrayList("group", "agency", "force",
                "state-body", "person"));
        kind.setId("actor-kind");
        kind.setValue("group");
        TextField description = new TextField();
        description.setId("actor-description");
        description.setPrefColumnCount(40);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("editor.actor.fullName"), fullName);
        form.addRow(1, label("editor.actor.kind"), kind);
        form.addRow(2, label("editor.actor.description"), description);
        ask.getDialogPane().setContent(form);
        ask.getDialogPane().setId("new-actor-dialog");
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = ask.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(description.textProperty().isEmpty().or(fullName.textProperty().isEmpty()));
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return false;
        }
        context.addActor().accept(new Actor(name, fullName.getText().strip(), kind.getValue(),
                description.getText().strip()));
        return true;
    }

    private Node count(String name, EventDraft.CountDraft c) {
        TextField low = text("editor-" + name + "-low", c.low, v -> c.low = v);
        low.setPrefColumnCount(6);
        TextField high = text("editor-" + name + "-high", c.high, v -> c.high = v);
        high.setPrefColumnCount(6);
        ChoiceBox<EventDraft.CountDraft.Kind> kind = choice("editor-" + name + "-kind",
                EventDraft.CountDraft.Kind.values(), c.kind,
                k -> messages.getString("editor.count." + k.name().toLowerCase(Locale.ROOT)), k -> c.kind = k);
        low.visibleProperty().bind(kind.valueProperty().isNotEqualTo(EventDraft.CountDraft.Kind.UNKNOWN));
        low.managedProperty().bind(low.visibleProperty());
        high.visibleProperty().bind(kind.valueProperty().isEqualTo(EventDraft.CountDraft.Kind.RANGE));
        high.managedProperty().bind(high.visibleProperty());
        return field(name, new HBox(6, kind, field(name + ".min", low), field(name + ".max", high)));
    }

    /** Checks the draft and shows every problem at its field, the warnings, and whether Save may be used. */
    private void check() {
        if (building) {
            return;
        }
        checked = draft.check(context.actors().get().names(), context.today().get(), context.idTaken());
        idLabel.setText(draft.id);
        errorLabels.values().forEach(l -> show(l, List.of()));
        List<String> unplaced = new ArrayList<>();
        List<String> untouched = new ArrayList<>();
        checked.problems().forEach((path, messages) -> {
            Label at = errorLabels.get(path);
            if (at == null) {
                messages.forEach(m -> unplaced.add(path.isEmpty() ? m : path + ": " + m));
            } else if (!draft.isNew || touched.contains(path)) {
                show(at, messages);
            } else {
                untouched.add(path);
            }
        });
        show(generalErrors, unplaced);
        // A new event's empty fields are not errors yet: they are listed once, until the user has been in them.
        show(pending, untouched.isEmpty() ? List.of() : List.of(Messages.format(
                messages, "editor.pending", String.join(", ", untouched))));
        save.setDisable(!checked.isValid());
        warnings.getChildren().clear();
        if (checked.isValid()) {
            for (Warnings.Warning w : Warnings.of(checked.event(), context.store().get(), context.today().get(),
                    context.outsideCountry(), messages)) {
                Label text = new Label(w.message());
                text.setWrapText(true);
                text.getStyleClass().add("editor-warning");
                HBox line = new HBox(6, text);
                if (w.otherId() != null) {
                    Hyperlink go = new Hyperlink(messages.getString("editor.warning.show"));
                    go.getStyleClass().add("editor-warning-link");
                    go.setOnAction(e -> context.showEvent().accept(w.otherId()));
                    line.getChildren().add(go);
                }
                warnings.getChildren().add(line);
            }
        }
    }

    private void save() {
        check();
        if (!checked.isValid()) {
            return;
        }
        context.save().accept(draft.stamped(checked.event(), Instant.now()));
        stage.close();
    }

    private static void show(Label label, List<String> messages) {
        label.setText(String.join("\n", messages));
        label.setVisible(!messages.isEmpty());
        label.setManaged(!messages.isEmpty());
    }

    /** {@code control} with the label under it where the problems of field {@code path} show. */
    private Node field(String path, Node control) {
        Label error = errorLabel("editor-error-" + path.replaceAll("[\\[\\].]+", "-"));
        errorLabels.put(path, error);
        paths.put(control, path);
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now && touched.add(path)) {
                check();
            }
        });
        VBox box = new VBox(2, control, error);
        HBox.setHgrow(box, Priority.SOMETIMES);
        return box;
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("editor-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    private Label label(String key) {
        Label l = new Label(messages.getString(key));
        l.getStyleClass().add("editor-label");
        return l;
    }

    private TextField text(String id, String value, Consumer<String> into) {
        TextField t = new TextField(value);
        t.setId(id);
        listen(t, into);
        return t;
    }

    private TextArea area(String id, String value, Consumer<String> into, int rows) {
        TextArea t = new TextArea(value);
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        listen(t, into);
        return t;
    }

    private void listen(TextInputControl t, Consumer<String> into) {
        t.textProperty().addListener((obs, old, now) -> {
            into.accept(now == null ? "" : now);
            touch(t);
            check();
        });
    }

    /** The user changed the control: its field's problems show at it from now on. */
    private void touch(Node control) {
        String path = paths.get(control);
        if (path != null && !building) {
            touched.add(path);
        }
    }

    private <T> ChoiceBox<T> choice(String id, T[] values, T value, java.util.function.Function<T, String> text,
            Consumer<T> into) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(converter(text));
        box.setValue(value);
        ChangeListener<T> changed = (obs, old, now) -> {
            if (now != null) {
                into.accept(now);
                touch(box);
                check();
            }
        };
        box.valueProperty().addListener(changed);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }

    /** For the window to refresh warnings when the dataset changes while the editor is open. */
    public void recheck() {
        check();
    }
}
