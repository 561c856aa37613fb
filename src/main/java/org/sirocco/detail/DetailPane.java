package org.sirocco.detail;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import javafx.scene.layout.VBox;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.Place;
import org.sirocco.data.Source;
import org.sirocco.state.ViewState;

/** Shows the selected event in full; follows the shared selection and never refers to another view. */
public final class DetailPane extends ScrollPane {

    private final ViewState state;
    private final ResourceBundle messages;
    private final VBox content = new VBox();

    public DetailPane(ViewState state, ResourceBundle messages) {
        this.state = state;
        this.messages = messages;
        getStyleClass().add("detail-pane");
        content.getStyleClass().add("detail-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        state.selectedEventProperty().addListener((obs, old, now) -> show());
        state.datasetProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        content.getChildren().clear();
        int index = state.getSelectedEvent();
        if (index < 0) {
            Label placeholder = new Label(messages.getString("detail.none"));
            placeholder.getStyleClass().add("detail-placeholder");
            content.getChildren().add(placeholder);
            return;
        }
        Event e = state.store().event(index);
        Label title = new Label(e.title());
        title.getStyleClass().add("detail-title");
        title.setId("detail-title");

        Label category = new Label(messages.getString("category." + e.category().id()) + " \u00b7 "
                + e.subtype().replace('_', ' '));
        category.getStyleClass().addAll("detail-category", "category-" + e.category().id());

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(6);
        int row = 0;
        row = fact(facts, row, "detail.when", EventDates.format(e));
        row = fact(facts, row, "detail.where", e.places().stream().map(this::placeText)
                .collect(Collectors.joining("\n")));
        row = factIfAny(facts, row, "detail.perpetrators", e.perpetrators());
        row = factIfAny(facts, row, "detail.states", e.states().stream().map(DetailPane::countryName).toList());
        row = factIfAny(facts, row, "detail.agencies", e.agencies());
        row = fact(facts, row, "detail.casualties", casualties(e));
        fact(facts, row, "detail.confidence", messages.getString("detail.confidence." + e.confidence().id()));

        Label summary = new Label(e.summary());
        summary.getStyleClass().add("detail-summary");
        summary.setId("detail-summary");

        content.getChildren().addAll(title, category, facts, new Separator(), summary);
        if (e.notes() != null && !e.notes().isBlank()) {
            content.getChildren().addAll(heading("detail.notes"), value(e.notes()));
        }
        content.getChildren().addAll(new Separator(), heading("detail.sources"));
        for (Source s : e.sources()) {
            content.getChildren().add(source(s));
        }
        Label id = new Label(MessageFormat.format(messages.getString("detail.id"), e.id()));
        id.getStyleClass().add("detail-id");
        content.getChildren().add(id);
        setVvalue(0);
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
        return p.name() + ", " + countryName(p.country()) + " (" + messages.getString("detail.precision."
                + p.precision().id()) + ")";
    }

    private static String countryName(String iso) {
        String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(iso) ? iso : name;
    }

    private Node source(Source s) {
        Label title = new Label(s.title());
        title.getStyleClass().add("detail-source-title");
        String meta = s.publisher() + (s.date() != null ? ", " + s.date() : "");
        Label publisher = new Label(meta);
        publisher.getStyleClass().add("detail-source-meta");
        Label url = new Label(s.url());
        url.getStyleClass().add("detail-source-meta");
        Button copy = new Button(messages.getString("detail.copyLink"));
        copy.setTooltip(new Tooltip(s.url()));
        copy.setOnAction(a -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(s.url());
            clip.putUrl(s.url());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        HBox linkRow = new HBox(8, url, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(url, Priority.ALWAYS);
        url.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, title, publisher, linkRow);
    }

    private int fact(GridPane grid, int row, String key, String text) {
        Label label = new Label(messages.getString(key));
        label.getStyleClass().add("detail-label");
        label.setMinWidth(80);
        grid.add(label, 0, row);
        grid.add(value(text), 1, row);
        return row + 1;
    }

    private int factIfAny(GridPane grid, int row, String key, List<String> items) {
        if (items.isEmpty()) {
            return row;
        }
        FlowPane flow = new FlowPane(6, 4);
        for (String item : items) {
            flow.getChildren().add(value(item));
        }
        Label label = new Label(messages.getString(key));
        label.getStyleClass().add("detail-label");
        grid.add(label, 0, row);
        grid.add(flow, 1, row);
        return row + 1;
    }

    private Label heading(String key) {
        Label l = new Label(messages.getString(key));
        l.getStyleClass().add("detail-label");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-value");
        return l;
    }
}
