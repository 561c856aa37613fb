package org.sirocco.edit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sirocco.data.Event;
import org.sirocco.edit.DatasetDiff;
import org.sirocco.i18n.Messages;

/**
 * Compare with…: what was added, removed and changed between another version of the dataset (last month's copy, the
 * .bak) and the one shown; a changed event shows its changed fields old and new side by side, and a click on an
 * event there selects it in the main window.
 */
public final class CompareWindow {

    /** One line of the list. */
    public record Entry(String kind, String id, String title, DatasetDiff.Changed changed) {
    }

    private final Stage stage = new Stage();
    private final ListView<Entry> list = new ListView<>();
    private final GridPane fields = new GridPane();
    private final ResourceBundle messages;

    /**
     * @param other  the name of the other version's file
     * @param select selects an event of the dataset shown, by id
     */
    public CompareWindow(DatasetDiff diff, String other, ResourceBundle messages, Consumer<String> select) {
        this.messages = messages;
        stage.setTitle(Messages.format(messages, "compare.title", other));
        Label header = new Label(Messages.format(messages, "compare.header", other,
                diff.added().size(), diff.removed().size(), diff.changed().size()));
        header.setId("compare-header");
        header.setWrapText(true);
        List<Entry> entries = new ArrayList<>();
        for (Event e : diff.added()) {
            entries.add(new Entry("added", e.id(), e.title(), null));
        }
        for (Event e : diff.removed()) {
            entries.add(new Entry("removed", e.id(), e.title(), null));
        }
        for (DatasetDiff.Changed c : diff.changed()) {
            entries.add(new Entry("changed", c.id(), c.after().title(), c));
        }
        list.setId("compare-list");
        list.getItems().setAll(entries);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : Messages.format(
                        messages, "compare.entry." + entry.kind(), entry.title(), entry.id()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            showFields(now);
            if (now != null && !now.kind().equals("removed")) {
                select.accept(now.id());
            }
        });
        fields.setId("compare-fields");
        fields.setHgap(12);
        fields.setVgap(6);
        fields.setPadding(new Insets(8));
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(42);
        side.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(name, side, side);
        SplitPane split = new SplitPane(list, new ScrollPane(fields));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        ((ScrollPane) split.getItems().get(1)).setFitToWidth(true);
        VBox root = new VBox(8, header, split);
        root.setPadding(new Insets(10));
        VBox.setVgrow(split, Priority.ALWAYS);
        stage.setScene(new Scene(root, 820, 640));
    }

    public void show(Window owner, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.getScene().getStylesheets().setAll(stylesheets);
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void showFields(Entry entry) {
        fields.getChildren().clear();
        if (entry == null || entry.changed() == null) {
            return;
        }
        fields.addRow(0, bold(messages.getString("compare.field")), bold(messages.getString("compare.before")),
                bold(messages.getString("compare.after")));
        int row = 1;
        for (DatasetDiff.Field f : entry.changed().fields()) {
            fields.addRow(row++, new Label(f.name()), wrapped(f.before()), wrapped(f.after()));
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("editor-label");
        return l;
    }

    private Label wrapped(String text) {
        Label l = new Label(text == null ? messages.getString("compare.none") : text);
        l.setWrapText(true);
        return l;
    }
}
