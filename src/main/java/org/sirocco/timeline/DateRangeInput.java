package org.sirocco.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.sirocco.data.TypedDate;
import org.sirocco.i18n.Messages;

/**
 * A From and a To field for a period, typed at day, month or year precision: "1994" in From is its 1 January, in To
 * its 31 December. Enter in either field, or leaving the pair, applies both at once; a field that names no date, or
 * a To before the From, is marked with a message under it and nothing is applied. Esc puts back what is applied. An
 * empty field leaves that end open. The fields show the applied period as days ("1 Jan 1994"), except while the user
 * is typing in them.
 */
final class DateRangeInput {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField from;
    private final TextField to;
    private final ResourceBundle messages;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;
    private final BiConsumer<LocalDate, LocalDate> onApply;
    private final Label errorText = new Label();
    private final Popup errorPopup = new Popup();
    private final Tooltip fromTip;
    private final Tooltip toTip;
    private LocalDate shownFirst;
    private LocalDate shownLast;
    /** Set while the fields are written from the applied period, so that it is not taken for typing. */
    private boolean showing;
    private boolean edited;
    private TextField invalid;

    /**
     * @param onApply called with the first and last day typed (either null when its field is empty) when both
     *                fields read as dates in order
     */
    DateRangeInput(TextField from, TextField to, ResourceBundle messages, Locale locale,
            BiConsumer<LocalDate, LocalDate> onApply) {
        this.from = from;
        this.to = to;
        this.messages = messages;
        this.locale = locale;
        this.dayFormat = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.onApply = onApply;
        fromTip = from.getTooltip();
        toTip = to.getTooltip();
        errorText.setId("date-error");
        errorText.getStyleClass().add("date-error");
        errorText.setWrapText(true);
        errorText.setMaxWidth(360);
        // a popup is a scene of its own: it gets its look from the timeline's sheet, not the window's
        errorText.getStylesheets().add(TimelineBar.STYLESHEET);
        errorPopup.getContent().add(errorText);
        // Esc belongs to the field: it puts back the applied dates, and the message goes with them
        errorPopup.setHideOnEscape(false);
        for (TextField field : new TextField[] {from, to}) {
            field.textProperty().addListener((obs, old, now) -> {
                if (!showing) {
                    edited = true;
                }
            });
            field.setOnAction(e -> apply());
            field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && (edited || invalid != null)) {
                    edited = false;
                    show(shownFirst, shownLast);
                    e.consume();
                }
            });
            field.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    field.selectAll();
                    showError();
                } else {
                    errorPopup.hide();
                    // leaving the pair applies it; moving from one field to the other does not
                    if (field.getScene() == null || (field.getScene().getFocusOwner() != from
                            && field.getScene().getFocusOwner() != to)) {
                        apply();
                    }
                }
            });
        }
    }

    /** Shows the applied period (null: that end is open), unless the user is typing in the fields. */
    void show(LocalDate first, LocalDate last) {
        shownFirst = first;
        shownLast = last;
        if (edited && (from.isFocused() || to.isFocused())) {
            return;
        }
        showing = true;
        from.setText(first == null ? "" : dayFormat.format(first));
        to.setText(last == null ? "" : dayFormat.format(last));
        showing = false;
        edited = false;
        mark(null, null);
    }

    /** The grey hints of empty fields: what an open end stands for. */
    void setPrompts(LocalDate first, LocalDate last) {
        from.setPromptText(first == null ? "" : dayFormat.format(first));
        to.setPromptText(last == null ? "" : dayFormat.format(last));
    }

    /** Reads both fields and applies them if they name a period; returns whether it did (or had nothing to do). */
    boolean apply() {
        if (!edited) {
            return true;
        }
        TypedDate first;
        TypedDate last;
        try {
            first = read(from);
            last = read(to);
        } catch (FieldException e) {
            mark(e.field, e.getMessage());
            return false;
        }
        if (first != null && last != null && last.last().isBefore(first.first())) {
            TextField blamed = to.isFocused() || !from.isFocused() ? to : from;
            mark(blamed, Messages.format(messages, "dates.error.order", from.getText().strip(),
                    to.getText().strip()));
            return false;
        }
        edited = false;
        mark(null, null);
        onApply.accept(first == null ? null : first.first(), last == null ? null : last.last());
        // the fields now say what was applied, as days
        show(first == null ? null : first.first(), last == null ? null : last.last());
        return true;
    }

    /** The date typed in {@code field}, or null when it is empty. */
    private TypedDate read(TextField field) throws FieldException {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return TypedDate.parse(text, locale);
        } catch (TypedDate.InvalidDateException e) {
            String key = e.problem() == TypedDate.Problem.NO_SUCH_DATE ? "dates.error.noSuchDate"
                    : "dates.error.unreadable";
            throw new FieldException(field, Messages.format(messages, key, text));
        }
    }

    private void mark(TextField field, String message) {
        from.pseudoClassStateChanged(INVALID, field == from);
        to.pseudoClassStateChanged(INVALID, field == to);
        from.setTooltip(field == from ? new Tooltip(message) : fromTip);
        to.setTooltip(field == to ? new Tooltip(message) : toTip);
        invalid = field;
        errorText.setText(message == null ? "" : message);
        if (field == null) {
            errorPopup.hide();
        } else {
            showError();
        }
    }

    /** The message in a small box just under the refused field. */
    private void showError() {
        if (invalid == null || invalid.getScene() == null || invalid.getScene().getWindow() == null) {
            return;
        }
        Bounds b = invalid.localToScreen(invalid.getLayoutBounds());
        errorPopup.show(invalid, b.getMinX(), b.getMaxY() + 2);
    }

    /** A field's text that names no date, with the message to show at it. */
    private static final class FieldException extends Exception {
        final transient TextField field;

        FieldException(TextField field, String message) {
            super(message);
            this.field = field;
        }
    }
}
