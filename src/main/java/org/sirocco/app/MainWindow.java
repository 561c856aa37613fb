package org.sirocco.app;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.MapExtent;
import org.sirocco.briefing.SceneState;
import org.sirocco.briefing.ui.ScenePanel;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventSelection;
import org.sirocco.data.TimeWindow;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.FileKind;
import org.sirocco.data.io.FilterFile;
import org.sirocco.data.io.LoadResult;
import org.sirocco.detail.DetailPane;
import org.sirocco.exchange.Chronology;
import org.sirocco.exchange.EventExport;
import org.sirocco.exchange.ExportFormat;
import org.sirocco.exchange.ImportContext;
import org.sirocco.exchange.ImportDriver;
import org.sirocco.exchange.ImportDrivers;
import org.sirocco.exchange.ui.ImportDialog;
import org.sirocco.edit.Curation;
import org.sirocco.edit.RestoreChanges;
import org.sirocco.edit.UnsavedChanges;
import org.sirocco.edit.io.JournalKeeper;
import org.sirocco.edit.io.RecoveryJournal;
import org.sirocco.export.BriefingExport;
import org.sirocco.export.SceneRenderer;
import org.sirocco.filter.FilterPanel;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.CountryLocator;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;
import org.sirocco.glossary.GlossaryView;
import org.sirocco.i18n.Messages;
import org.sirocco.i18n.Language;
import org.sirocco.keys.PaneCycle;
import org.sirocco.keys.ShortcutsWindow;
import org.sirocco.list.EventListView;
import org.sirocco.map.MapView;
import org.sirocco.presentation.PresentationView;
import org.sirocco.presentation.PresentationWindow;
import org.sirocco.settings.RecentFile;
import org.sirocco.settings.Settings;
import org.sirocco.settings.UserSettings;
import org.sirocco.state.ViewState;
import org.sirocco.timeline.PlaybackDate;
import org.sirocco.timeline.TimelineBar;
import org.sirocco.timeline.TimelineView;

/**
 * The main window's content: menu and tool bar, the map above the timeline, the detail panel on the right and the
 * status bar, all bound to one {@link ViewState}. The views are built here and never see each other.
 */
public final class MainWindow {

    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());

    /** The region "fit region" shows: the Maghreb and the Sahel, with Spain, France and Belgium. */
    static final double HOME_WEST = -18;
    static final double HOME_SOUTH = 9;
    static final double HOME_EAST = 25;
    static final double HOME_NORTH = 51.5;
    static final URL STYLESHEET = MainWindow.class.getResource("/styles/sirocco.css");

    private final Language language;
    private final ResourceBundle messages;
    private Startup startup;
    private final ViewState state;
    private final MapView map;
    private final TimelineView timeline;
    private final DetailPane detail;
    private final FilterPanel filters;
    private final EventListView list;
    /** Built the first time it is opened: most sessions never need it, and every start-up would pay for it. */
    private GlossaryView glossary;
    private final Briefing briefing;
    /** Built the first time the briefing tab is selected: its controls are not in the first frame. */
    private ScenePanel scenes;
    private final Tab scenesTab;
    private final BriefingActions actions;
    private final CurationActions curating;
    private final TabPane side;
    private final Tab filtersTab;
    private Stage glossaryStage;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    private final SplitPane main;
    private final DatasetBanner banner;
    private final ReopenBar reopen;
    private UserSettings settings = UserSettings.inMemory();
    /** The events file shown, or null for the bundled dataset. */
    private Path datasetFile;
    private CheckMenuItem showFiltersItem;
    /** F6 and Shift+F6: the filters, the map, the timeline, the list and the detail, in a cycle. */
    private final PaneCycle panes;
    /** Built the first time Help › Keyboard shortcuts is chosen. */
    private ShortcutsWindow shortcuts;
    private JournalKeeper journal;
    private Consumer<String> linkOpener;
    private Consumer<MainWindow> onReplaced = w -> { };
    /** What to stop listening to when another window takes this one's place. */
    private final List<Runnable> onRetire = new ArrayList<>();
    /** The window built in another language in this one's place, or null. */
    private MainWindow successor;

    /** The window on loaded data, in English. */
    public MainWindow(Startup startup) {
        this(Language.ENGLISH, startup);
    }

    /** The window on loaded data, in {@code language}. */
    public MainWindow(Language language, Startup startup) {
        this(language);
        show(startup);
    }

    /**
     * The window with no data yet: it can be built while the data loads, and {@link #show(Startup) shown} the
     * data when it arrives.
     */
    public MainWindow(Language language) {
        this(language, (MainWindow) null);
    }

    /**
     * @param replaced the window this one takes the place of, in another language: its view state, briefing and
     *                 curation (with the undo history) go on in this one; null for a new window
     */
    private MainWindow(Language language, MainWindow replaced) {
        this.language = language;
        this.messages = language.messages();
        this.state = replaced != null ? replaced.state : new ViewState(new Dataset(messages.getString("app.name"),
                "", EventStore.builder().build(), false));
        this.briefing = replaced != null ? replaced.briefing : new Briefing();
        Curation curation = replaced != null ? replaced.curating.curation() : new Curation(state, messages);
        curation.setMessages(messages);
        GeoProjection projection = GeoProjection.region();
        map = new MapView(state, projection, messages);
        map.setHomeBounds(homeBounds(projection));
        map.setId("map");
        timeline = new TimelineView(state, messages);
        timeline.setId("timeline");
        detail = new DetailPane(state, messages);
        detail.setId("detail");
        detail.setOnShowActor(this::showGlossary);
        filters = new FilterPanel(state, messages);
        filters.setId("filters");
        list = new EventListView(state, messages);
        list.setId("event-list");
        statusBar = new StatusBar(state, messages);
        actions = new BriefingActions(briefing, messages, statusBar, () -> root.getScene().getWindow(),
                this::renderer, this::captureScene, this::showScenePanel, () -> state.getDataset().name());
        curating = new CurationActions(curation, state, briefing, messages, statusBar,
                () -> root.getScene().getWindow(), list::chosenEvents);
        curating.setBasemap(() -> map.getDetailedBasemap() != null ? map.getDetailedBasemap() : map.getBasemap());
        keep(curating.curation().revisionProperty(), (obs, old, now) -> curating.datasetChanged());
        // The catalogue, with the actors the dataset describes and those added while editing, names every actor.
        detail.actorsProperty().bind(curating.curation().actorsProperty());
        filters.actorsProperty().bind(curating.curation().actorsProperty());
        list.setOnOpenEvent(curating::edit);
        detail.setOnEdit(curating::edit);
        installMapEditing();
        filtersTab = new Tab(messages.getString("tab.filters"), filters);
        filtersTab.setId("tab-filters");
        scenesTab = new Tab(messages.getString("tab.briefing"));
        scenesTab.setId("tab-briefing");
        scenesTab.setOnSelectionChanged(e -> {
            if (scenesTab.isSelected()) {
                scenePanel();
            }
        });
        side = new TabPane(filtersTab, scenesTab);
        side.setId("side-panel");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        VBox timelinePane = new VBox(new TimelineBar(timeline, messages, Messages.locale(messages)), timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        // the date a playback has reached, large over the map's lower left corner
        PlaybackDate playbackDate = new PlaybackDate(timeline.getPlayback(), messages, messages.getLocale());
        StackPane mapPane = new StackPane(map, playbackDate);
        StackPane.setAlignment(playbackDate, Pos.BOTTOM_LEFT);
        StackPane.setMargin(playbackDate, new Insets(0, 0, 28, 12));
        SplitPane mapAndTimeline = new SplitPane(mapPane, timelinePane);
        mapAndTimeline.setOrientation(Orientation.VERTICAL);
        mapAndTimeline.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(timelinePane, false);
        SplitPane listAndDetail = new SplitPane(list, detail);
        listAndDetail.setOrientation(Orientation.VERTICAL);
        listAndDetail.setDividerPositions(0.42);
        main = new SplitPane(side, mapAndTimeline, listAndDetail);
        main.setDividerPositions(0.185, 0.66);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(listAndDetail, false);
        side.setMinWidth(200);
        listAndDetail.setMinWidth(300);
        filters.setOnGoToResults(list::focusFirstRow);
        giveTheDetailsRoomToTheListWhileNothingIsSelected(listAndDetail);
        panes = new PaneCycle(List.of(new PaneCycle.Pane(side, this::focusSidePanel),
                new PaneCycle.Pane(map, map::requestFocus), new PaneCycle.Pane(timeline, timeline::requestFocus),
                new PaneCycle.Pane(list, list::focusTable), new PaneCycle.Pane(detail, detail::requestFocus)));

        banner = new DatasetBanner(messages, this::showLoadProblems);
        reopen = new ReopenBar(messages);
        root.setTop(new VBox(menuBar(), toolBar(), banner, reopen));
        root.setCenter(main);
        root.setBottom(statusBar);
        root.getStylesheets().add(STYLESHEET.toExternalForm());
        // Redo's second shortcut, as on Windows: a menu item has only one.
        KeyCombination redoToo = KeyCombination.keyCombination("Shortcut+Y");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (redoToo.match(e)) {
                curating.redo();
                e.consume();
            }
        });
        keep(briefing.fileProperty(), (obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withRecent(now, RecentFile.Kind.BRIEFING));
            }
        });
        root.setNodeOrientation(language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        // Geography and time read the same in every language: the map and the timeline never mirror.
        map.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        timeline.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }

    /** Listens to what outlives this window (it goes on in the one built in another language) until it is retired. */
    private <T> void keep(ObservableValue<T> kept, ChangeListener<? super T> listener) {
        kept.addListener(listener);
        onRetire.add(() -> kept.removeListener(listener));
    }

    /** The language the window speaks. */
    public Language language() {
        return language;
    }

    /** Told of the window built in another language that takes this one's place in its scene. */
    public void setOnReplaced(Consumer<MainWindow> action) {
        onReplaced = action;
    }

    /**
     * Rebuilds the window in {@code next} in the same scene: the views are new, what the user has goes on — the view
     * state (time window, filters, selection), the briefing and its unsaved changes, the dataset with its undo
     * history and unsaved edits, the map's extent, the timeline's range, the panels, and the glossary and keyboard
     * shortcuts windows if they are open.
     */
    void switchLanguage(Language next) {
        Scene scene = root.getScene();
        MainWindow successor = new MainWindow(next, this);
        successor.startup = startup;
        successor.datasetFile = datasetFile;
        successor.journal = journal;
        successor.setLinkOpener(linkOpener);
        successor.setSettings(settings);
        successor.banner.resultProperty().set(banner.resultProperty().get());
        successor.map.copyLayersFrom(map);
        successor.map.setViewport(map.getViewport());
        successor.timeline.setVisibleRange(timeline.getVisibleRange());
        successor.side.getSelectionModel().select(side.getSelectionModel().getSelectedIndex());
        copyDividers(main, successor.main);
        successor.onReplaced = onReplaced;
        boolean glossaryShown = glossaryStage != null && glossaryStage.isShowing();
        boolean shortcutsShown = shortcuts != null && shortcuts.isShowing();
        timeline.getPlayback().pause();
        onRetire.forEach(Runnable::run);
        if (glossaryStage != null) {
            glossaryStage.hide();
        }
        if (shortcuts != null) {
            shortcuts.hide();
        }
        this.successor = successor;
        scene.setRoot(successor.root);
        onReplaced.accept(successor);
        if (glossaryShown) {
            successor.showGlossary(null);
            successor.glossaryStage.setX(glossaryStage.getX());
            successor.glossaryStage.setY(glossaryStage.getY());
        }
        if (shortcutsShown) {
            successor.showShortcuts();
        }
    }

    /** The window now in this one's place: itself until its language is changed. */
    private MainWindow latest() {
        return successor == null ? this : successor.latest();
    }

    /** The split panes' dividers where they were, down the panes nested alike. */
    private static void copyDividers(SplitPane from, SplitPane to) {
        if (from.getItems().size() != to.getItems().size()) {
            return;
        }
        to.setDividerPositions(from.getDividerPositions());
        for (int i = 0; i < from.getItems().size(); i++) {
            if (from.getItems().get(i) instanceof SplitPane a && to.getItems().get(i) instanceof SplitPane b) {
                copyDividers(a, b);
            }
        }
    }

    /**
     * Where what the user opens and shows is remembered; until this is called, nothing is remembered past this run.
     * Shows the panels and layers as they were last time.
     */
    public void setSettings(UserSettings settings) {
        this.settings = settings;
        actions.useSettings(settings);
        Settings.ViewOptions view = settings.get().view();
        showFiltersItem.setSelected(view.filterPanelShown());
        map.setShowGraticule(view.graticule());
        map.setSizeByCasualties(view.sizeByCasualties());
        InvalidationListener remember = o -> settings.update(s -> s.withView(new Settings.ViewOptions(
                showFiltersItem.isSelected(), map.isShowGraticule(), map.isSizeByCasualties())));
        showFiltersItem.selectedProperty().addListener(remember);
        map.showGraticuleProperty().addListener(remember);
        map.sizeByCasualtiesProperty().addListener(remember);
    }

    /** Remembers the dataset and briefing open now, to offer them at the next start. */
    void rememberSession() {
        settings.update(s -> s.withLastSession(new Settings.Session(datasetFile, briefing.getFile())));
    }

    /**
     * Offers to reopen what was open when the app last closed, when those files are still there: the dataset unless
     * this start was given one, and the briefing.
     */
    void offerLastSession() {
        Settings.Session last = settings.get().lastSession();
        Path dataset = last.dataset() != null && datasetFile == null && Files.isRegularFile(last.dataset())
                ? last.dataset() : null;
        Path saved = last.briefing() != null && Files.isRegularFile(last.briefing()) ? last.briefing() : null;
        reopen.offer(dataset, saved, () -> {
            if (dataset != null) {
                open(dataset);
            }
            if (saved != null) {
                actions.open(saved);
            }
        });
    }

    /**
     * Puts loaded data in the window. Once the first frame is up, simplifies the base map for the other zooms and
     * loads the detailed one in the background: they only matter once the user zooms.
     */
    public void show(Startup loaded) {
        this.startup = loaded;
        this.datasetFile = loaded.datasetFile();
        map.setBasemap(loaded.basemap());
        map.setCities(loaded.cities());
        state.setDataset(loaded.data().dataset());
        curating.curation().opened(loaded.datasetFile(), catalogFor(loaded.data().dataset()));
        banner.resultProperty().set(loaded.data());
        if (loaded.basemap() != null) {
            afterFirstFrame(() -> CompletableFuture.supplyAsync(() -> {
                Startup.prepareOverview(loaded.basemap());
                return Startup.detailedBasemap();
            })
                    .thenAccept(detailed -> Platform.runLater(() -> latest().map.setDetailedBasemap(detailed)))
                    .exceptionally(e -> {
                        // The 1:50m map stays: a coarser map beats a message.
                        LOG.log(System.Logger.Level.WARNING, "the 1:10m base map could not be read", e);
                        return null;
                    }));
        }
    }

    /**
     * Runs {@code action} just after the window's first layout pulse, so that background work does not take a core
     * from building and drawing the first frame on a two-core laptop. A window never shown never runs it.
     */
    private void afterFirstFrame(Runnable action) {
        Consumer<Scene> hook = scene -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(action);
            };
            scene.addPostLayoutPulseListener(once[0]);
        };
        if (root.getScene() != null) {
            hook.accept(root.getScene());
        } else {
            root.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        root.sceneProperty().removeListener(this);
                        hook.accept(now);
                    }
                }
            });
        }
    }

    public Parent root() {
        return root;
    }

    public ViewState viewState() {
        return state;
    }

    public MapView map() {
        return map;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public FilterPanel filters() {
        return filters;
    }

    public EventListView list() {
        return list;
    }

    public DetailPane detail() {
        return detail;
    }

    public Briefing briefing() {
        return briefing;
    }

    /**
     * Right click on the map › New event here; and while the editor's Pick on map is down, a click on the map adds
     * the point as a place of the event edited instead of selecting an event.
     */
    private void installMapEditing() {
        ContextMenu menu = new ContextMenu();
        MenuItem here = new MenuItem(messages.getString("map.newEventHere"));
        here.setId("map-new-event-here");
        menu.getItems().add(here);
        // The menu key and the system's right click ask for it, and so does a plain right click, which some
        // platforms do not turn into a context menu request.
        BiConsumer<Point2D, Point2D> offer = (local, screen) -> {
            double[] lonLat = lonLatAt(local.getX(), local.getY());
            if (lonLat != null && !menu.isShowing()) {
                here.setOnAction(a -> curating.newEventAt(lonLat[0], lonLat[1]));
                menu.show(map, screen.getX(), screen.getY());
            }
        };
        map.setOnContextMenuRequested(e -> {
            offer.accept(new Point2D(e.getX(), e.getY()), new Point2D(e.getScreenX(), e.getScreenY()));
            e.consume();
        });
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()) {
                offer.accept(new Point2D(e.getX(), e.getY()), new Point2D(e.getScreenX(), e.getScreenY()));
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && curating.isPicking()) {
                double[] lonLat = lonLatAt(e.getX(), e.getY());
                if (lonLat != null) {
                    curating.picked(lonLat[0], lonLat[1]);
                }
                e.consume();
            }
        });
    }

    /** Longitude and latitude at a point of the map control, or null before the map is laid out. */
    private double[] lonLatAt(double x, double y) {
        MapViewport v = map.getViewport();
        if (v == null) {
            return null;
        }
        double mapX = v.toMapX(x - map.snappedLeftInset(), map.contentWidth());
        double mapY = v.toMapY(y - map.snappedTopInset(), map.contentHeight());
        return map.getProjection().unproject(mapX, mapY);
    }

    /** The region "fit region" shows, in {@code projection}. */
    static Bounds homeBounds(GeoProjection projection) {
        return Bounds.ofLonLat(projection, HOME_WEST, HOME_SOUTH, HOME_EAST, HOME_NORTH);
    }

    /** How source links open in the system browser (the application's host services); null: they cannot. */
    public void setLinkOpener(Consumer<String> opener) {
        linkOpener = opener;
        detail.setOnOpenLink(opener);
    }

    /** Says that no browser could be opened for {@code url}, and puts the link on the clipboard to paste. */
    void linkNotOpened(String url) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(url);
        Clipboard.getSystemClipboard().setContent(clip);
        error(messages.getString("link.failed.header"), Messages.format(messages, "link.failed.text",
                url));
    }

    /** Opens the glossary window, at {@code actor}'s entry when it is given and described. */
    public void showGlossary(String actor) {
        if (glossaryStage == null) {
            glossary = new GlossaryView(state, messages);
            glossary.setId("glossary");
            glossary.catalogProperty().bind(curating.curation().actorsProperty());
            glossaryStage = new Stage();
            glossaryStage.setTitle(messages.getString("glossary.title"));
            glossaryStage.initOwner(root.getScene().getWindow());
            Scene scene = new Scene(glossary, 760, 520);
            scene.getStylesheets().addAll(root.getStylesheets());
            // Esc closes it, as it closes dialogs.
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    glossaryStage.hide();
                }
            });
            glossaryStage.setScene(scene);
        }
        if (actor != null) {
            glossary.show(actor);
        }
        glossaryStage.show();
        glossaryStage.toFront();
    }

    /** Help › Keyboard shortcuts: the menu bar's accelerators and the keys the views handle, in a window. */
    private void showShortcuts() {
        if (shortcuts == null) {
            shortcuts = new ShortcutsWindow(root.getScene().getWindow(), (MenuBar) root.lookup(".menu-bar"),
                    messages, root.getStylesheets());
        }
        shortcuts.show();
    }

    /** F6 into the side panel: the search box on the filters tab, the tabs themselves on the briefing tab. */
    private void focusSidePanel() {
        if (filtersTab.isSelected()) {
            filters.focusSearch();
        } else {
            side.requestFocus();
        }
    }

    /**
     * While no event is selected the detail panel shrinks to its hint (see {@link DetailPane}) and the list takes
     * its room; selecting an event gives the panel back the share it had.
     */
    private void giveTheDetailsRoomToTheListWhileNothingIsSelected(SplitPane listAndDetail) {
        double[] share = {listAndDetail.getDividerPositions()[0]};
        state.selectedEventProperty().addListener((obs, old, now) -> {
            if (old.intValue() >= 0 && now.intValue() < 0) {
                share[0] = listAndDetail.getDividerPositions()[0];
            } else if (old.intValue() < 0 && now.intValue() >= 0) {
                listAndDetail.setDividerPositions(share[0]);
            }
        });
    }

    /**
     * "dataset name — Sirocco", then the briefing file; each with a star while it has unsaved changes.
     */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> {
            String title = Messages.format(messages, "app.title", state.getDataset().name()
                    + (curating.curation().isModified() ? " *" : ""));
            Path file = briefing.getFile();
            if (file != null || briefing.isModified()) {
                title += " \u2014 " + (file == null ? messages.getString("briefing.untitled") : file.getFileName())
                        + (briefing.isModified() ? " *" : "");
            }
            return title;
        }, state.datasetProperty(), briefing.fileProperty(), briefing.modifiedProperty(),
                curating.curation().modifiedProperty());
    }

    /** Shows the start-up problems, if any, over {@code owner}. */
    void reportStartupProblems(Window owner) {
        LoadResult data = startup.data();
        if (!data.problems().isEmpty() || !startup.startupProblems().isEmpty()) {
            ProblemsDialog.create(owner, data, startup.startupProblems(), messages).show();
        }
        if (settings.problem() != null) {
            Alerts.warning(owner, messages.getString("settings.unreadable.header"), Messages.format(
                    messages, settings.setAside() == null ? "settings.unreadable.text"
                            : "settings.unreadable.setAside", settings.problem(), settings.setAside()));
        }
    }

    /** The problems of the dataset shown, which the banner offers while it is open. */
    private void showLoadProblems() {
        LoadResult shown = banner.resultProperty().get();
        if (shown != null) {
            ProblemsDialog.create(root.getScene().getWindow(), shown, List.of(), messages).show();
        }
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", "Shortcut+O", this::chooseDataset);
        Menu recent = new Menu(messages.getString("menu.file.recent"));
        recent.setId("menu-recent");
        // Built as it opens, so that it lists what was opened since and leaves out files that are gone.
        recent.setOnShowing(e -> fillRecentMenu(recent));
        fillRecentMenu(recent);
        MenuItem saveDataset = item("menu.file.saveDataset", "Shortcut+Alt+S", curating::save);
        saveDataset.disableProperty().bind(curating.curation().modifiedProperty().not());
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", () -> {
            if (confirmClose()) {
                root.getScene().getWindow().hide();
            }
        });
        Menu export = new Menu(messages.getString("menu.file.export"), null,
                item("menu.file.export.viewPng", null, actions::exportViewPng),
                new SeparatorMenuItem(),
                item("menu.file.export.briefingPdf", null, () -> actions.exportBriefing(BriefingExport.Format.PDF)),
                item("menu.file.export.briefingPptx", null, () -> actions.exportBriefing(BriefingExport.Format.PPTX)),
                item("menu.file.export.briefingPng", null, () -> actions.exportBriefing(BriefingExport.Format.PNG)));
        export.disableProperty().bind(actions.exportingProperty());
        Menu file = new Menu(messages.getString("menu.file"), null, open, recent, new SeparatorMenuItem(),
                item("menu.file.newBriefing", "Shortcut+N", actions::newBriefing),
                item("menu.file.openBriefing", "Shortcut+Shift+O", actions::open),
                item("menu.file.saveBriefing", "Shortcut+S", actions::save),
                item("menu.file.saveBriefingAs", "Shortcut+Shift+S", actions::saveAs),
                new SeparatorMenuItem(), item("menu.file.import", "Shortcut+I", this::chooseImport), export,
                item("menu.file.exportEvents", null, this::exportEvents),
                item("menu.file.exportChronology", null, this::exportChronology),
                new SeparatorMenuItem(),
                item("menu.file.saveFilters", "Shortcut+Shift+L", this::saveFilters),
                item("menu.file.loadFilters", "Shortcut+L", this::loadFilters),
                new SeparatorMenuItem(), saveDataset, item("menu.file.saveDatasetAs", null, curating::saveAs),
                item("menu.file.openBundled", null, this::openBundled),
                item("menu.file.compare", null, curating::compareWith),
                new SeparatorMenuItem(), quit);
        Menu edit = new Menu(messages.getString("menu.edit"), null,
                undoItem("menu.edit.undo", "menu.edit.undoWhat", "Shortcut+Z", curating.curation().undoTextProperty(),
                        curating::undo),
                undoItem("menu.edit.redo", "menu.edit.redoWhat", "Shortcut+Shift+Z",
                        curating.curation().redoTextProperty(), curating::redo),
                new SeparatorMenuItem(),
                item("menu.edit.newEvent", "Shortcut+E", curating::newEvent),
                selectedItem("menu.edit.editEvent", "F2", curating::editSelected),
                selectedItem("menu.edit.duplicateEvent", "Shortcut+D", curating::duplicateSelected),
                item("menu.edit.delete", "Delete", curating::delete),
                item("menu.edit.changedSince", null, curating::changedSince),
                new SeparatorMenuItem(),
                item("menu.edit.find", "Shortcut+F", this::find),
                item("menu.edit.clearFilters", "Shortcut+Shift+Backspace", filters.model()::clearAll),
                item("menu.edit.clearPick", null, () -> state.setSelection(null)));
        CheckMenuItem showFilters = new CheckMenuItem(messages.getString("menu.view.filters"));
        showFiltersItem = showFilters;
        showFilters.setSelected(true);
        showFilters.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        showFilters.selectedProperty().addListener((obs, old, now) -> setFiltersShown(now));
        CheckMenuItem graticule = new CheckMenuItem(messages.getString("menu.view.graticule"));
        graticule.selectedProperty().bindBidirectional(map.showGraticuleProperty());
        graticule.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        CheckMenuItem sizes = new CheckMenuItem(messages.getString("menu.view.sizeByCasualties"));
        sizes.selectedProperty().bindBidirectional(map.sizeByCasualtiesProperty());
        sizes.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        Menu view = new Menu(messages.getString("menu.view"), null,
                item("menu.view.fitRegion", "Shortcut+0", map::fitRegion),
                item("menu.view.zoomIn", "Shortcut+Equals", () -> map.zoom(1.5)),
                item("menu.view.zoomOut", "Shortcut+Minus", () -> map.zoom(1 / 1.5)),
                item("menu.view.zoomToSelection", "Shortcut+Alt+E", () -> map.zoomToSelection()),
                item("menu.view.zoomToFiltered", "Shortcut+Shift+E", () -> map.zoomToFiltered()),
                new SeparatorMenuItem(), showFilters, graticule, sizes, languageMenu(),
                item("menu.view.nextPane", "F6", () -> panes.move(root.getScene().getFocusOwner(), 1)),
                item("menu.view.previousPane", "Shift+F6", () -> panes.move(root.getScene().getFocusOwner(), -1)),
                new SeparatorMenuItem(),
                item("menu.view.fitTimeline", null, timeline::fitAll),
                item("menu.view.play", "Shortcut+P", timeline.getPlayback()::toggle),
                item("menu.view.clearWindow", null, () -> state.setTimeWindow(null)),
                new SeparatorMenuItem(),
                item("menu.view.addScene", "Shortcut+B", this::addScene),
                item("menu.view.present", "F5", () -> present(0)),
                item("menu.view.presentFromChosen", "Shift+F5", () -> present(Math.max(0, chosenScene()))));
        Menu help = new Menu(messages.getString("menu.help"), null,
                item("menu.help.glossary", "F1", () -> showGlossary(null)),
                item("menu.help.shortcuts", "Shortcut+Slash", this::showShortcuts),
                item("menu.help.about", null, this::about));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** View › Language: each language named in itself; choosing one is remembered and rebuilds the window in it. */
    private Menu languageMenu() {
        Menu menu = new Menu(messages.getString("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Language each : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(each.messages().getString("language.name"));
            item.setId("language-" + each.tag());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(each == language);
            item.setOnAction(e -> {
                settings.update(s -> s.withLanguage(each));
                if (each != language) {
                    // After the menu has closed: the menu bar it belongs to is being replaced.
                    Platform.runLater(() -> switchLanguage(each));
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private ToolBar toolBar() {
        Button fit = button(messages.getString("toolbar.fitRegion"), "toolbar.fitRegion.tip", map::fitRegion);
        fit.setId("fit-region");
        Button zoomIn = button("+", "toolbar.zoomIn.tip", () -> map.zoom(1.5));
        zoomIn.setId("zoom-in");
        Button zoomOut = button("\u2212", "toolbar.zoomOut.tip", () -> map.zoom(1 / 1.5));
        zoomOut.setId("zoom-out");
        Button toSelection = button(messages.getString("toolbar.zoomToSelection"), "toolbar.zoomToSelection.tip",
                () -> map.zoomToSelection());
        toSelection.setId("zoom-to-selection");
        toSelection.disableProperty().bind(Bindings.createBooleanBinding(
                () -> state.getSelection().count() == 0 && state.getSelectedEvent() < 0,
                state.selectionProperty(), state.selectedEventProperty()));
        Button toFiltered = button(messages.getString("toolbar.zoomToFiltered"), "toolbar.zoomToFiltered.tip",
                () -> map.zoomToFiltered());
        toFiltered.setId("zoom-to-filtered");
        Button allTime = button(messages.getString("toolbar.fitTimeline"), "toolbar.fitTimeline.tip",
                timeline::fitAll);
        Button clear = button(messages.getString("toolbar.clearWindow"), "toolbar.clearWindow.tip",
                () -> state.setTimeWindow(null));
        clear.setId("clear-window");
        clear.disableProperty().bind(state.timeWindowProperty().isNull());
        Region spring = new Region();
        javafx.scene.layout.HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(fit, zoomIn, zoomOut, toSelection, toFiltered, new Separator(), allTime, clear, spring);
    }

    private Button button(String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(messages.getString(tipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** An item acting on the selected event, disabled while none is. */
    private MenuItem selectedItem(String key, String accelerator, Runnable action) {
        MenuItem item = item(key, accelerator, action);
        item.disableProperty().bind(state.selectedEventProperty().lessThan(0));
        return item;
    }

    /** Undo or Redo, saying what it will do ("Undo delete of 3 events"), disabled when there is nothing to do. */
    private MenuItem undoItem(String key, String whatKey, String accelerator, ReadOnlyStringProperty what,
            Runnable action) {
        MenuItem item = item(key, accelerator, action);
        item.textProperty().bind(Bindings.createStringBinding(() -> what.get() == null ? messages.getString(key)
                : Messages.format(messages, whatKey, what.get()), what));
        item.disableProperty().bind(what.isNull());
        return item;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.getString(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The current view as a scene: window, filters, map extent and highlighted events. */
    private BriefingScene captureScene(String name) {
        MapExtent extent = map.getViewport() == null || map.contentWidth() <= 0 ? null
                : MapExtent.of(map.getViewport(), map.contentWidth(), map.contentHeight(), map.getProjection());
        return SceneState.capture(state, name, extent, "");
    }

    /** Shows a scene in the main window, framing its window on the timeline. */
    void showScene(BriefingScene scene) {
        int missing = SceneState.apply(scene, state);
        if (scene.extent() == null) {
            map.fitRegion();
        } else {
            map.setViewport(scene.extent().viewport(map.contentWidth(), map.contentHeight(), map.getProjection()));
        }
        timeline.setVisibleRange(timeline.framing(state.getTimeWindow()));
        if (missing == 0) {
            statusBar.setActivity(null);
        } else {
            statusBar.notice(Messages.format(messages, "briefing.missingEvents", missing));
        }
    }

    private void addScene() {
        showScenePanel();
        scenePanel().addScene();
    }

    /** Presents the briefing full screen from scene {@code first}. */
    void present(int first) {
        if (briefing.getScenes().isEmpty()) {
            statusBar.notice(messages.getString("briefing.nothingToPresent"));
            return;
        }
        PresentationView view = new PresentationView(state.getDataset(), map, briefing.getScenes(), messages);
        view.setId("presentation");
        PresentationWindow.open(root.getScene().getWindow(), view, first, root.getStylesheets());
    }

    /**
     * Asks whether to stop an export still being drawn and what to do with unsaved briefing changes, if any.
     *
     * @return true when the window may close
     */
    public boolean confirmClose() {
        return actions.confirmStopExport() && curating.confirmClose() && actions.confirmClose();
    }

    BriefingActions briefingActions() {
        return actions;
    }

    CurationActions curationActions() {
        return curating;
    }

    private SceneRenderer renderer() {
        return new SceneRenderer(state.getDataset(), map, messages, root.getStylesheets());
    }

    /** The scene panel, put in the briefing tab on first use. */
    private ScenePanel scenePanel() {
        if (scenes == null) {
            scenes = new ScenePanel(briefing, this::captureScene, messages);
            scenes.setId("scenes");
            scenes.setOnShow(this::showScene);
            scenes.setOnPresent(() -> present(Math.max(0, chosenScene())));
            scenesTab.setContent(scenes);
        }
        return scenes;
    }

    /** The scene chosen in the scene panel, or -1 (also before the panel is first opened). */
    private int chosenScene() {
        return scenes == null ? -1 : scenes.chosenIndex();
    }

    private void showScenePanel() {
        setFiltersShown(true);
        side.getSelectionModel().select(1);
    }

    /** Ctrl+F: the search box, showing the filter panel if it was hidden. */
    private void find() {
        setFiltersShown(true);
        side.getSelectionModel().select(filtersTab);
        filters.focusSearch();
    }

    private void setFiltersShown(boolean shown) {
        if (shown == main.getItems().contains(side)) {
            return;
        }
        double[] dividers = main.getDividerPositions();
        if (shown) {
            main.getItems().add(0, side);
            main.setDividerPositions(0.185, dividers[0]);
        } else {
            main.getItems().remove(side);
            main.setDividerPositions(dividers[1]);
        }
    }

    private FileChooser filterChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("filters.fileType"),
                "*.json"));
        return chooser;
    }

    /** Saves the filters and the time window as JSON, written whole or not at all. */
    private void saveFilters() {
        FileChooser chooser = filterChooser("filters.save.title");
        chooser.setInitialFileName(messages.getString("filters.save.defaultName"));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        try {
            FilterFile.save(chosen.toPath(), state.getFilter(), state.getTimeWindow());
            statusBar.notice(Messages.format(messages, "filters.saved", chosen.getName()));
        } catch (IOException e) {
            error(Messages.format(messages, "filters.save.failed", chosen), e.getMessage());
        }
    }

    /** Restores saved filters and time window; what the file gets wrong is reported, the rest applied. */
    private void loadFilters() {
        File chosen = filterChooser("filters.load.title").showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            loadFilters(chosen.toPath());
        }
    }

    void loadFilters(Path file) {
        FilterFile.Loaded loaded;
        try {
            loaded = FilterFile.load(file);
        } catch (IOException e) {
            error(Messages.format(messages, "filters.load.failed", file), e.getMessage());
            return;
        }
        // Groups no event of this dataset names would silently empty every view: reported and left out instead.
        List<String> problems = new ArrayList<>(loaded.problems());
        Set<String> actors = new LinkedHashSet<>();
        for (String actor : loaded.filter().actors()) {
            if (state.store().withActor(actor).count() > 0) {
                actors.add(actor);
            } else {
                problems.add(Messages.format(messages, "filters.load.unknownActor", actor));
            }
        }
        state.setFilter(loaded.filter().withActors(actors));
        state.setTimeWindow(loaded.window());
        statusBar.notice(Messages.format(messages, "filters.loaded", file.getFileName()));
        if (!problems.isEmpty()) {
            Alerts.problems(root.getScene().getWindow(), Messages.format(
                    messages, "filters.load.problems", file.getFileName()), problems);
        }
    }

    private void error(String header, String text) {
        Alerts.error(root.getScene().getWindow(), header, text);
    }

    private void chooseDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("open.filter"),
                "*.json"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** File › Open recent: the datasets, then the briefings, opened lately and still there. */
    private void fillRecentMenu(Menu menu) {
        menu.getItems().clear();
        for (RecentFile.Kind kind : RecentFile.Kind.values()) {
            List<MenuItem> items = new ArrayList<>();
            for (Path file : settings.get().recent(kind)) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                MenuItem item = new MenuItem(Messages.format(messages, "menu.file.recent.item",
                        file.getFileName(), file.getParent()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> {
                    if (kind == RecentFile.Kind.DATASET) {
                        open(file);
                    } else {
                        actions.open(file);
                    }
                });
                items.add(item);
            }
            if (!items.isEmpty() && !menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(items);
        }
        MenuItem clear = item("menu.file.recent.clear", null, () -> settings.update(Settings::withoutRecent));
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.getString("menu.file.recent.none"));
            none.setDisable(true);
            clear.setDisable(true);
            menu.getItems().add(none);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    /** What an opened file turned out to be, read off the UI thread. */
    private record Opened(FileKind kind, LoadResult result) {
    }

    /**
     * Reads an events file in the background, then shows it and its problems. A file that is not an events file, or
     * of which no event could be read, leaves the dataset shown as it was and says what the file seems to be; a
     * briefing or a saved filters file given here is opened as what it is.
     */
    public void open(Path file) {
        DatasetReader reader = new DatasetReader(startup.actors().names());
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() throws IOException {
                FileKind kind = FileKind.of(file);
                boolean events = kind == FileKind.EVENTS || kind == FileKind.OTHER_JSON;
                return new Opened(kind, events ? reader.read(file) : null);
            }
        };
        statusBar.setActivity(Messages.format(messages, "status.loading", file.getFileName()));
        task.setOnSucceeded(e -> {
            statusBar.setActivity(null);
            Opened opened = task.getValue();
            switch (opened.kind()) {
                case BRIEFING -> actions.open(file);
                case FILTERS -> loadFilters(file);
                case EVENTS, OTHER_JSON -> show(file, opened.result());
                default -> error(Messages.format(messages, "open.notDataset", file.getFileName()),
                        messages.getString("open.kind." + opened.kind().name()));
            }
        });
        task.setOnFailed(e -> {
            statusBar.setActivity(null);
            error(Messages.format(messages, "open.failed", file),
                    String.valueOf(task.getException().getMessage()));
        });
        Thread worker = new Thread(task, "open-dataset");
        worker.setDaemon(true);
        worker.start();
    }

    /** Shows a dataset just read, unless nothing of it could be read: then the one shown stays. */
    private void show(Path file, LoadResult result) {
        show(file, result, null);
    }

    /** As {@link #show(Path, LoadResult)}, then runs {@code then} once it is shown (not when it is not). */
    private void show(Path file, LoadResult result, Runnable then) {
        if (!result.nothingRead() && !curating.confirmClose()) {
            return;
        }
        if (result.nothingRead()) {
            Alert refused = ProblemsDialog.create(root.getScene().getWindow(), result, List.of(), messages);
            refused.setHeaderText(Messages.format(messages, "open.nothingRead", file.getFileName(),
                    state.getDataset().name()));
            refused.show();
            return;
        }
        state.setDataset(result.dataset());
        datasetFile = file;
        curating.curation().opened(file, catalogFor(result.dataset()));
        banner.resultProperty().set(result);
        map.fitData();
        settings.update(s -> s.withRecent(file, RecentFile.Kind.DATASET));
        if (!result.isClean()) {
            ProblemsDialog.create(root.getScene().getWindow(), result, List.of(), messages).show();
        }
        if (then != null) {
            then.run();
        }
    }

    /** File › Open the bundled dataset: back to the dataset that came with the app, after a copy was saved. */
    void openBundled() {
        if (!curating.confirmClose()) {
            return;
        }
        LoadResult bundled = Startup.loadDataset(startup.actors(), null);
        state.setDataset(bundled.dataset());
        datasetFile = null;
        curating.curation().opened(null, catalogFor(bundled.dataset()));
        banner.resultProperty().set(bundled);
        map.fitData();
    }

    /**
     * Offers to restore the edits a crash or a kill left unsaved, from the recovery journal: the dataset they were
     * made to is opened if another is shown, and the changes are applied as one step that can be undone.
     */
    void offerRecovery() {
        Path journal = RecoveryJournal.in(curating.dataFolder());
        if (!Files.exists(journal)) {
            return;
        }
        UnsavedChanges changes;
        try {
            changes = RecoveryJournal.read(journal, startup.actors().names(), java.time.LocalDate.now());
        } catch (IOException e) {
            Alerts.warning(root.getScene().getWindow(), messages.getString("dataset.recover.header"),
                    Messages.format(messages, "dataset.recover.unreadable", journal, e.getMessage()));
            return;
        }
        ButtonType restore = new ButtonType(messages.getString("dataset.recover.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.getString("dataset.recover.discard"), ButtonBar.ButtonData.NO);
        String where = changes.dataset() == null ? messages.getString("dataset.bundled") : changes.dataset();
        ButtonType answer = Alerts.ask(root.getScene().getWindow(), "recover-dialog",
                messages.getString("dataset.recover.header"), Messages.format(
                        messages, "dataset.recover.text", changes.events().size(),
                        changes.deleted().size(), where), restore, discard);
        if (answer != restore) {
            try {
                RecoveryJournal.delete(journal);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the recovery journal could not be removed", e);
            }
            return;
        }
        Runnable apply = () -> curating.curation().apply(new RestoreChanges(changes));
        Path shown = datasetFile;
        if (changes.dataset() == null ? shown == null : Path.of(changes.dataset()).equals(shown)) {
            apply.run();
        } else if (changes.dataset() == null) {
            openBundled();
            apply.run();
        } else {
            Path file = Path.of(changes.dataset());
            show(file, new DatasetReader(startup.actors().names()).read(file), apply);
        }
    }

    /** Starts keeping the recovery journal of unsaved edits, until {@link #closeJournal()}. */
    void keepJournal() {
        journal = new JournalKeeper(curating.curation(), RecoveryJournal.in(curating.dataFolder()));
    }

    /** Writes the journal's last changes and stops it; changes the user chose not to save leave none. */
    void closeJournal() {
        if (journal == null) {
            return;
        }
        journal.close();
        if (curating.discarded()) {
            try {
                RecoveryJournal.delete(journal.file());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the recovery journal could not be removed", e);
            }
        }
    }

    /** The glossary with the actors {@code dataset} describes itself (those an import added). */
    private ActorCatalog catalogFor(Dataset dataset) {
        List<Actor> all = new ArrayList<>(startup.actors().all());
        all.addAll(dataset.actors());
        return new ActorCatalog(all);
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("import.chooser.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.getString("import.chooser.all"),
                "*.csv", "*.txt", "*.geojson", "*.json", "*.kml", "*.kmz"), new FileChooser.ExtensionFilter("*", "*"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            importFile(chosen.toPath());
        }
    }

    /** File › Import…: previews {@code file} as events, then imports it as a dataset or into the one shown. */
    void importFile(Path file) {
        ImportDriver driver;
        try {
            driver = ImportDrivers.identify(file).orElse(null);
        } catch (IOException e) {
            error(Messages.format(messages, "open.failed", file), e.getMessage());
            return;
        }
        if (driver == null) {
            error(Messages.format(messages, "import.unknown", file.getFileName()), "");
            return;
        }
        new ImportDialog(root.getScene().getWindow(), file, driver, importContext(), state.getDataset(), messages,
                this::open).show();
    }

    /** What imports are checked against: the glossary and the base map's countries. */
    private ImportContext importContext() {
        CountryLocator countries = startup.basemap() == null ? null : new CountryLocator(startup.basemap());
        GeoProjection projection = map.getProjection();
        return new ImportContext(startup.actors(), (lat, lon) -> {
            if (countries == null) {
                return null;
            }
            double[] xy = projection.project(lon, lat);
            return countries.countryAt(xy[0], xy[1]);
        }, LocalDate.now());
    }

    /** File › Export events…: the events shown or the whole dataset, as CSV, GeoJSON or KML. */
    private void exportEvents() {
        Dataset dataset = state.getDataset();
        String shownChoice = Messages.format(messages, "export.events.shown",
                state.getVisible().count());
        String allChoice = Messages.format(messages, "export.events.all", dataset.store().size());
        ChoiceDialog<String> which = new ChoiceDialog<>(shownChoice, shownChoice, allChoice);
        which.initOwner(root.getScene().getWindow());
        which.setTitle(messages.getString("export.events.title"));
        which.setHeaderText(messages.getString("export.events.which"));
        String answer = which.showAndWait().orElse(null);
        if (answer == null) {
            return;
        }
        EventSelection events = answer.equals(allChoice) ? dataset.store().all() : state.getVisible();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("export.events.title"));
        Map<FileChooser.ExtensionFilter, ExportFormat> formats = new LinkedHashMap<>();
        for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.GEOJSON, ExportFormat.KML)) {
            formats.put(new FileChooser.ExtensionFilter(messages.getString("export.events." + f.extension()),
                    "*." + f.extension()), f);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        chooser.setInitialFileName(dataset.name().replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv");
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        ExportFormat format = ExportFormat.ofFile(target).orElse(formats.get(chooser.getSelectedExtensionFilter()));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                EventExport.write(format, target, dataset, events, null, null, Chronology.PageSize.A4, messages);
                return null;
            }
        };
        task.setOnSucceeded(e -> statusBar.notice(Messages.format(messages, "export.events.done",
                events.count(), target.getFileName())));
        task.setOnFailed(e -> error(Messages.format(messages, "export.events.failed", target),
                String.valueOf(task.getException().getMessage())));
        Thread worker = new Thread(task, "export-events");
        worker.setDaemon(true);
        worker.start();
    }

    /** File › Export chronology…: the events shown as a printable table (PDF, A4 or Letter) or as CSV. */
    private void exportChronology() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("export.chronology.title"));
        FileChooser.ExtensionFilter a4 = new FileChooser.ExtensionFilter(
                messages.getString("export.chronology.a4"), "*.pdf");
        FileChooser.ExtensionFilter letter = new FileChooser.ExtensionFilter(
                messages.getString("export.chronology.letter"), "*.pdf");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(
                messages.getString("export.chronology.csv"), "*.csv");
        chooser.getExtensionFilters().addAll(a4, letter, csv);
        chooser.setInitialFileName(messages.getString("export.chronology.defaultName"));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        boolean asCsv = chooser.getSelectedExtensionFilter() == csv
                || target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        Chronology.PageSize page = chooser.getSelectedExtensionFilter() == letter ? Chronology.PageSize.LETTER
                : Chronology.PageSize.A4;
        Dataset dataset = state.getDataset();
        EventSelection shown = state.getVisible();
        String filters = Chronology.describe(state.getFilter(), messages);
        TimeWindow window = state.getTimeWindow();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                EventExport.write(asCsv ? ExportFormat.CHRONOLOGY_CSV : ExportFormat.CHRONOLOGY_PDF, target, dataset,
                        shown, filters, window, page, messages);
                return null;
            }
        };
        task.setOnSucceeded(e -> statusBar.notice(Messages.format(messages, "export.events.done",
                shown.count(), target.getFileName())));
        task.setOnFailed(e -> error(Messages.format(messages, "export.events.failed", target),
                String.valueOf(task.getException().getMessage())));
        Thread worker = new Thread(task, "export-chronology");
        worker.setDaemon(true);
        worker.start();
    }

    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, messages.getString("about.text"));
        about.setTitle(messages.getString("about.title"));
        about.setHeaderText(Messages.format(messages, "about.header", messages.getString("app.name"),
                Main.version()));
        about.initOwner(root.getScene().getWindow());
        about.show();
    }
}
