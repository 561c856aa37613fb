package org.sirocco.list;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextFlow;
import org.sirocco.data.Category;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.TextMatch;
import org.sirocco.i18n.Messages;
import org.sirocco.i18n.Language;
import org.sirocco.state.ViewState;
import org.sirocco.symbols.CategoryIcon;
import org.sirocco.symbols.HighlightedText;

/**
 * The events shown, one per row: date, category, title, place and death toll, sortable by any column (by date
 * until the user chooses). Selecting a row selects the event everywhere, the arrow keys walk through the
 * events and Enter shows the row the focus is on; hovering a row highlights the event on the map and the
 * timeline. When events are picked together on the map, the list shows those only, until the user asks for all.
 * <p>
 * The rows follow the shared view state once per burst of changes: a brush drag does not rebuild them on every
 * mouse event.
 */
public final class EventListView extends VBox {

    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    private static final PseudoClass HOVERED = PseudoClass.getPseudoClass("hovered");

    private final ViewState state;
    private final ResourceBundle messages;
    private final TableView<Integer> table = new TableView<>();
    private final EventRows rows = new EventRows();
    private final BooleanProperty pickedOnly = new SimpleBooleanProperty(this, "pickedOnly", true);
    private final Label pickedText = new Label();
    private final HBox pickedBar;
    private final TableColumn<Integer, Integer> titleColumn;
    private final TableColumn<Integer, Integer> placeColumn;
    /** The events listed, in date order, before sorting. */
    private int[] shown = new int[0];
    /**
     * The store the rows index. The table may lay out once between a new dataset and the rows rebuilt for it, so
     * cells read the store their rows were made from, never one their indices do not belong to.
     */
    private EventStore rowsStore;
    /** The search words to highlight in titles and places. */
    private List<String> highlighted = List.of();
    /** True while the table's selection is being set from the shared state, so that it is not written back. */
    private boolean syncingSelection;
    private boolean refreshPending;
    private IntConsumer onOpenEvent;

    public EventListView(ViewState state, ResourceBundle messages) {
        this.state = state;
        this.messages = messages;
        getStyleClass().add("event-list");

        table.setId("event-table");
        table.setItems(rows);
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.getString("list.empty")));
        // Dates, icons and tolls keep their width; titles and places share what is left.
        TableColumn<Integer, Integer> date = column("list.date", 90, this::dateCell);
        date.setMinWidth(86);
        date.setMaxWidth(110);
        TableColumn<Integer, Integer> category = column("list.category", 30, i -> null);
        category.setCellFactory(c -> new CategoryCell());
        category.setMinWidth(30);
        category.setMaxWidth(30);
        titleColumn = column("list.title", 240, i -> null);
        titleColumn.setCellFactory(c -> new HighlightCell(i -> rowsStore.event(i).title(Language.of(messages))));
        placeColumn = column("list.place", 120, i -> null);
        placeColumn.setCellFactory(c -> new HighlightCell(this::placeCell));
        TableColumn<Integer, Integer> killed = column("list.killed", 70, this::killedCell);
        killed.setMinWidth(64);
        killed.setMaxWidth(90);
        killed.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(date);
        table.getColumns().add(category);
        table.getColumns().add(titleColumn);
        table.getColumns().add(placeColumn);
        table.getColumns().add(killed);
        date.setUserData((IntUnaryOperator) i -> i);
        category.setUserData((IntUnaryOperator) i -> rowsStore.categoryOrdinal(i));
        killed.setUserData((IntUnaryOperator) i -> rowsStore.killedMax(i));
        titleColumn.setUserData((IntFunction<String>) i -> rowsStore.event(i).title(Language.of(messages)));
        placeColumn.setUserData((IntFunction<String>) i -> rowsStore.event(i).primaryPlace().name());
        table.setSortPolicy(t -> {
            showRows();
            return true;
        });
        table.setRowFactory(t -> new EventRow());
        // Several rows can be chosen (Shift and Ctrl click) for a command on them all, such as deleting them.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> rowSelected(now.intValue()));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int focused = table.getFocusModel().getFocusedIndex();
            if (e.getCode() == KeyCode.ENTER && focused >= 0 && focused < rows.size()) {
                table.getSelectionModel().clearAndSelect(focused);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        ToggleButton showAll = new ToggleButton();
        showAll.setId("list-show-all");
        showAll.setFocusTraversable(false);
        pickedOnly.bind(showAll.selectedProperty().not());
        // The button names what clicking it will list, so that it tells which list is showing.
        showAll.textProperty().bind(Bindings.when(showAll.selectedProperty())
                .then(messages.getString("list.picked.showPicked"))
                .otherwise(messages.getString("list.picked.showAll")));
        Hyperlink clearPick = new Hyperlink(messages.getString("list.picked.clear"));
        clearPick.setId("list-clear-pick");
        clearPick.setOnAction(e -> state.setSelection(null));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        pickedText.setId("list-picked");
        pickedBar = new HBox(8, pickedText, spring, showAll, clearPick);
        pickedBar.getStyleClass().add("list-picked-bar");
        pickedBar.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(pickedBar, table);
        InvalidationListener changed = o -> scheduleRefresh();
        state.visibleProperty().addListener(changed);
        state.selectionProperty().addListener(changed);
        state.datasetProperty().addListener(changed);
        pickedOnly.addListener(changed);
        state.selectedEventProperty().addListener((obs, old, now) -> showSelected());
        refresh();
    }

    /** The table itself (its rows are store indices). */
    public TableView<Integer> table() {
        return table;
    }

    /** The events of the rows chosen in the table, in the table's order; empty when none is. */
    public List<Integer> chosenEvents() {
        return table.getSelectionModel().getSelectedIndices().stream().filter(p -> p >= 0 && p < rows.size())
                .map(rows::eventAt).toList();
    }

    /** What a double click on a row does with its event (the window opens it in the editor); null: nothing. */
    public void setOnOpenEvent(IntConsumer action) {
        onOpenEvent = action;
    }

    /** Puts the keyboard focus in the table, on the selected row. */
    public void focusTable() {
        table.requestFocus();
    }

    /**
     * Puts the keyboard focus in the table on the selected event's row, or else on the first row, without selecting
     * anything: Enter then shows the event, as the arrow keys do (from the search box's Down key).
     */
    public void focusFirstRow() {
        if (refreshPending) {
            refresh();
        }
        table.requestFocus();
        int selected = table.getSelectionModel().getSelectedIndex();
        int position = selected >= 0 ? selected : 0;
        if (position < rows.size()) {
            table.getFocusModel().focus(position);
            scrollIntoView(position);
        }
    }

    private void scheduleRefresh() {
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(() -> {
                if (refreshPending) {
                    refresh();
                }
            });
        }
    }

    /** Rebuilds the rows from the shared state now. */
    void refresh() {
        refreshPending = false;
        EventStore store = state.store();
        EventSelection visible = state.getVisible();
        EventSelection picked = state.getSelection();
        boolean anyPicked = picked.count() > 0;
        EventSelection listed = anyPicked && pickedOnly.get() ? picked.and(visible) : visible;
        int[] events = new int[listed.count()];
        int[] at = {0};
        listed.forEach(i -> events[at[0]++] = i);
        shown = events;
        rowsStore = store;
        highlighted = TextMatch.words(state.getFilter().query());
        boolean textSortable = store.detailsInMemory();
        titleColumn.setSortable(textSortable);
        placeColumn.setSortable(textSortable);
        pickedBar.setVisible(anyPicked);
        pickedBar.setManaged(anyPicked);
        // Only when shown: the plural message needs ICU4J, which must not load for the first frame.
        pickedText.setText(anyPicked ? Messages.format(messages, "list.picked", picked.count()) : "");
        showRows();
    }

    /** Puts {@link #shown} in the table in the order the column headers ask for, keeping the selected event. */
    private void showRows() {
        int[] ordered = shown;
        List<TableColumn<Integer, ?>> order = table.getSortOrder();
        if (!order.isEmpty()) {
            ordered = order.size() == 1 && order.get(0).getUserData() instanceof IntUnaryOperator key
                    ? EventRows.sortedByKey(shown, unknownLast(key, descending(order.get(0))),
                            descending(order.get(0)))
                    : EventRows.sorted(shown, comparator(order));
        }
        syncingSelection = true;
        try {
            rows.setAll(ordered);
        } finally {
            syncingSelection = false;
        }
        showSelected();
    }

    private static boolean descending(TableColumn<Integer, ?> column) {
        return column.getSortType() == TableColumn.SortType.DESCENDING;
    }

    /** Unknown tolls (-1) sort after known ones either way. */
    private static IntUnaryOperator unknownLast(IntUnaryOperator key, boolean descending) {
        return i -> {
            int k = key.applyAsInt(i);
            return k >= 0 || descending ? k : Integer.MAX_VALUE;
        };
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Integer> comparator(List<TableColumn<Integer, ?>> order) {
        Comparator<Integer> chain = null;
        for (TableColumn<Integer, ?> column : order) {
            Comparator<Integer> one;
            if (column.getUserData() instanceof IntUnaryOperator key) {
                IntUnaryOperator k = unknownLast(key, descending(column));
                one = Comparator.comparingInt(k::applyAsInt);
            } else {
                IntFunction<String> text = (IntFunction<String>) column.getUserData();
                one = Comparator.comparing(i -> text.apply(i).toLowerCase(Locale.ROOT));
            }
            if (descending(column)) {
                one = one.reversed();
            }
            chain = chain == null ? one : chain.thenComparing(one);
        }
        return chain;
    }

    private void rowSelected(int position) {
        if (syncingSelection || position < 0 || position >= rows.size()) {
            return;
        }
        state.setSelectedEvent(rows.eventAt(position));
    }

    /** Selects the shared selected event's row, scrolling it into view, or no row when it is not listed. */
    private void showSelected() {
        int selected = state.getSelectedEvent();
        int position = selected < 0 ? -1 : rows.positionOf(selected);
        syncingSelection = true;
        try {
            if (position < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != position) {
                table.getSelectionModel().clearAndSelect(position);
                table.getFocusModel().focus(position);
            }
        } finally {
            syncingSelection = false;
        }
        if (position >= 0) {
            scrollIntoView(position);
        }
    }

    private void scrollIntoView(int position) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex();
            if (position > first && position < last) {
                return;
            }
        }
        table.scrollTo(Math.max(0, position - 2));
    }

    private TableColumn<Integer, Integer> column(String key, double width, IntFunction<String> text) {
        TableColumn<Integer, Integer> column = new TableColumn<>(messages.getString(key));
        column.setId(key.replace('.', '-'));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                setText(empty || index == null ? null : text.apply(index));
            }
        });
        return column;
    }

    /** "2015-03-18", "2015-03" or "2015", as precise as the event's date. */
    private String dateCell(int i) {
        EventStore store = rowsStore;
        String iso = store.startDate(i).toString();
        DatePrecision precision = store.precision(i);
        return switch (precision) {
            case DAY -> iso;
            case MONTH -> iso.substring(0, 7);
            case YEAR -> iso.substring(0, 4);
        };
    }

    private String placeCell(int i) {
        List<Place> places = rowsStore.event(i).places();
        Place first = places.get(0);
        String text = first.name() + ", " + first.country();
        return places.size() > 1 ? text + " +" + (places.size() - 1) : text;
    }

    private String killedCell(int i) {
        EventStore store = rowsStore;
        int max = store.killedMax(i);
        int min = store.killedMin(i);
        if (max < 0) {
            return "\u2014";
        }
        Locale locale = Messages.locale(messages);
        return min == max ? Messages.integer(locale, max)
                : Messages.integer(locale, min) + "\u2013" + Messages.integer(locale, max);
    }

    private final class CategoryCell extends TableCell<Integer, Integer> {
        /** One per cell, its text changed as the cell is reused: a tooltip is a popup window, costly to make. */
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Category c = rowsStore.category(index);
            setGraphic(CategoryIcon.of(c));
            tooltip.setText(messages.getString("category." + c.id()) + " \u00b7 "
                    + rowsStore.subtype(index).replace('_', ' '));
            setTooltip(tooltip);
            setAlignment(Pos.CENTER);
        }
    }

    /** Text with the words of the search highlighted, cut to the column's width with an ellipsis like a plain cell. */
    private final class HighlightCell extends TableCell<Integer, Integer> {
        private final IntFunction<String> text;
        private final TextFlow flow = new TextFlow();
        /** Holds the flow at its preferred, one-line width: a TextFlow given the cell's width would wrap. */
        private final Pane oneLine = new Pane(flow);
        private final Tooltip tooltip = new Tooltip();
        /** The text shown highlighted, or null when the cell shows plain text. */
        private String highlightedText;
        /** The width the flow's runs were cut for; NaN when they must be cut again. */
        private double fittedWidth = Double.NaN;

        HighlightCell(IntFunction<String> text) {
            this.text = text;
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
            flow.getStyleClass().add("match-flow");
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(null);
            highlightedText = null;
            if (empty || index == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String shown = text.apply(index);
            tooltip.setText(shown);
            setTooltip(tooltip);
            if (highlighted.isEmpty()) {
                setText(shown);
                setGraphic(null);
                return;
            }
            highlightedText = shown;
            fittedWidth = Double.NaN;
            setGraphic(oneLine);
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            if (highlightedText != null) {
                double width = getWidth() - snappedLeftInset() - snappedRightInset();
                if (width != fittedWidth) {
                    fittedWidth = width;
                    flow.getChildren().setAll(HighlightedText.fitted(highlightedText, highlighted, width, getFont(),
                            getEllipsisString()));
                    // New runs are styled now, not at the next pulse, so that matches show in bold at once.
                    flow.applyCss();
                }
            }
            super.layoutChildren();
        }
    }

    /** A row that marks events picked on the map and the event hovered elsewhere, and reports its own hover. */
    private final class EventRow extends TableRow<Integer> {
        private final InvalidationListener restyle = o -> restyle();

        EventRow() {
            state.hoveredEventProperty().addListener(new WeakInvalidationListener(restyle));
            state.selectionProperty().addListener(new WeakInvalidationListener(restyle));
            setOnMouseEntered(e -> {
                if (getItem() != null && !isEmpty()) {
                    state.setHoveredEvent(getItem());
                }
            });
            setOnMouseExited(e -> {
                if (getItem() != null && state.getHoveredEvent() == getItem()) {
                    state.setHoveredEvent(-1);
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY && getItem() != null && !isEmpty()
                        && onOpenEvent != null) {
                    onOpenEvent.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            restyle();
        }

        private void restyle() {
            Integer index = getItem();
            boolean real = index != null && !isEmpty();
            pseudoClassStateChanged(PICKED, real && state.getSelection().contains(index));
            pseudoClassStateChanged(HOVERED, real && state.getHoveredEvent() == index);
        }
    }
}
