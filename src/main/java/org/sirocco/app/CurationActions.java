package org.sirocco.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.edit.Curation;
import org.sirocco.edit.AddActor;
import org.sirocco.edit.AddEvent;
import org.sirocco.edit.ChangeEvent;
import org.sirocco.edit.DatasetDiff;
import org.sirocco.edit.DeleteEvents;
import org.sirocco.edit.EventDraft;
import org.sirocco.edit.ui.CompareWindow;
import org.sirocco.edit.ui.EditorContext;
import org.sirocco.edit.ui.EventEditor;
import org.sirocco.geo.Basemap;
import org.sirocco.geo.CountryLocator;
import org.sirocco.geo.Gazetteer;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.io.GazetteerReader;
import org.sirocco.edit.io.DatasetSaver;
import org.sirocco.edit.io.UserActors;
import org.sirocco.i18n.Messages;
import org.sirocco.io.FileNames;
import org.sirocco.settings.DataFolder;
import org.sirocco.state.ViewState;

/**
 * The dataset's edit and file commands of the main window: undo, redo and delete, save and save as, and the
 * questions they ask. Every change goes through the {@link Curation}, so that it can be undone.
 */
final class CurationActions {

    private static final System.Logger LOG = System.getLogger(CurationActions.class.getName());

    private final Curation curation;
    private final ViewState state;
    private final Briefing briefing;
    private final ResourceBundle messages;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final Supplier<List<Integer>> chosenInList;
    private Path dataFolder = DataFolder.get();
    private Supplier<Basemap> basemap = () -> null;
    private CountryLocator countries;
    private GeographyCheck geography;
    private Gazetteer gazetteer;
    private EventEditor editor;
    private boolean discarded;

    /** @param chosenInList the events of the rows chosen in the event list */
    CurationActions(Curation curation, ViewState state, Briefing briefing, ResourceBundle messages, StatusBar status,
            Supplier<Window> owner, Supplier<List<Integer>> chosenInList) {
        this.curation = curation;
        this.state = state;
        this.briefing = briefing;
        this.messages = messages;
        this.status = status;
        this.owner = owner;
        this.chosenInList = chosenInList;
    }

    Curation curation() {
        return curation;
    }

    /** Where the user's copy of the bundled dataset, the added actors and the recovery journal go. */
    void setDataFolder(Path folder) {
        dataFolder = folder;
    }

    Path dataFolder() {
        return dataFolder;
    }

    /** The user's copy of the bundled dataset, which the app opens once it exists. */
    Path userCopy() {
        return dataFolder.resolve(DataFolder.DATASET);
    }

    /**
     * Saves to the dataset's file. The bundled dataset is never written in place: the first save offers a copy in
     * the user's data folder (or another file). False when nothing was saved.
     */
    boolean save() {
        Path file = curation.getFile();
        if (file != null) {
            return save(file);
        }
        ButtonType copy = new ButtonType(messages.getString("dataset.save.copy"), ButtonBar.ButtonData.YES);
        ButtonType elsewhere = new ButtonType(messages.getString("dataset.save.elsewhere"), ButtonBar.ButtonData.OTHER);
        ButtonType answer = Alerts.ask(owner.get(), "save-copy-dialog", messages.getString("dataset.save.bundled"),
                Messages.format(messages, "dataset.save.bundled.text", userCopy()), copy, elsewhere,
                ButtonType.CANCEL);
        return answer == copy ? save(userCopy()) : answer == elsewhere && saveAs();
    }

    boolean saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("dataset.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("open.filter"),
                "*.json"));
        chooser.setInitialFileName(curation.getFile() == null ? DataFolder.DATASET
                : curation.getFile().getFileName().toString());
        File chosen = chooser.showSaveDialog(owner.get());
        return chosen != null && save(FileNames.withExtension(chosen.toPath(), ".json"));
    }

    /** Writes the dataset to {@code file} (the old version kept as NAME.bak) and the actors added to the catalogue. */
    boolean save(Path file) {
        Dataset shown = state.getDataset();
        try {
            List<Event> events = curation.hasEdits() ? curation.data().events() : shown.store().events();
            DatasetSaver.save(file, shown.name(), shown.synthetic(), shown.actors(), events);
            UserActors.save(dataFolder, curation.unsavedChanges().actors());
            curation.saved(file);
            status.notice(Messages.format(messages, "dataset.saved", file.getFileName()));
            return true;
        } catch (IOException e) {
            Alerts.error(owner.get(), Messages.format(messages, "dataset.save.failed", file),
                    BriefingActions.describe(e, messages));
            return false;
        }
    }

    /**
     * Asks what to do with unsaved dataset changes: save them, drop them, or stay.
     *
     * @return true when it is fine to go on (saved, dropped, or nothing to lose)
     */
    boolean confirmClose() {
        discarded = false;
        if (!curation.isModified()) {
            return true;
        }
        ButtonType save = new ButtonType(messages.getString("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.getString("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType answer = Alerts.ask(owner.get(), "unsaved-dataset-dialog",
                Messages.format(messages, "unsaved.header", state.getDataset().name()),
                messages.getString("dataset.unsaved.text"), save, discard, ButtonType.CANCEL);
        if (answer == save) {
            return save();
        }
        discarded = answer == discard;
        return discarded;
    }

    /** Whether the last question about unsaved changes was answered "Don't save": their journal is not kept. */
    boolean discarded() {
        return discarded;
    }

    void undo() {
        curation.undo();
    }

    void redo() {
        curation.redo();
    }

    /**
     * Deletes the events of the rows chosen in the list (several with Shift or Ctrl), else the selected event. When a
     * scene of the open briefing highlights one of them, says which scenes and asks first.
     */
    void delete() {
        Set<Integer> targets = new LinkedHashSet<>(chosenInList.get());
        if (targets.isEmpty() && state.getSelectedEvent() >= 0) {
            targets.add(state.getSelectedEvent());
        }
        if (targets.isEmpty() || !editable()) {
            return;
        }
        EventStore store = state.store();
        List<Event> events = new ArrayList<>();
        targets.forEach(i -> events.add(store.event(i)));
        if (!confirmDeletingHighlighted(events)) {
            return;
        }
        curation.apply(new DeleteEvents(events));
        status.notice(Messages.format(messages, "edit.deleted", events.size()));
    }

    /** True when no scene highlights these events, or the user agrees to delete them all the same. */
    private boolean confirmDeletingHighlighted(List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.id()));
        List<String> scenes = new ArrayList<>();
        for (BriefingScene scene : briefing.getScenes()) {
            if (scene.highlighted().stream().anyMatch(ids::contains)) {
                scenes.add(scene.name());
            }
        }
        if (scenes.isEmpty()) {
            return true;
        }
        ButtonType delete = new ButtonType(messages.getString("edit.delete.highlighted.delete"),
                ButtonBar.ButtonData.YES);
        return Alerts.ask(owner.get(), "delete-highlighted-dialog", Messages.format(
                messages, "edit.delete.highlighted.header", events.size(), scenes.size()),
                Messages.format(messages, "edit.delete.highlighted.text", String.join("\n", scenes)),
                delete, ButtonType.CANCEL) == delete;
    }

    /** File › Compare with…: another version of the dataset against the one shown. */
    void compareWith() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("compare.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("open.filter"),
                "*.json", "*.bak"));
        if (curation.getFile() != null) {
            chooser.setInitialDirectory(curation.getFile().toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            compareWith(chosen.toPath());
        }
    }

    /** Lists what changed from {@code other} to the dataset shown; null when {@code other} gives no event. */
    CompareWindow compareWith(Path other) {
        LoadResult read = new DatasetReader(Set.of()).read(other);
        if (read.nothingRead()) {
            Alerts.problems(owner.get(), Messages.format(messages, "compare.failed", other),
                    read.problems().stream().map(Object::toString).toList());
            return null;
        }
        DatasetDiff diff = DatasetDiff.between(read.dataset().store().events(), state.store().events());
        CompareWindow window = new CompareWindow(diff, other.getFileName().toString(), messages,
                id -> state.setSelectedEvent(state.store().indexOf(id)));
        window.show(owner.get(), owner.get().getScene().getRoot().getStylesheets());
        return window;
    }

    /** Edit › Show events added or changed since…: a filter on the history the editor records. */
    void changedSince() {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle(messages.getString("since.title"));
        ask.setHeaderText(messages.getString("since.header"));
        LocalDate current = state.getFilter().changedSince();
        DatePicker day = new DatePicker(current != null ? current : LocalDate.now().minusMonths(1));
        day.setId("since-day");
        ask.getDialogPane().setContent(day);
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        if (ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK && day.getValue() != null) {
            state.setFilter(state.getFilter().withChangedSince(day.getValue()));
        }
    }

    /** Edit › New event: an empty event in the editor. */
    void newEvent() {
        openEditor(EventDraft.blank());
    }

    /** A new event at a point of the map: its first place filled from the point (right click › New event here). */
    void newEventAt(double lon, double lat) {
        EventDraft draft = EventDraft.blank();
        draft.places.set(0, placeAt(lon, lat));
        openEditor(draft);
    }

    /** Edit › Edit event, the detail panel's Edit button and a double click in the list: the event in the editor. */
    void edit(int index) {
        if (index >= 0) {
            openEditor(EventDraft.of(state.store().event(index)));
        }
    }

    void editSelected() {
        edit(state.getSelectedEvent());
    }

    /** Edit › Duplicate event: a new event starting as a copy of the selected one, with an id of its own. */
    void duplicateSelected() {
        if (state.getSelectedEvent() >= 0) {
            openEditor(EventDraft.copyOf(state.store().event(state.getSelectedEvent())));
        }
    }

    /** The open editor, or null: one at a time. */
    EventEditor editor() {
        return editor != null && editor.stage().isShowing() ? editor : null;
    }

    /** Whether the next click on the map adds a place to the open editor's event. */
    boolean isPicking() {
        return editor() != null && editor.pickingProperty().get();
    }

    /** A click on the map while picking: the point becomes a place of the event in the editor. */
    void picked(double lon, double lat) {
        if (isPicking()) {
            editor.addPlace(placeAt(lon, lat));
            editor.stage().toFront();
        }
    }

    private void openEditor(EventDraft draft) {
        if (!editable()) {
            return;
        }
        if (editor() != null) {
            editor.stage().toFront();
            return;
        }
        EditorContext context = new EditorContext(messages, curation::actors, state::store,
                id -> state.store().indexOf(id) >= 0, place -> geography().problem(place), this::placesNamed,
                actor -> curation.apply(new AddActor(actor)),
                id -> state.setSelectedEvent(state.store().indexOf(id)), this::saveFromEditor, LocalDate::now);
        editor = new EventEditor(draft, context);
        editor.show(owner.get(), owner.get().getScene().getRoot().getStylesheets());
    }

    /** A change if the event is there (even after an undo since the editor opened), else an addition. */
    private void saveFromEditor(Event e) {
        Event before = state.store().indexOf(e.id()) >= 0 ? state.store().event(state.store().indexOf(e.id())) : null;
        curation.apply(before == null ? new AddEvent(e) : new ChangeEvent(before, e));
        status.notice(Messages.format(messages, before == null ? "edit.saved.new"
                : "edit.saved.change", e.title()));
    }

    /** The warnings follow the dataset while the editor is open. */
    void datasetChanged() {
        if (editor() != null) {
            editor.recheck();
        }
    }

    /** A place at a point: its coordinates, the country under it and the nearest gazetteer town's name. */
    private EventDraft.PlaceDraft placeAt(double lon, double lat) {
        EventDraft.PlaceDraft p = new EventDraft.PlaceDraft();
        p.lat = String.format(Locale.ROOT, "%.4f", lat);
        p.lon = String.format(Locale.ROOT, "%.4f", lon);
        double[] xy = GeoProjection.region().project(lon, lat);
        String country = countries().countryAt(xy[0], xy[1]);
        p.country = country == null ? "" : country;
        int near = gazetteer().nearest(lon, lat);
        if (near >= 0) {
            p.name = gazetteer().name(near);
        }
        return p;
    }

    private List<EventDraft.PlaceDraft> placesNamed(String typed) {
        List<EventDraft.PlaceDraft> found = new ArrayList<>();
        Gazetteer g = gazetteer();
        for (int i : g.startingWith(typed, 12)) {
            EventDraft.PlaceDraft p = new EventDraft.PlaceDraft();
            p.name = g.name(i);
            p.country = g.country(i);
            p.lat = String.format(Locale.ROOT, "%.4f", g.lat(i));
            p.lon = String.format(Locale.ROOT, "%.4f", g.lon(i));
            found.add(p);
        }
        return found;
    }

    /** The base map's countries the editor checks places against: the detailed map once it has loaded. */
    void setBasemap(Supplier<Basemap> basemap) {
        this.basemap = basemap;
    }

    private CountryLocator countries() {
        if (countries == null) {
            countries = new CountryLocator(basemap.get());
            geography = new GeographyCheck(countries);
        }
        return countries;
    }

    private GeographyCheck geography() {
        countries();
        return geography;
    }

    /** Read the first time the editor needs it: start-up never pays for it. */
    private Gazetteer gazetteer() {
        if (gazetteer == null) {
            try (InputStream in = CurationActions.class.getResourceAsStream(Startup.GAZETTEER)) {
                gazetteer = in == null ? new Gazetteer(new String[0], new String[0], new float[0], new float[0])
                        : GazetteerReader.read(in, "gazetteer.json");
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the gazetteer could not be read", e);
                gazetteer = new Gazetteer(new String[0], new String[0], new float[0], new float[0]);
            }
        }
        return gazetteer;
    }

    /** Whether the dataset shown can be edited here; says why not when it cannot. */
    boolean editable() {
        if (curation.isEditable()) {
            return true;
        }
        Alerts.error(owner.get(), messages.getString("edit.tooLarge.header"), Messages.format(
                messages, "edit.tooLarge.text", state.store().size()));
        return false;
    }
}
