package org.sirocco.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Confidence;
import org.sirocco.data.Dataset;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventStore;
import org.sirocco.data.Place;
import org.sirocco.data.PlacePrecision;
import org.sirocco.data.Source;
import org.sirocco.data.TimeWindow;
import org.sirocco.state.ViewState;
import org.sirocco.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail panel on its own: what it shows of an event, its links and what they do. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {

    private static final String URL = "https://example.org/saidia-cell";
    private ViewState state;
    private DetailPane pane;
    private final List<String> opened = new ArrayList<>();
    private final List<String> shownActors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LocalDate day = LocalDate.of(2019, 3, 1);
        Event cell = new Event("ma-2019-03", day, day, DatePrecision.MONTH, false, Category.DISMANTLING,
                "cell_dismantled", "Cell dismantled in Oujda, Saïdia and Fès",
                "Police arrested five men planning attacks in Saïdia.",
                List.of(new Place("Saïdia", "MA", 35.09, -2.23, PlacePrecision.TOWN)), List.of("IS"), List.of(),
                List.of("BCIJ", "Local police"), Count.UNKNOWN, Count.UNKNOWN, Count.exact(5),
                List.of(new Source("Démantèlement d'une cellule", "MAP", "2019-03-02", URL)), Confidence.HIGH,
                null);
        Event later = new Event("ma-2019-04", day.plusDays(10), day.plusDays(10), DatePrecision.DAY, false,
                Category.DISMANTLING, "arrests", "Arrests in Berkane", "Two more arrests.",
                List.of(new Place("Berkane", "MA", 34.92, -2.32, PlacePrecision.TOWN)), List.of(), List.of(),
                List.of(), Count.UNKNOWN, Count.UNKNOWN, Count.exact(2),
                List.of(new Source("Arrests", "MAP", null, "https://example.org/b")), Confidence.MEDIUM, null);
        state = new ViewState(new Dataset("test", "", EventStore.of(List.of(cell, later)), false));
        pane = new DetailPane(state, ResourceBundle.getBundle("i18n.messages"));
        pane.actorsProperty().set(new ActorCatalog(List.of(new Actor("BCIJ", "Central Bureau of Judicial "
                + "Investigation", "agency", "Morocco's counter-terrorism police."))));
        pane.setOnShowActor(shownActors::add);
        pane.setOnOpenLink(opened::add);
        stage.setScene(new Scene(pane, 420, 900));
        stage.show();
    }

    private void select(String id, boolean online) {
        WaitForAsyncUtils.asyncFx(() -> {
            pane.setOnline(() -> online);
            state.setSelectedEvent(state.store().indexOf(id));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDateSaysHowPreciseItIsAndCountsShowWhatIsKnown(FxRobot robot) {
        select("ma-2019-03", true);
        String text = robot.lookup(".detail-value").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("March 2019 (day not known)"), text);
        assertTrue(text.contains("Saïdia, Morocco (town)"), text);
        assertTrue(text.contains("Killed \u2014 \u00b7 Injured \u2014 \u00b7 Arrested 5"), text);
        assertTrue(text.contains("Local police"), "an actor the glossary lacks is plain text");
    }

    @Test
    void searchWordsAreHighlightedInTheTitleAndSummary(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> state.setFilter(EventFilter.NONE.withQuery("saidia")));
        select("ma-2019-03", true);
        List<String> title = robot.lookup("#detail-title .match").queryAllAs(Text.class).stream().map(Text::getText)
                .toList();
        List<String> summary = robot.lookup("#detail-summary .match").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertEquals(List.of("Saïdia"), title);
        assertEquals(List.of("Saïdia"), summary);
        assertEquals("Cell dismantled in Oujda, Saïdia and Fès", Snapshots.text(robot.lookup("#detail-title")
                .query()));
    }

    @Test
    void aSourceLinkCanBeCopiedAndOpenedWhenOnline(FxRobot robot) {
        select("ma-2019-03", true);
        robot.clickOn(".detail-copy-link");
        AtomicReference<String> copied = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(2_000, () -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertEquals(URL, copied.get());
        assertEquals("Copied \u2713", robot.lookup(".detail-copy-link").queryButton().getText(), "the click says so");
        robot.clickOn(".detail-open-link");
        assertEquals(List.of(URL), opened);
    }

    @Test
    void anEventTheFiltersHideSaysSoAboveItsStory(FxRobot robot) {
        select("ma-2019-03", true);
        Label note = robot.lookup("#detail-hidden-note").queryAs(Label.class);
        assertFalse(note.isVisible(), "shown on the map: nothing to say");
        WaitForAsyncUtils.asyncFx(() -> state.setFilter(EventFilter.NONE.withQuery("berkane")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.isVisible() && note.getText().startsWith("Hidden by the current filters"), note.getText());
        assertEquals("Cell dismantled in Oujda, Saïdia and Fès",
                Snapshots.text(robot.lookup("#detail-title").query()), "the event is still read");
        WaitForAsyncUtils.asyncFx(() -> {
            state.setFilter(EventFilter.NONE);
            state.setTimeWindow(TimeWindow.ofDays(LocalDate.of(2019, 4, 5), LocalDate.of(2019, 4, 20)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.isVisible(), "a time window that leaves the event out hides it too");
        WaitForAsyncUtils.asyncFx(() -> state.setTimeWindow(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(note.isVisible());
    }

    @Test
    void offlineTheOpenButtonIsDisabledAndSaysWhy(FxRobot robot) {
        select("ma-2019-03", false);
        Button open = robot.lookup(".detail-open-link").queryButton();
        assertTrue(open.isDisabled());
        assertTrue(open.getTooltip().getText().startsWith("No network"));
        assertFalse(robot.lookup(".detail-copy-link").queryButton().isDisabled(), "copying always works");
    }

    @Test
    void aKnownAgencyLinksToTheGlossaryAndARelatedEventCanBeOpened(FxRobot robot) {
        select("ma-2019-03", true);
        robot.clickOn(robot.lookup(".detail-actor").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("BCIJ")).findFirst().orElseThrow());
        assertEquals(List.of("BCIJ"), shownActors);

        Hyperlink related = robot.lookup(".detail-related-link").queryAs(Hyperlink.class);
        assertEquals("Arrests in Berkane", related.getText(), "10 days later, 20 km away");
        robot.clickOn(related);
        assertEquals(state.store().indexOf("ma-2019-04"), state.getSelectedEvent());
    }
}
