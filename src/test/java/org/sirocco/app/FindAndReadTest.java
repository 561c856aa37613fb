package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sirocco.data.Category;
import org.sirocco.data.Event;
import org.sirocco.data.EventFilter;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TextMatch;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.io.FilterFile;
import org.sirocco.filter.FacetValue;
import org.sirocco.geo.MapViewport;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.testing.Snapshots;
import org.sirocco.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Finding events and reading them, as a user does it: facets, search, chips, the list, the detail and glossary. */
@ExtendWith(ApplicationExtension.class)
class FindAndReadTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Startup.load(null));
        stage.setScene(new Scene(window.root(), 1600, 1000));
        stage.show();
    }

    private ViewState state() {
        return window.viewState();
    }

    private MapView map() {
        return window.map();
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    private TableView<Integer> table() {
        return window.list().table();
    }

    /** The filter list cell showing {@code label}, scrolled into view. */
    private static ListCell<?> facetCell(FxRobot robot, String list, String label) {
        ListView<?> view = robot.lookup(list).queryListView();
        Object item = view.getItems().stream().filter(v -> ((FacetValue<?>) v).label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no value " + label + " in " + list));
        WaitForAsyncUtils.asyncFx(() -> {
            scrollTo(view, item);
            view.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty() && c.lookup(".check-box") != null)
                .filter(c -> c.getItem() == item).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + label + " in " + list));
    }

    @SuppressWarnings("unchecked")
    private static <T> void scrollTo(ListView<T> view, Object item) {
        view.scrollTo((T) item);
    }

    private static Node row(FxRobot robot, int position) {
        return robot.lookup("#event-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == position && !r.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + position));
    }

    private static int count(EventSelection s, IntPredicate test) {
        int[] n = {0};
        s.forEach(i -> n[0] += test.test(i) ? 1 : 0);
        return n[0];
    }

    @Test
    void tickingACategoryNarrowsTheMapTheTimelineAndTheList(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int markersBefore = map().getMarkersDrawn();
        int dismantlingsBefore = ((FacetValue<?>) facetCell(robot, "#facet-category", "Cell dismantling / arrests")
                .getItem()).getCount();

        robot.clickOn(facetCell(robot, "#facet-category", "Attack").lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.of(Category.ATTACK), state().getFilter().categories());
        EventSelection visible = state().getVisible();
        assertEquals(visible.count(), count(visible, i -> state().store().category(i) == Category.ATTACK));
        assertTrue(visible.count() >= 50 && visible.count() < markersBefore, "attacks: " + visible.count());
        assertEquals(count(visible, i -> map().markerPosition(i) != null), map().getMarkersDrawn(),
                "the map draws the attacks in view only");
        assertEquals(visible.count(), timeline().getMarksDrawn(), "and so does the timeline");
        assertEquals(visible.count(), table().getItems().size(), "and the list");
        assertTrue(table().getItems().stream().allMatch(i -> state().store().category(i) == Category.ATTACK));
        assertEquals(List.of("Attack"), chipLabels(robot));
        FacetValue<?> dismantling = (FacetValue<?>) facetCell(robot, "#facet-category",
                "Cell dismantling / arrests").getItem();
        assertEquals(dismantlingsBefore, dismantling.getCount(), "a category's count ignores the category ticks");
        FacetValue<?> morocco = (FacetValue<?>) facetCell(robot, "#facet-country", "Morocco").getItem();
        assertEquals(count(visible, i -> placesIn(i, "MA")), morocco.getCount(), "countries count attacks only");

        robot.clickOn(facetCell(robot, "#facet-category", "Attack").lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state().getFilter().isEmpty());
        assertEquals(markersBefore, map().getMarkersDrawn());
    }

    @Test
    void rowTooltipsFollowTheEventsTheirReusedCellsNowShow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTooltipsMatchRows(robot);
        robot.clickOn(facetCell(robot, "#facet-category", "Attack").lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTooltipsMatchRows(robot);
    }

    private void assertTooltipsMatchRows(FxRobot robot) {
        List<TableRow<?>> rows = new ArrayList<>();
        for (TableRow<?> row : robot.lookup("#event-table .table-row-cell").queryAllAs(TableRow.class)) {
            if (!row.isEmpty() && row.getItem() != null) {
                rows.add(row);
            }
        }
        assertTrue(rows.size() > 5, "rows shown: " + rows.size());
        for (TableRow<?> row : rows) {
            int event = (Integer) row.getItem();
            String title = state().store().event(event).title();
            Tooltip titleTip = row.lookupAll(".table-cell").stream().map(c -> ((TableCell<?, ?>) c).getTooltip())
                    .filter(t -> t != null && t.getText().equals(title)).findFirst().orElse(null);
            assertTrue(titleTip != null, "row " + row.getIndex() + " has the tooltip " + title);
        }
    }

    private boolean placesIn(int index, String country) {
        EventStore store = state().store();
        for (int p = 0; p < store.placeCount(index); p++) {
            if (store.placeCountry(index, p).equals(country)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> chipLabels(FxRobot robot) {
        return robot.lookup("#chips .chip .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void typingAQueryNarrowsEveryViewIgnoringAccentsAndHighlightsTheMatches(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#search").write("ait baha");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "ait baha".equals(state().getFilter().query()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("ait baha", state().getFilter().query());
        EventSelection visible = state().getVisible();
        assertTrue(visible.count() >= 1 && visible.count() < 5, "matches: " + visible.count());
        EventStore store = state().store();
        assertTrue(store.event(visible.nextSetBit(0)).title().contains("A\u00eft Baha"));
        assertEquals(visible.count(), map().getMarkersDrawn());
        assertEquals(visible.count(), timeline().getMarksDrawn());
        assertEquals(visible.count(), table().getItems().size());
        List<String> highlighted = robot.lookup("#event-table .match").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertTrue(highlighted.contains("A\u00eft"), highlighted.toString());
        assertTrue(highlighted.stream().allMatch(m -> "A\u00eft".startsWith(m) || "Baha".startsWith(m)),
                "only the words searched, as much of them as the column shows: " + highlighted);
        assertEquals(List.of("\u201cait baha\u201d"), chipLabels(robot));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", state().getFilter().query(), "Esc empties the search");
        assertEquals(store.size(), state().getVisible().count());
    }

    @Test
    void searchingForSaidiaFindsSaidiaWithItsDiaeresis(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#search").write("Saidia").type(KeyCode.ENTER);
        // Typing applies the query as it goes ("Said" also finds "said"): wait for the whole word.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Saidia".equals(state().getFilter().query()));
        WaitForAsyncUtils.waitForFxEvents();
        EventSelection visible = state().getVisible();
        assertTrue(visible.count() >= 1);
        visible.forEach(i -> {
            Event e = state().store().event(i);
            String text = e.title() + " " + e.summary() + " " + e.places() + " " + e.sources();
            assertTrue(TextMatch.fold(text).contains("saidia"), e.id());
        });
    }

    @Test
    void pickingInTheListSelectsTheEventAndTheMapAndTimelineFollowAsArrowKeysWalk(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // Look far from the first events listed, on both views.
        WaitForAsyncUtils.asyncFx(() -> {
            MapViewport v = map().getViewport();
            double[] cairo = map().getProjection().project(31.2, 30.0);
            map().setViewport(new MapViewport(cairo[0], cairo[1], v.metresPerPixel() / 6));
            timeline().setVisibleRange(TimeWindow.ofDays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int first = table().getItems().get(2);
        assertNull(map().markerPosition(first), "the event is off the map to begin with");

        robot.clickOn(row(robot, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, state().getSelectedEvent());
        assertEquals(state().store().event(first).title(), Snapshots.text(robot.lookup("#detail-title").query()));
        assertNotNull(map().markerPosition(first), "the map pans to the picked event");
        assertTrue(timeline().getVisibleRange().overlaps(state().store().startDay(first),
                state().store().endDay(first)), "the timeline scrolls to it");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        int next = table().getItems().get(3);
        assertEquals(next, state().getSelectedEvent(), "the down arrow selects the next event");
        assertNotNull(map().markerPosition(next));
        assertEquals(state().store().event(next).title(), Snapshots.text(robot.lookup("#detail-title").query()));
    }

    @Test
    void selectingOnTheMapSelectsTheRowAndSortingKeepsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int event = state().store().size() - 1;
        WaitForAsyncUtils.asyncFx(() -> state().setSelectedEvent(event));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(event, table().getSelectionModel().getSelectedItem());

        robot.clickOn("#list-killed");
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> rows = List.copyOf(table().getItems());
        for (int p = 1; p < rows.size(); p++) {
            int a = state().store().killedMax(rows.get(p - 1));
            int b = state().store().killedMax(rows.get(p));
            assertTrue(a < 0 ? b < 0 : b < 0 || a <= b, "ascending tolls, unknown last: " + a + ", " + b);
        }
        assertEquals(event, table().getSelectionModel().getSelectedItem(), "the selection survives sorting");
        robot.clickOn("#list-killed");
        WaitForAsyncUtils.waitForFxEvents();
        int top = table().getItems().get(0);
        assertEquals(state().store().maxKilled(), state().store().killedMax(top), "descending: deadliest first");
    }

    @Test
    void boxPickedEventsFillTheListUntilThePickIsCleared(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = map().localToScreen(map().getWidth() * 0.35, map().getHeight() * 0.55);
        Point2D b = map().localToScreen(map().getWidth() * 0.65, map().getHeight() * 0.85);
        robot.press(KeyCode.SHIFT).moveTo(a).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY)
                .release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        int picked = state().getSelection().count();
        assertTrue(picked > 5, "picked " + picked);
        assertEquals(picked, table().getItems().size());
        assertTrue(table().getItems().stream().allMatch(state().getSelection()::contains));
        assertTrue(robot.lookup("#list-picked").queryLabeled().getText().startsWith(picked + " events"));

        assertEquals("Show all", robot.lookup("#list-show-all").queryLabeled().getText());
        robot.clickOn("#list-show-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(state().getVisible().count(), table().getItems().size(), "all events, the picked marked");
        assertEquals("Show picked only", robot.lookup("#list-show-all").queryLabeled().getText());
        robot.clickOn("#list-clear-pick");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, state().getSelection().count());
        assertFalse(robot.lookup(".list-picked-bar").query().isVisible());
    }

    @Test
    void removingAChipRemovesThatFilterAndClearAllRemovesEverything(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            state().setFilter(EventFilter.NONE.withCountries(Set.of("ML", "MA")));
            state().setTimeWindow(TimeWindow.ofDays(LocalDate.of(2012, 1, 1), LocalDate.of(2016, 12, 31)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("1 January 2012 \u2013 31 December 2016", "Mali", "Morocco"), chipLabels(robot));
        Node maliChip = robot.lookup("#chips .chip").queryAll().stream()
                .filter(c -> c.lookup(".label") instanceof Label l && l.getText().equals("Mali"))
                .findFirst().orElseThrow();
        robot.clickOn(maliChip.lookup(".chip-remove"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("MA"), state().getFilter().countries());
        assertFalse(((FacetValue<?>) facetCell(robot, "#facet-country", "Mali").getItem()).isSelected());

        robot.clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state().getFilter().isEmpty());
        assertNull(state().getTimeWindow());
        assertTrue(chipLabels(robot).isEmpty());
    }

    @Test
    void theGroupListCanBeNarrowedWithoutLosingTicks(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#filter-actor");
        robot.clickOn("#facet-actor-find").write("jnim");
        WaitForAsyncUtils.waitForFxEvents();
        List<?> shown = robot.lookup("#facet-actor").queryListView().getItems();
        assertTrue(shown.size() < window.filters().model().actors().size(), "narrowed: " + shown);
        assertTrue(shown.stream().anyMatch(v -> ((FacetValue<?>) v).label().equals("JNIM")), shown.toString());
        robot.clickOn(facetCell(robot, "#facet-actor", "JNIM").lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("JNIM"), state().getFilter().actors());

        robot.doubleClickOn("#facet-actor-find").eraseText(4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#facet-actor").queryListView().getItems().size() > 40);
        assertTrue(((FacetValue<?>) facetCell(robot, "#facet-actor", "JNIM").getItem()).isSelected());
        assertEquals(Set.of("JNIM"), state().getFilter().actors());
    }

    @Test
    void draggingTheTollSliderKeepsOnlyDeadlierEvents(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TitledPane pane = robot.lookup("#filter-killed").queryAs(TitledPane.class);
        WaitForAsyncUtils.asyncFx(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Node lowThumb = robot.lookup("#facet-killed .low-thumb").query();
        robot.drag(lowThumb, MouseButton.PRIMARY).moveBy(90, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Integer min = state().getFilter().killedMin();
        assertNotNull(min, "the low end sets a least toll");
        assertTrue(min > 0);
        EventSelection visible = state().getVisible();
        assertTrue(visible.count() > 0 && visible.count() < state().store().size());
        assertEquals(visible.count(), count(visible, i -> state().store().killedMax(i) >= min));
        assertTrue(robot.lookup("#facet-killed-label").queryLabeled().getText().contains(Integer.toString(min)));
    }

    @Test
    void controlFPutsTheCaretInTheSearchBox(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(map());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search").queryAs(TextField.class).isFocused());
    }

    @Test
    void actorsInTheDetailOpenTheGlossaryWhichCanShowTheirEvents(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        EventStore store = state().store();
        int event = -1;
        for (int i = 0; i < store.size() && event < 0; i++) {
            if (store.event(i).perpetrators().contains("JNIM")) {
                event = i;
            }
        }
        int chosen = event;
        WaitForAsyncUtils.asyncFx(() -> state().setSelectedEvent(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#detail .detail-actor").queryAllAs(Hyperlink.class)
                .stream().filter(h -> h.getText().equals("JNIM")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("JNIM", robot.lookup("#glossary-name").queryLabeled().getText());
        assertTrue(robot.lookup("#glossary-name").query().getScene().getWindow().isShowing());

        robot.clickOn("#glossary-show-events");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("JNIM"), state().getFilter().actors());
        assertEquals(store.withActor("JNIM").count(), state().getVisible().count());
        Window glossary = robot.lookup("#glossary-name").query().getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(glossary.isShowing(), "Esc closes the glossary");
    }

    @Test
    void aLinkNoBrowserCouldOpenIsCopiedAndTheUserIsTold(FxRobot robot) throws Exception {
        String url = "https://example.org/no-browser";
        WaitForAsyncUtils.asyncFx(() -> window.linkNotOpened(url));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("No web browser could be opened", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("article's link has been copied")
                && dialog.getContentText().endsWith(url), dialog.getContentText());
        assertEquals(url, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        WaitForAsyncUtils.asyncFx(() -> dialog.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRelatedEventInTheDetailCanBeFollowed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int event = state().store().indexOf(firstIdWith("AQIM"));
        WaitForAsyncUtils.asyncFx(() -> state().setSelectedEvent(event));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = robot.lookup("#detail-related .detail-related-link").queryAs(Hyperlink.class);
        WaitForAsyncUtils.asyncFx(() -> window.detail().setVvalue(1)); // scrolled down to the related events
        WaitForAsyncUtils.waitForFxEvents();
        String title = link.getText();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(event, state().getSelectedEvent());
        assertEquals(title, state().store().event(state().getSelectedEvent()).title());
    }

    private String firstIdWith(String group) {
        EventStore store = state().store();
        for (int i = 0; i < store.size(); i++) {
            if (store.event(i).perpetrators().contains(group)) {
                return store.event(i).id();
            }
        }
        throw new AssertionError("no event by " + group);
    }

    @Test
    void savedFiltersComeBackWithTheirTimeWindow(@TempDir Path dir) throws Exception {
        EventFilter saved = EventFilter.NONE.withCategories(Set.of(Category.DIPLOMATIC)).withQuery("ambassador");
        TimeWindow window = TimeWindow.ofDays(LocalDate.of(2010, 1, 1), LocalDate.of(2022, 12, 31));
        Path file = dir.resolve("briefing-filters.json");
        FilterFile.save(file, saved, window);
        assertTrue(Files.size(file) > 0);
        WaitForAsyncUtils.asyncFx(() -> this.window.loadFilters(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, state().getFilter());
        assertEquals(window, state().getTimeWindow());
        assertEquals("ambassador", this.window.filters().model().queryProperty().get());
    }

    @Test
    void aLoadedFilterNamingAGroupNoEventNamesReportsItAndKeepsTheRest(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("groups.json");
        FilterFile.save(file, EventFilter.NONE.withActors(Set.of("JNIM", "Nobody at all")), null);
        WaitForAsyncUtils.asyncFx(() -> this.window.loadFilters(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("JNIM"), state().getFilter().actors(), "the unknown group is left out, not applied");
        assertTrue(state().getVisible().count() > 0);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("\"Nobody at all\" is named by no event of this dataset"),
                dialog.getContentText());
        assertEquals("Filters loaded from groups.json", robot.lookup("#status-activity").queryLabeled().getText());
        WaitForAsyncUtils.asyncFx(() -> dialog.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
