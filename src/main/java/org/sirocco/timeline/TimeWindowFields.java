package org.sirocco.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.sirocco.data.EventStore;
import org.sirocco.data.TimeWindow;
import org.sirocco.i18n.Messages;
import org.sirocco.state.ViewState;

/**
 * The shared time window as two dates to read and type ("From 1994 to 1994" is the year 1994), and a menu of periods
 * a user reaches for: the selected event's year or month, the window's year, any year of the data or month of a
 * year, all dates. A window set here is brought into view on the timeline.
 */
final class TimeWindowFields extends HBox {

    private final TimelineView timeline;
    private final ViewState state;
    private final ResourceBundle messages;
    private final DateTimeFormatter monthFormat;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final DateRangeInput input;
    private final MenuButton periods = new MenuButton();

    TimeWindowFields(TimelineView timeline, ResourceBundle messages, Locale locale) {
        super(4);
        this.timeline = timeline;
        this.state = timeline.getViewState();
        this.messages = messages;
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        setAlignment(Pos.CENTER_LEFT);
        from.setId("window-from");
        to.setId("window-to");
        from.setTooltip(new Tooltip(messages.getString("dates.from.tip")));
        to.setTooltip(new Tooltip(messages.getString("dates.to.tip")));
        from.getStyleClass().add("date-field");
        to.getStyleClass().add("date-field");
        input = new DateRangeInput(from, to, messages, locale, this::apply);
        Label fromLabel = new Label(messages.getString("dates.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(messages.getString("dates.to"));
        toLabel.setLabelFor(to);

        periods.setId("periods");
        periods.setText(messages.getString("periods"));
        periods.setTooltip(new Tooltip(messages.getString("periods.tip")));
        periods.setOnShowing(e -> fillPeriods());
        // a first item, so that the menu opens; it is rebuilt each time
        periods.getItems().add(new MenuItem(messages.getString("periods.all")));
        getChildren().addAll(fromLabel, from, toLabel, to, periods);

        state.timeWindowProperty().addListener((obs, old, now) -> showWindow());
        state.datasetProperty().addListener((obs, old, now) -> showPrompts());
        showWindow();
        showPrompts();
    }

    private void showWindow() {
        TimeWindow w = state.getTimeWindow();
        input.show(w == null ? null : w.firstDay(), w == null ? null : w.lastDay());
    }

    /** Empty fields stand for the first and last days of the data. */
    private void showPrompts() {
        EventStore store = state.store();
        input.setPrompts(store.isEmpty() ? null : LocalDate.ofEpochDay(store.firstDay()),
                store.isEmpty() ? null : LocalDate.ofEpochDay(store.lastDay()));
    }

    /** A typed period: both ends open is all dates; one open end runs to the data's first or last day. */
    private void apply(LocalDate first, LocalDate last) {
        if (first == null && last == null) {
            setWindow(null);
            return;
        }
        EventStore store = state.store();
        LocalDate start = first != null ? first : LocalDate.ofEpochDay(Math.min(store.firstDay(),
                last.toEpochDay()));
        LocalDate end = last != null ? last : LocalDate.ofEpochDay(Math.max(store.lastDay(), first.toEpochDay()));
        setWindow(TimeWindow.ofDays(start, end));
    }

    private void setWindow(TimeWindow w) {
        timeline.getPlayback().pause();
        state.setTimeWindow(w);
        timeline.reveal(w);
    }

    private void fillPeriods() {
        periods.getItems().clear();
        int selected = state.getSelectedEvent();
        if (selected >= 0) {
            LocalDate day = LocalDate.ofEpochDay(state.store().startDay(selected));
            periods.getItems().addAll(
                    period(Messages.format(messages, "periods.selectedYear",
                            Integer.toString(day.getYear())), year(day)),
                    period(Messages.format(messages, "periods.selectedMonth", monthFormat.format(day)),
                            month(day)));
        }
        TimeWindow w = state.getTimeWindow();
        LocalDate middle = w == null ? null : LocalDate.ofEpochDay((long) Math.floor((w.startDay() + w.endDay()) / 2));
        if (middle != null && !year(middle).equals(w)) {
            periods.getItems().add(period(Messages.format(messages, "periods.windowYear",
                    Integer.toString(middle.getYear())), year(middle)));
        }
        if (!periods.getItems().isEmpty()) {
            periods.getItems().add(new SeparatorMenuItem());
        }
        EventStore store = state.store();
        if (!store.isEmpty()) {
            int firstYear = LocalDate.ofEpochDay(store.firstDay()).getYear();
            int lastYear = LocalDate.ofEpochDay(store.lastDay()).getYear();
            Menu years = new Menu(messages.getString("periods.years"));
            years.setId("periods-years");
            for (int y = lastYear; y >= firstYear; y--) {
                TimeWindow year = year(LocalDate.of(y, 1, 1));
                years.getItems().add(period(counted(Integer.toString(y), year), year));
            }
            LocalDate focus = middle != null ? middle : selected >= 0
                    ? LocalDate.ofEpochDay(store.startDay(selected)) : LocalDate.ofEpochDay(store.lastDay());
            Menu months = new Menu(Messages.format(messages, "periods.months",
                    Integer.toString(focus.getYear())));
            months.setId("periods-months");
            for (int m = 1; m <= 12; m++) {
                LocalDate first = LocalDate.of(focus.getYear(), m, 1);
                months.getItems().add(period(counted(monthFormat.format(first), month(first)), month(first)));
            }
            periods.getItems().addAll(years, months, new SeparatorMenuItem());
        }
        MenuItem all = new MenuItem(messages.getString("periods.all"));
        all.setId("periods-all");
        all.setOnAction(e -> setWindow(null));
        periods.getItems().add(all);
    }

    /** "2015 (34 events)": how many events the filters keep in that period. */
    private String counted(String name, TimeWindow w) {
        return Messages.format(messages, "periods.count", name,
                state.store().within(state.getFiltered(), w).count());
    }

    private MenuItem period(String text, TimeWindow w) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> setWindow(w));
        return item;
    }

    private static TimeWindow year(LocalDate day) {
        return TimeWindow.ofDays(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }

    private static TimeWindow month(LocalDate day) {
        return TimeWindow.ofDays(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
    }
}
