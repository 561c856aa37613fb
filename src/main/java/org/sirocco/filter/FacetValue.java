package org.sirocco.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One choice of a facet: its value (a category, a country code, an actor...), the label shown, whether it is
 * ticked and how many events ticking it would show.
 */
public final class FacetValue<T> {

    private final T value;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count");

    FacetValue(T value, String label) {
        this.value = value;
        this.label = label;
    }

    public T value() {
        return value;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public int getCount() {
        return count.get();
    }

    @Override
    public String toString() {
        return label + " (" + String.format("%,d", count.get()) + ")";
    }
}
