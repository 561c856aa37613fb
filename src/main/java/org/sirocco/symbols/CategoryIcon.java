package org.sirocco.symbols;

import javafx.scene.layout.Region;
import org.sirocco.data.Category;

/**
 * A category's marker as a small scene-graph icon for lists and legends outside the canvases: a region whose shape
 * and colour come from the stylesheet ({@code .category-icon.category-attack}), so that it matches the map's markers
 * under any theme.
 */
public final class CategoryIcon {

    private CategoryIcon() {
    }

    public static Region of(Category category) {
        Region icon = new Region();
        icon.getStyleClass().addAll("category-icon", "category-" + category.id());
        return icon;
    }
}
