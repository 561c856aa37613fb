package org.sirocco.symbols;

import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.paint.Color;

/** The two halves of a colour a stylesheet can set on a control that paints on a Canvas. */
public final class StyleableColors {

    private StyleableColors() {
    }

    /** CSS metadata for {@code property} (e.g. {@code -sc-sea-color}) read from the field {@code field} of S. */
    public static <S extends Styleable> CssMetaData<S, Color> metaData(String property, String initial,
            Function<S, StyleableObjectProperty<Color>> field) {
        return new CssMetaData<>(property, ColorConverter.getInstance(), Color.web(initial)) {
            @Override
            public boolean isSettable(S styleable) {
                return !field.apply(styleable).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(S styleable) {
                return field.apply(styleable);
            }
        };
    }

    /** The property of {@code bean} that {@code meta} describes, starting at its initial value. */
    public static <S extends Styleable> StyleableObjectProperty<Color> property(S bean, String name,
            CssMetaData<S, Color> meta) {
        return new StyleableObjectProperty<>(meta.getInitialValue(bean)) {
            @Override
            public Object getBean() {
                return bean;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public CssMetaData<? extends Styleable, Color> getCssMetaData() {
                return meta;
            }
        };
    }
}
