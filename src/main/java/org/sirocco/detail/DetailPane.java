package org.sirocco.detail;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Count;
import org.sirocco.data.CountryNames;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.Source;
import org.sirocco.data.TextMatch;
import org.sirocco.i18n.Messages;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategoryIcon;
import org.sirocco.symbols.HighlightedText;

/**
 * The selected event in full: title, category, date as precise as it is known, places, actors, casualties,
 * summary, where sources differ, sources (copy or open each link), and related events to go to next. Words of the
 * active search are highlighted. Follows the shared selection and never refers to another view; what to do with
 * an actor's name or a link is handed in by the window. While no event is selected it is only a hint, and asks for
 * no more height than the hint takes (pseudo-class {@code :collapsed}), so that the list beside it can have the room.
 */
public final class DetailPane extends ScrollPane {

    /** How many related events of each kind to offer. */
    static final int RELATED_PER_KIND = 4;
    /** How long "Copied" stays on a copy button: long enough to be read, short enough not to go stale. */
    static final Duration COPIED_FEEDBACK = Duration.seconds(2);

    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");

    private final ViewState state;
    private final ResourceBundle messages;
    private final VBox content = new VBox();
    /** Said above an event that the filters or the time window hide: it is still read here, but not on the map. */
    private final Label hiddenNote = new Label();
    private final ObjectProperty<ActorCatalog> actors = new SimpleObjectProperty<>(this, "actors",
            ActorCatalog.EMPTY);
    private Consumer<String> onShowActor = name -> { };
    private Consumer<String> onOpenLink;
    private IntConsumer onEdit;
    private BooleanSupplier online = NetworkStatus::looksOnline;

    public DetailPane(ViewState state, ResourceBundle messages) {
        this.state = state;
        this.messages = messages;
        getStyleClass().add("detail-pane");
        content.getStyleClass().add("detail-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        hiddenNote.setText(messages.getString("detail.hidden"));
        hiddenNote.getStyleClass().add("detail-hidden-note");
        hiddenNote.setId("detail-hidden-note");
        hiddenNote.setWrapText(true);
        hiddenNote.setMaxWidth(Double.MAX_VALUE);
        // Only the note follows the time window: rebuilding the whole panel at every step of a brush drag would not.
        state.visibleProperty().addListener((obs, old, now) -> updateHiddenNote());
        state.selectedEventProperty().addListener((obs, old, now) -> show());
        state.datasetProperty().addListener((obs, old, now) -> show());
        state.filterProperty().addListener((obs, old, now) -> {
            if (!old.query().equals(now.query())) {
                show();
            }
        });
        actors.addListener((obs, old, now) -> show());
        show();
    }

    /** The glossary of groups and agencies: names found in it become links. */
    public ObjectProperty<ActorCatalog> actorsProperty() {
        return actors;
    }

    /** What clicking a group's or an agency's name does (the window opens the glossary at it). */
    public void setOnShowActor(Consumer<String> action) {
        this.onShowActor = action;
        show();
    }

    /** How to open a source's link in the system browser; null hides the Open buttons. */
    public void setOnOpenLink(Consumer<String> action) {
        this.onOpenLink = action;
        show();
    }

    /** What the Edit button under the event does with it (the window opens the editor); null: no button. */
    public void setOnEdit(IntConsumer action) {
        this.onEdit = action;
        show();
    }

    /** Whether a network seems to be there (tests replace the check). */
    void setOnline(BooleanSupplier online) {
        this.online = online;
        show();
    }

    private void show() {
        content.getChildren().clear();
        int index = state.getSelectedEvent();
        pseudoClassStateChanged(COLLAPSED, index < 0);
        setMaxHeight(index < 0 ? USE_PREF_SIZE : Double.MAX_VALUE);
        if (index < 0) {
            Label placeholder = new Label(messages.getString("detail.none"));
            placeholder.getStyleClass().add("detail-placeholder");
            placeholder.setId("detail-hint");
            content.getChildren().add(placeholder);
            return;
        }
        EventStore store = state.store();
        Event e = store.event(index);
        List<String> words = TextMatch.words(state.getFilter().query());

        TextFlow title = new TextFlow();
        title.getChildren().setAll(HighlightedText.runs(e.title(Language.of(messages)), words));
        title.getStyleClass().add("detail-title");
        title.setId("detail-title");

        Label category = new Label(messages.getString("category." + e.category().id()) + " \u00b7 "
                + e.subtype().replace('_', ' '), CategoryIcon.of(e.category()));
        category.getStyleClass().addAll("detail-category");

        GridPane facts = new GridPane();
        facts.getStyleClass().add("detail-facts");
        int row = 0;
        row = fact(facts, row, "detail.when", value(EventDates.format(e, Messages.locale(messages)) + precisionNote(e)));
        VBox places = new VBox(2);
        for (Place p : e.places()) {
            places.getChildren().add(value(placeText(p)));
        }
        row = fact(facts, row, "detail.where", places);
        row = actorsFact(facts, row, "detail.perpetrators", e.perpetrators());
        row = actorsFact(facts, row, "detail.splitFrom", e.splitFrom());
        if (!e.states().isEmpty()) {
            row = fact(facts, row, "detail.states", value(String.join(", ",
                    e.states().stream().map(CountryNames::of).toList())));
        }
        row = actorsFact(facts, row, "detail.agencies", e.agencies());
        row = fact(facts, row, "detail.casualties", value(casualties(e)));
        fact(facts, row, "detail.confidence", value(messages.getString("detail.confidence." + e.confidence().id())));

        TextFlow summary = new TextFlow();
        summary.getChildren().setAll(HighlightedText.runs(e.summary(), words));
        summary.getStyleClass().add("detail-summary");
        summary.setId("detail-summary");

        updateHiddenNote();
        content.getChildren().addAll(hiddenNote, title, category, facts, new Separator(), summary);
        if (e.notes() != null && !e.notes().isBlank()) {
            content.getChildren().addAll(heading("detail.notes"), value(e.notes()));
        }
        content.getChildren().addAll(new Separator(), heading("detail.sources"));
        boolean canOpen = onOpenLink != null && online.getAsBoolean();
        for (Source s : e.sources()) {
            content.getChildren().add(source(s, canOpen));
        }
        List<RelatedEvents.Related> related = RelatedEvents.of(store, index, RELATED_PER_KIND);
        if (!related.isEmpty()) {
            VBox links = new VBox(4);
            links.setId("detail-related");
            for (RelatedEvents.Related r : related) {
                links.getChildren().add(relatedLink(store, r));
            }
            content.getChildren().addAll(new Separator(), heading("detail.related"), links);
        }
        Label id = new Label(Messages.format(messages, "detail.id", e.id()));
        id.getStyleClass().add("detail-id");
        content.getChildren().add(id);
        if (onEdit != null) {
            Button edit = new Button(messages.getString("detail.edit"));
            edit.setId("detail-edit");
            edit.setOnAction(a -> onEdit.accept(index));
            content.getChildren().add(edit);
        }
        setVvalue(0);
    }

    /** Collapsed, as tall as the hint wrapped at the pane's width (a scroll pane measures it on one line). */
    @Override
    protected double computePrefHeight(double width) {
        if (state.getSelectedEvent() >= 0) {
            return super.computePrefHeight(width);
        }
        double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + content.prefHeight(inner > 0 ? inner : -1) + snappedBottomInset();
    }

    /** " (month known)" or " (year known)" when the day is not. */
    private String precisionNote(Event e) {
        return switch (e.precision()) {
            case DAY -> "";
            case MONTH -> " " + messages.getString("detail.precision.month");
            case YEAR -> " " + messages.getString("detail.precision.year");
        };
    }

    private String casualties(Event e) {
        return messages.getString("detail.killed") + " " + count(e.killed()) + " \u00b7 "
                + messages.getString("detail.injured") + " " + count(e.injured()) + " \u00b7 "
                + messages.getString("detail.arrested") + " " + count(e.arrested());
    }

    private static String count(Count c) {
        return c.isKnown() ? c.toString() : "\u2014";
    }

    private String placeText(Place p) {
        return p.name() + ", " + CountryNames.of(p.country()) + " (" + messages.getString("detail.precision."
                + p.precision().id()) + ")";
    }

    /** Actor names, as links to the glossary when it describes them. */
    private int actorsFact(GridPane grid, int row, String key, List<String> names) {
        if (names.isEmpty()) {
            return row;
        }
        FlowPane flow = new FlowPane(2, 2);
        for (String name : names) {
            if (actors.get().find(name).isPresent()) {
                Hyperlink link = new Hyperlink(name);
                link.getStyleClass().add("detail-actor");
                link.setTooltip(new Tooltip(actors.get().find(name).get().fullName()));
                link.setOnAction(a -> onShowActor.accept(name));
                flow.getChildren().add(link);
            } else {
                flow.getChildren().add(value(name));
            }
        }
        return fact(grid, row, key, flow);
    }

    private void updateHiddenNote() {
        int index = state.getSelectedEvent();
        boolean hidden = index >= 0 && !state.getVisible().contains(index);
        hiddenNote.setVisible(hidden);
        hiddenNote.setManaged(hidden);
    }

    private Node source(Source s, boolean canOpen) {
        Label title = new Label(s.title());
        title.getStyleClass().add("detail-source-title");
        String meta = s.publisher() + (s.date() != null ? ", " + s.date() : "");
        Label publisher = new Label(meta);
        publisher.getStyleClass().add("detail-source-meta");
        if (s.url() == null) {
            // An imported file's own record (a KML from a colleague) has no web address: nothing to copy or open.
            VBox box = new VBox(2, title, publisher);
            box.getStyleClass().add("detail-source");
            return box;
        }
        Label url = new Label(s.url());
        url.getStyleClass().add("detail-source-url");
        url.setMinWidth(0);
        Button copy = new Button(messages.getString("detail.copyLink"));
        copy.getStyleClass().add("detail-copy-link");
        copy.setTooltip(new Tooltip(s.url()));
        copy.setOnAction(a -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(s.url());
            clip.putUrl(s.url());
            Clipboard.getSystemClipboard().setContent(clip);
            copy.setText(messages.getString("detail.copyLink.done"));
            PauseTransition back = new PauseTransition(COPIED_FEEDBACK);
            back.setOnFinished(f -> copy.setText(messages.getString("detail.copyLink")));
            back.play();
        });
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox linkRow = new HBox(6, url, copy);
        if (onOpenLink != null) {
            Button open = new Button(messages.getString("detail.openLink"));
            open.getStyleClass().add("detail-open-link");
            open.setDisable(!canOpen);
            open.setTooltip(new Tooltip(messages.getString(canOpen ? "detail.openLink.tip"
                    : "detail.openLink.offline")));
            open.setOnAction(a -> onOpenLink.accept(s.url()));
            open.setMinWidth(Region.USE_PREF_SIZE);
            linkRow.getChildren().add(open);
        }
        linkRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(url, Priority.ALWAYS);
        url.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, title, publisher, linkRow);
        box.getStyleClass().add("detail-source");
        return box;
    }

    private Node relatedLink(EventStore store, RelatedEvents.Related r) {
        Event other = store.event(r.index());
        Hyperlink link = new Hyperlink(other.title(Language.of(messages)));
        link.getStyleClass().add("detail-related-link");
        link.setWrapText(true);
        link.setOnAction(a -> state.setSelectedEvent(r.index()));
        String when = EventDates.format(LocalDate.ofEpochDay(store.startDay(r.index())), store.precision(r.index()),
                Messages.locale(messages));
        String why = switch (r.kind()) {
            case SAME_GROUP -> Messages.format(messages, "detail.related.group", r.group());
            case SAME_STATES -> messages.getString("detail.related.states");
            case NEARBY -> Messages.format(messages, "detail.related.nearby",
                    Math.round(r.km()), Math.abs(r.days()),
                    messages.getString(r.days() < 0 ? "detail.related.before" : "detail.related.after"));
        };
        boolean hidden = !state.getVisible().contains(r.index());
        Label meta = new Label(when + " \u00b7 " + why + (hidden ? " \u00b7 "
                + messages.getString("detail.related.hidden") : ""));
        meta.getStyleClass().add("detail-source-meta");
        meta.setWrapText(true);
        HBox row = new HBox(6, CategoryIcon.of(other.category()), new VBox(0, link, meta));
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private int fact(GridPane grid, int row, String key, Node valueNode) {
        Label label = new Label(messages.getString(key));
        label.getStyleClass().add("detail-label");
        label.setMinWidth(80);
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        grid.add(valueNode, 1, row);
        GridPane.setHgrow(valueNode, Priority.ALWAYS);
        return row + 1;
    }

    private Label heading(String key) {
        Label l = new Label(messages.getString(key));
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-value");
        return l;
    }
}
