package org.sirocco.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.app.Startup;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The row above the timeline as a user handles it, in the narrow middle column of a 1280-pixel-wide window: typing
 * dates, choosing periods, the playback settings and the large date while playing.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineBarTest {

    /** About what the map and timeline column gets on a 1280-pixel-wide screen. */
    private static final double NARROW = 560;
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.messages");

    private final PlaybackTest.ManualClock clock = new PlaybackTest.ManualClock();
    private ViewState state;
    private TimelineView timeline;
    private TimelineBar bar;
    private PlaybackDate bigDate;

    @Start
    void start(Stage stage) {
        state = new ViewState(Startup.load(null).data().dataset());
        timeline = new TimelineView(state, MESSAGES, clock);
        bar = new TimelineBar(timeline, MESSAGES, MESSAGES.getLocale());
        bigDate = new PlaybackDate(timeline.getPlayback(), MESSAGES, MESSAGES.getLocale());
        VBox column = new VBox(new StackPane(new VBox(), bigDate), bar, timeline);
        column.getStylesheets().add(getClass().getResource("/styles/sirocco.css").toExternalForm());
        stage.setScene(new Scene(column, NARROW, 420));
        stage.show();
    }

    private static TimeWindow days(String first, String last) {
        return TimeWindow.ofDays(LocalDate.parse(first), LocalDate.parse(last));
    }

    /** Clicks a field, selects what it holds and types {@code text} over it. */
    private void typeInto(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    /** The text of a menu item on show that starts with {@code start}. */
    private static Text menuText(FxRobot robot, String start) {
        return robot.lookup(n -> n instanceof Text && ((Text) n).getText().startsWith(start) && n.getScene() != null
                && n.getScene().getWindow().isShowing()).queryAs(Text.class);
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @Test
    void typingAYearInFromAndToGivesExactlyThatYear(FxRobot robot) {
        typeInto(robot, "#window-from", "1994");
        assertNull(state.getTimeWindow(), "moving to To applies nothing yet");
        typeInto(robot, "#window-to", "1994");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(days("1994-01-01", "1994-12-31"), state.getTimeWindow());
        assertEquals("1 Jan 1994", field(robot, "#window-from").getText(), "the field says the day it stands for");
        assertEquals("31 Dec 1994", field(robot, "#window-to").getText());
        TimeWindow axis = timeline.getVisibleRange();
        assertTrue(axis.startDay() < state.getTimeWindow().startDay() && axis.endDay() > state.getTimeWindow().endDay()
                && axis.length() < 5 * 365, "the timeline shows the year: " + axis);
    }

    @Test
    void monthsAndDaysAreTypedAsPeopleWriteThem(FxRobot robot) {
        typeInto(robot, "#window-from", "2015-03");
        typeInto(robot, "#window-to", "18 Jun 2015");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(days("2015-03-01", "2015-06-18"), state.getTimeWindow());

        typeInto(robot, "#window-to", "");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.ofEpochDay(state.store().lastDay()).plusDays(1).toEpochDay(),
                state.getTimeWindow().endDay(), "an empty To runs to the last day of the data; leaving applies");
    }

    @Test
    void aBadDateIsRefusedWithAMessageAtItsFieldAndNothingIsApplied(FxRobot robot) {
        TimeWindow before = days("2010-01-01", "2010-12-31");
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(before));
        WaitForAsyncUtils.waitForFxEvents();
        typeInto(robot, "#window-from", "1994");
        typeInto(robot, "#window-to", "31/02/1995");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, state.getTimeWindow(), "a good From is not applied alone");
        TextField to = field(robot, "#window-to");
        assertTrue(to.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")), "the field is marked");
        Label message = robot.lookup("#date-error").queryAs(Label.class);
        assertTrue(message.isVisible() && message.getScene().getWindow().isShowing(), "the message shows");
        assertEquals("\u201c31/02/1995\u201d is not a day of the calendar.", message.getText());
        Bounds field = to.localToScreen(to.getLayoutBounds());
        Bounds box = message.localToScreen(message.getLayoutBounds());
        assertTrue(box.getMinY() >= field.getMaxY() && box.getMinY() < field.getMaxY() + 10
                && Math.abs(box.getMinX() - field.getMinX()) < 10, "just under the field: " + box + " " + field);

        typeInto(robot, "#window-to", "next spring");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(message.getText().startsWith("\u201cnext spring\u201d is not a date. Type a year (1994)"),
                message.getText());
        assertEquals(before, state.getTimeWindow());

        typeInto(robot, "#window-to", "1993");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The period ends before it starts: \u201c1993\u201d is before \u201c1994\u201d.",
                message.getText());
        assertEquals(before, state.getTimeWindow(), "a To before the From is refused");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 Jan 2010", field(robot, "#window-from").getText(), "Esc puts back what is applied");
        assertEquals("31 Dec 2010", to.getText());
        assertFalse(to.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertFalse(message.getScene().getWindow().isShowing(), "the message is gone");
    }

    @Test
    void theFieldsFollowTheWindowWhereverItIsSet(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(days("2012-03-05", "2013-01-20")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5 Mar 2012", field(robot, "#window-from").getText());
        assertEquals("20 Jan 2013", field(robot, "#window-to").getText());
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field(robot, "#window-from").getText(), "all dates: empty");
        assertEquals(DateTimeFormatter.ofPattern("d MMM yyyy", MESSAGES.getLocale()).format(
                LocalDate.ofEpochDay(state.store().firstDay())), field(robot, "#window-from").getPromptText(),
                "with the data's first day as a hint");
    }

    @Test
    void periodsSetTheWindowToAYearAMonthOrAllDates(FxRobot robot) {
        int selected = state.store().size() / 2;
        LocalDate day = LocalDate.ofEpochDay(state.store().startDay(selected));
        WaitForAsyncUtils.asyncFx(() -> state.setSelectedEvent(selected));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#periods").clickOn(day.getYear() + ": the selected event\u2019s year");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimeWindow.ofDays(LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31)),
                state.getTimeWindow());

        String month = DateTimeFormatter.ofPattern("MMMM yyyy", MESSAGES.getLocale()).format(day);
        robot.clickOn("#periods").clickOn(month + ": the selected event\u2019s month");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimeWindow.ofDays(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())),
                state.getTimeWindow());

        robot.clickOn("#periods").clickOn("Year");
        Text year = menuText(robot, "2015 (");
        String shown = year.getText();
        // into the submenu first (its first item is the latest year), then down it, as a hand does: a straight
        // line would cross the next menu and open it
        robot.moveTo(menuText(robot, LocalDate.ofEpochDay(state.store().lastDay()).getYear() + " (")).moveTo(year);
        robot.clickOn(year);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(days("2015-01-01", "2015-12-31"), state.getTimeWindow());
        assertEquals("2015 (" + state.getVisible().count() + " events)", shown, "the count is what it shows");

        robot.clickOn("#periods").clickOn("All dates (whole data)");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.getTimeWindow());
    }

    @Test
    void inANarrowColumnTheBarIsOneRowWithEveryControlWhole() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NARROW, bar.getWidth(), 1);
        Node play = bar.lookup("#play");
        assertTrue(bar.getHeight() < play.getBoundsInParent().getHeight() * 1.8, "one row: " + bar.getHeight());
        double datesRight = 0;
        for (String id : new String[] {"#window-from", "#window-to", "#periods", "#step-back", "#play",
                "#step-forward", "#playback-settings"}) {
            Node node = bar.lookup(id);
            Bounds b = bar.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= bar.getWidth() && b.getMinY() >= 0
                    && b.getMaxY() <= bar.getHeight(), id + " inside the bar: " + b);
            if (id.equals("#periods")) {
                datesRight = b.getMaxX();
            } else if (id.equals("#step-back")) {
                assertTrue(b.getMinX() > datesRight, "the playback buttons stand right of the dates");
            }
        }
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(days("2015-09-28", "2016-12-31")));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#window-from", "#window-to"}) {
            TextField field = (TextField) bar.lookup(id);
            Text measure = new Text(field.getText());
            measure.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            assertTrue(measure.getLayoutBounds().getWidth() <= room, id + ": \"" + field.getText() + "\" shows whole");
        }
    }

    @Test
    void theSettingsSetTheDatesToPlayAndTheCumulativeMode(FxRobot robot) {
        robot.clickOn("#playback-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.playback().settingsPane().getScene().getWindow().isShowing(), "the settings pop over");
        typeInto(robot, "#playback-from", "2013");
        typeInto(robot, "#playback-to", "2014-06");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Playback playback = timeline.getPlayback();
        assertEquals(LocalDate.of(2013, 1, 1), playback.fromProperty().get());
        assertEquals(LocalDate.of(2014, 6, 30), playback.toProperty().get());
        robot.clickOn("#playback-cumulative");
        assertTrue(playback.cumulativeProperty().get());
        for (Node node : bar.playback().settingsPane().lookupAll(".text-field, .combo-box, .radio-button, "
                + ".check-box, .hyperlink")) {
            assertTrue(node.isFocusTraversable(), node + " is reachable from the keyboard");
        }
        assertTrue(bar.lookup("#playback-settings").isFocusTraversable());

        assertTrue(robot.lookup("#playback-use-window").query().isDisabled(), "no window: nothing to use");
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(days("2012-02-01", "2012-11-30")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#playback-use-window");
        assertEquals(LocalDate.of(2012, 2, 1), playback.fromProperty().get());
        assertEquals(LocalDate.of(2012, 11, 30), playback.toProperty().get());
    }

    @Test
    void theLargeDateShowsWhilePlayingAndHidesWhenStopped(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bigDate.isVisible(), "hidden before playing");
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.getPlayback().isPlaying());
        assertTrue(bigDate.isVisible(), "shown while playing");
        TimeWindow frame = state.getTimeWindow();
        LocalDate last = frame.lastDay();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", MESSAGES.getLocale());
        assertEquals(month.format(last), bigDate.dateText(), "the month the frame has reached (steps of a month)");
        WaitForAsyncUtils.asyncFx(() -> {
            clock.at(0);
            clock.at(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(month.format(last.plusDays(1).plusMonths(2).minusDays(1)), bigDate.dateText(),
                "it follows the frames");
        assertTrue(bigDate.getHeight() > 40, "large: " + bigDate.getHeight());
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(timeline.getPlayback().isPlaying());
        assertFalse(bigDate.isVisible(), "hidden when stopped");
        assertNotNull(state.getTimeWindow(), "the last frame stays as the window");
    }
}
