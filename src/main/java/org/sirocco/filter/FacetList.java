package org.sirocco.filter;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckListView;

/**
 * A ControlsFX check list showing one facet's values with their counts. The ticks live in the {@link FacetValue}s
 * (and so in the shared filter); each item's check box is bound to its value, so the list can be narrowed (the actor
 * list has a find field) without losing ticks that scrolled out of it. A name too long for the column wraps onto
 * more lines; a list short enough to show whole grows to fit its rows, however many lines they take.
 */
final class FacetList<T> extends CheckListView<FacetValue<T>> {

    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty-count");
    private static final double CELL_HEIGHT = 24;

    private final ObservableList<FacetValue<T>> values;
    private final int visibleRows;
    /** True while a new height is on its way to the next pulse. */
    private boolean refitting;
    private Function<FacetValue<T>, String> tooltips = v -> null;
    private Function<FacetValue<T>, Node> icons = v -> null;

    /**
     * @param values      the facet's values
     * @param visibleRows how many rows show before the list scrolls
     */
    FacetList(ObservableList<FacetValue<T>> values, int visibleRows) {
        this.values = values;
        this.visibleRows = visibleRows;
        getStyleClass().add("facet-list");
        setCellFactory(list -> new FacetCell<>(this));
        setPrefHeight(rowsHeight(Math.min(Math.max(getItems().size(), 1), visibleRows) * CELL_HEIGHT));
        values.addListener((ListChangeListener<FacetValue<T>>) c -> show(values));
        show(values);
    }

    /** The tooltip of each value (null for none). */
    void setTooltips(Function<FacetValue<T>, String> tooltips) {
        this.tooltips = tooltips;
    }

    /** The icon shown before each value's label (null for none). */
    void setIcons(Function<FacetValue<T>, Node> icons) {
        this.icons = icons;
    }

    /** Shows only the values {@code keep} accepts, ticks untouched. */
    void narrow(Predicate<FacetValue<T>> keep) {
        show(values.filtered(keep));
    }

    private double rowsHeight(double rows) {
        return rows + snappedTopInset() + snappedBottomInset() + 4;
    }

    /**
     * A list that shows every value takes the height of its rows as laid out: the cells exist and know their
     * wrapped heights only once the list is laid out, so a change of height shows at the next pulse.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        int n = getItems().size();
        if (n > visibleRows) {
            setPrefHeight(rowsHeight(visibleRows * CELL_HEIGHT));
            return;
        }
        double rows = 0;
        int laidOut = 0;
        for (Node cell : lookupAll(".list-cell")) {
            if (cell instanceof FacetCell<?> c && c.isVisible() && !c.isEmpty() && c.getIndex() < n) {
                rows += c.getHeight();
                laidOut++;
            }
        }
        double wanted = laidOut < n ? getHeight() + (n - laidOut) * CELL_HEIGHT
                : rowsHeight(Math.max(rows, CELL_HEIGHT));
        if (Math.abs(wanted - getPrefHeight()) > 0.5 && !refitting) {
            // Asked during this layout pass, the parent's layout would not see the new height until something else
            // asks for one.
            refitting = true;
            Platform.runLater(() -> {
                refitting = false;
                setPrefHeight(wanted);
            });
        }
    }

    private void show(List<FacetValue<T>> shown) {
        setItems(FXCollections.observableArrayList(shown));
        // A new item list makes a new check model with fresh check box properties: tie each to its value again.
        for (FacetValue<T> v : getItems()) {
            BooleanProperty box = getItemBooleanProperty(v);
            if (box != null) {
                box.bindBidirectional(v.selectedProperty());
            }
        }
    }

    /**
     * A check box tied to the value's check state in the list's check model, the value's label and, at the right,
     * its count (greyed when ticking it would show nothing).
     */
    private static final class FacetCell<T> extends ListCell<FacetValue<T>> {

        private final FacetList<T> list;
        private final CheckBox box = new CheckBox();
        private final Label label = new Label();
        private final Label count = new Label();
        private final HBox row;
        private final InvalidationListener countChanged = o -> showCount();
        private FacetValue<T> shown;
        private BooleanProperty checked;

        FacetCell(FacetList<T> list) {
            this.list = list;
            label.getStyleClass().add("facet-label");
            label.setMinWidth(0);
            label.setWrapText(true);
            count.getStyleClass().add("facet-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            row = new HBox(6, box, label, spring, count);
            row.setAlignment(Pos.CENTER_LEFT);
            // As wide as the list, never wider: long names wrap rather than scroll sideways.
            setPrefWidth(0);
            setMinHeight(CELL_HEIGHT);
        }

        /** As tall as the row's wrapped name at this width (a labeled's graphic is measured at its own width). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
            double rowHeight = row.prefHeight(inner > 0 ? inner : -1);
            return Math.max(CELL_HEIGHT, snappedTopInset() + rowHeight + snappedBottomInset());
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() != null) {
                row.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                        getWidth() - snappedLeftInset() - snappedRightInset(),
                        getHeight() - snappedTopInset() - snappedBottomInset());
            }
        }

        @Override
        protected void updateItem(FacetValue<T> item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.countProperty().removeListener(countChanged);
            }
            if (checked != null) {
                box.selectedProperty().unbindBidirectional(checked);
                checked = null;
            }
            shown = empty ? null : item;
            setText(null);
            if (shown == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            checked = list.getItemBooleanProperty(item);
            if (checked != null) {
                box.selectedProperty().bindBidirectional(checked);
            }
            shown.countProperty().addListener(countChanged);
            label.setText(item.label());
            label.setGraphic(list.icons.apply(item));
            setGraphic(row);
            String tip = list.tooltips.apply(item);
            setTooltip(tip == null ? null : new Tooltip(tip));
            showCount();
        }

        private void showCount() {
            int n = shown.getCount();
            count.setText(String.format("%,d", n));
            pseudoClassStateChanged(EMPTY, n == 0 && !shown.isSelected());
        }
    }
}
