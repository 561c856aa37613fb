package org.sirocco.symbols;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.paint.Color;
import org.sirocco.data.Category;

/**
 * The colour and shape of each category for a control that draws events. Colours are styleable
 * ({@code -sc-attack-color: -sc-attack;} in a stylesheet), defaulting to the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies.
 */
public final class CategorySymbols {

    private static final Map<Category, Color> DEFAULT_COLORS = new EnumMap<>(Map.of(
            Category.ATTACK, Color.web("#D55E00"),
            Category.DISMANTLING, Color.web("#0072B2"),
            Category.DIPLOMATIC, Color.web("#CC79A7"),
            Category.FORMATION, Color.web("#E69F00"),
            Category.COUP, Color.web("#222222"),
            Category.TERRITORIAL, Color.web("#009E73"),
            Category.OPERATION, Color.web("#56B4E9")));

    private static final Map<Category, MarkerShape> SHAPES = new EnumMap<>(Map.of(
            Category.ATTACK, MarkerShape.TRIANGLE,
            Category.DISMANTLING, MarkerShape.SQUARE,
            Category.DIPLOMATIC, MarkerShape.DIAMOND,
            Category.FORMATION, MarkerShape.CIRCLE,
            Category.COUP, MarkerShape.STAR,
            Category.TERRITORIAL, MarkerShape.HEXAGON,
            Category.OPERATION, MarkerShape.CROSS));

    private final List<StyleableObjectProperty<Color>> colors = new ArrayList<>();

    /**
     * @param owner    the control whose stylesheet sets the colours
     * @param metaData the CSS metadata from {@link #cssMetaData}, in category order
     */
    public <S extends Styleable> CategorySymbols(S owner, List<CssMetaData<S, Color>> metaData) {
        for (Category c : Category.values()) {
            CssMetaData<S, Color> meta = metaData.get(c.ordinal());
            colors.add(new StyleableObjectProperty<>(DEFAULT_COLORS.get(c)) {
                @Override
                public Object getBean() {
                    return owner;
                }

                @Override
                public String getName() {
                    return c.id() + "Color";
                }

                @Override
                public CssMetaData<? extends Styleable, Color> getCssMetaData() {
                    return meta;
                }
            });
        }
    }

    /**
     * One CSS property per category, {@code -sc-<category>-color}, for a control of type {@code S}.
     *
     * @param symbolsOf how to reach the control's {@code CategorySymbols}
     */
    public static <S extends Styleable> List<CssMetaData<S, Color>> cssMetaData(
            Function<S, CategorySymbols> symbolsOf) {
        List<CssMetaData<S, Color>> list = new ArrayList<>();
        for (Category c : Category.values()) {
            list.add(new CssMetaData<>("-sc-" + c.id() + "-color", ColorConverter.getInstance(),
                    DEFAULT_COLORS.get(c)) {
                @Override
                public boolean isSettable(S styleable) {
                    return !symbolsOf.apply(styleable).colors.get(c.ordinal()).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(S styleable) {
                    return symbolsOf.apply(styleable).colors.get(c.ordinal());
                }
            });
        }
        return Collections.unmodifiableList(list);
    }

    public Color color(Category c) {
        return colors.get(c.ordinal()).get();
    }

    public static MarkerShape shape(Category c) {
        return SHAPES.get(c);
    }

    /** The default colour of a category, for places that are not styled (exports, legends in files). */
    public static Color defaultColor(Category c) {
        return DEFAULT_COLORS.get(c);
    }
}
