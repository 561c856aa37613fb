package org.sirocco.briefing.ui;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.data.EventDates;
import org.sirocco.i18n.Messages;

/**
 * The scene panel: the briefing's title, its scenes in order, and the name and note of the scene chosen. "Add"
 * captures the current view as a new scene, "Update" replaces the chosen scene's view with the current one (keeping
 * its name and note); double-click or Enter shows a scene; dragging a scene, or Alt+Up and Alt+Down, reorders.
 */
public final class ScenePanel extends VBox {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Briefing briefing;
    private final ResourceBundle messages;
    private final ListView<BriefingScene> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextArea note = new TextArea();
    private final Function<String, BriefingScene> capture;
    private Consumer<BriefingScene> onShow = scene -> { };
    private Runnable onPresent = () -> { };
    private boolean editing;

    /**
     * @param capture the current view as a scene of the given name, with an empty note
     */
    public ScenePanel(Briefing briefing, Function<String, BriefingScene> capture, ResourceBundle messages) {
        this.briefing = briefing;
        this.capture = capture;
        this.messages = messages;
        getStyleClass().add("scene-panel");
        setSpacing(6);
        setPadding(new Insets(8));

        TextField title = new TextField();
        title.setId("briefing-title");
        title.setPromptText(messages.getString("briefing.title.prompt"));
        title.textProperty().bindBidirectional(briefing.titleProperty());

        list.setId("scene-list");
        list.setItems(briefing.getScenes());
        list.setCellFactory(v -> new SceneCell());
        list.setPlaceholder(new Label(messages.getString("briefing.empty")));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showChosen();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        VBox.setVgrow(list, Priority.ALWAYS);

        BooleanBinding none = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        Button add = button("scene-add", "briefing.add", this::addScene);
        Button update = button("scene-update", "briefing.update", this::updateChosen);
        update.disableProperty().bind(none);
        Button delete = button("scene-delete", "briefing.delete", this::deleteChosen);
        delete.disableProperty().bind(none);
        Button up = button("scene-up", "briefing.up", () -> moveChosen(-1));
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        Button down = button("scene-down", "briefing.down", () -> moveChosen(1));
        down.disableProperty().bind(none.or(list.getSelectionModel().selectedIndexProperty()
                .greaterThanOrEqualTo(Bindings.size(briefing.getScenes()).subtract(1))));
        Button present = button("present", "briefing.present", () -> onPresent.run());
        present.disableProperty().bind(Bindings.isEmpty(briefing.getScenes()));
        present.getStyleClass().add("present-button");
        HBox edit = new HBox(4, add, update);
        HBox order = new HBox(4, delete, up, down);
        for (Button b : List.of(add, update, delete)) {
            HBox.setHgrow(b, Priority.ALWAYS);
        }

        name.setId("scene-name");
        name.setPromptText(messages.getString("briefing.name.prompt"));
        note.setId("scene-note");
        note.setPromptText(messages.getString("briefing.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(4);
        name.disableProperty().bind(none);
        note.disableProperty().bind(none);
        name.textProperty().addListener((obs, old, now) -> editChosen(s -> now.isBlank() ? s : s.withName(now)));
        note.textProperty().addListener((obs, old, now) -> editChosen(s -> s.withNote(now)));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> fillEditors(now));

        getChildren().addAll(label("briefing.title"), title, list, edit, order, present, label("briefing.name"), name,
                label("briefing.note"), note);
    }

    /** What "show" does with a scene: the window applies it to the view. */
    public void setOnShow(Consumer<BriefingScene> value) {
        onShow = value;
    }

    /** What "present" does: the window opens the presentation, from the chosen scene. */
    public void setOnPresent(Runnable value) {
        onPresent = value;
    }

    /** The scene chosen in the list, or -1. */
    public int chosenIndex() {
        return list.getSelectionModel().getSelectedIndex();
    }

    /** Captures the current view as a new scene after the chosen one (or last), and chooses it. */
    public void addScene() {
        BriefingScene scene = capture.apply(briefing.freshName(messages.getString("briefing.sceneStem")));
        int at = chosenIndex() < 0 ? briefing.getScenes().size() : chosenIndex() + 1;
        briefing.getScenes().add(at, scene);
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        name.requestFocus();
        name.selectAll();
    }

    private void updateChosen() {
        int i = chosenIndex();
        if (i >= 0) {
            BriefingScene now = capture.apply(briefing.getScenes().get(i).name());
            replace(i, briefing.getScenes().get(i).showing(now));
        }
    }

    private void deleteChosen() {
        int i = chosenIndex();
        if (i >= 0) {
            briefing.getScenes().remove(i);
            if (!briefing.getScenes().isEmpty()) {
                list.getSelectionModel().select(Math.min(i, briefing.getScenes().size() - 1));
            }
        }
    }

    private void moveChosen(int by) {
        int i = chosenIndex();
        int to = i + by;
        if (i >= 0 && to >= 0 && to < briefing.getScenes().size()) {
            briefing.move(i, to);
            list.getSelectionModel().select(to);
            list.scrollTo(to);
        }
    }

    private void showChosen() {
        int i = chosenIndex();
        if (i >= 0) {
            onShow.accept(briefing.getScenes().get(i));
        }
    }

    private void onListKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            showChosen();
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            moveChosen(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            deleteChosen();
            e.consume();
        }
    }

    private void editChosen(UnaryOperator<BriefingScene> edit) {
        int i = chosenIndex();
        if (!editing && i >= 0) {
            BriefingScene before = briefing.getScenes().get(i);
            BriefingScene after = edit.apply(before);
            if (!after.equals(before)) {
                replace(i, after);
            }
        }
    }

    /** Replaces a scene keeping it chosen and the editors as the user left them. */
    private void replace(int i, BriefingScene scene) {
        editing = true;
        try {
            briefing.getScenes().set(i, scene);
            list.getSelectionModel().select(i);
        } finally {
            editing = false;
        }
    }

    private void fillEditors(BriefingScene scene) {
        if (editing) {
            return;
        }
        editing = true;
        try {
            name.setText(scene == null ? "" : scene.name());
            note.setText(scene == null ? "" : scene.note());
        } finally {
            editing = false;
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.getString(key));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.getString(key + ".tip")));
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private Label label(String key) {
        Label l = new Label(messages.getString(key));
        l.getStyleClass().add("field-label");
        return l;
    }

    /** "when · what": the window, and how the filters and highlights narrow the view. */
    String summary(BriefingScene s) {
        String when = s.window() == null ? messages.getString("briefing.allTime") : EventDates.format(s.window(),
                Messages.locale(messages));
        StringBuilder b = new StringBuilder(when);
        int facets = s.filter().activeFacets();
        if (facets > 0) {
            b.append(" \u00b7 ").append(Messages.format(messages, "briefing.filters", facets));
        }
        if (!s.highlighted().isEmpty()) {
            b.append(" \u00b7 ").append(Messages.format(messages, "briefing.highlighted",
                    s.highlighted().size()));
        }
        return b.toString();
    }

    /**
     * A numbered name over a one-line summary. A scene dragged onto another goes just before it (the line drawn
     * above the target says so); dropped below the last scene, it goes last.
     */
    private final class SceneCell extends ListCell<BriefingScene> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, title, detail);

        SceneCell() {
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Integer.toString(getIndex()));
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof SceneCell source && source.getListView() == list
                        && source != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    pseudoClassStateChanged(DROP_TARGET, true);
                }
                e.consume();
            });
            setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnDragDropped(e -> {
                boolean moved = false;
                if (e.getGestureSource() instanceof SceneCell source && source.getListView() == list
                        && e.getDragboard().hasString()) {
                    // The index the drag started from: the source cell may since show another scene.
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = briefing.moveBefore(from, isEmpty() ? briefing.getScenes().size() : getIndex());
                    list.getSelectionModel().select(to);
                    moved = true;
                }
                e.setDropCompleted(moved);
                e.consume();
            });
            title.getStyleClass().add("scene-name");
            detail.getStyleClass().add("scene-summary");
            title.setWrapText(true);
            detail.setWrapText(true);
            // Wrap to the list's width rather than growing a horizontal scroll bar.
            box.maxWidthProperty().bind(list.widthProperty().subtract(28));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(BriefingScene scene, boolean empty) {
            super.updateItem(scene, empty);
            if (empty || scene == null) {
                setGraphic(null);
                setText(null);
            } else {
                title.setText((getIndex() + 1) + ". " + scene.name());
                detail.setText(summary(scene));
                setGraphic(box);
                setText(null);
            }
        }
    }
}
