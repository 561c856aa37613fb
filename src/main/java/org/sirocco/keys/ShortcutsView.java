package org.sirocco.keys;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sirocco.data.TextMatch;

/** A table of shortcuts (keys, action, where) with a find field that narrows it as search does elsewhere. */
public final class ShortcutsView extends VBox {

    private final ObservableList<Shortcut> all = FXCollections.observableArrayList();
    private final FilteredList<Shortcut> shown = new FilteredList<>(all);
    private final TextField find = new TextField();
    private final TableView<Shortcut> table = new TableView<>(shown);

    public ShortcutsView(ResourceBundle messages) {
        super(8);
        getStyleClass().add("shortcuts");
        find.setId("shortcuts-find");
        find.setPromptText(messages.getString("shortcuts.find"));
        find.textProperty().addListener((obs, old, now) -> {
            List<String> words = TextMatch.words(now);
            shown.setPredicate(s -> TextMatch.matches(TextMatch.fold(s.keys() + " " + s.action() + " " + s.where()),
                    words));
        });
        table.setId("shortcuts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.getString("shortcuts.keys"), Shortcut::keys, 150));
        table.getColumns().add(column(messages.getString("shortcuts.action"), Shortcut::action, 280));
        table.getColumns().add(column(messages.getString("shortcuts.where"), Shortcut::where, 150));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(find, table);
    }

    /** Lists {@code shortcuts}, narrowed by what the find field holds. */
    public void setShortcuts(List<Shortcut> shortcuts) {
        all.setAll(shortcuts);
    }

    /** The shortcuts listed now, in order. */
    public List<Shortcut> shown() {
        return List.copyOf(shown);
    }

    /** Puts the caret in the find field. */
    public void focusFind() {
        find.requestFocus();
        find.selectAll();
    }

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> text, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
