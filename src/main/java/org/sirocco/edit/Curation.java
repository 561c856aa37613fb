package org.sirocco.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.state.ViewState;

/**
 * The curation of the dataset shown: where it comes from (a file, or the bundled dataset), its undo and redo
 * history, and whether it has changes no file holds. Edits go through {@link #apply}; each new version is shown in
 * the shared view state at once, keeping what the user filters and selects. The history starts with the first edit
 * (copying the events to edit costs nothing until then) and ends when another dataset is opened. Used on the
 * JavaFX application thread.
 */
public final class Curation {

    private final ViewState state;
    private ResourceBundle messages;
    private final ReadOnlyObjectWrapper<ActorCatalog> actors = new ReadOnlyObjectWrapper<>(this, "actors",
            ActorCatalog.EMPTY);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private UndoRedoHandler handler;
    /** The events and actor names as the file holds them, by id: what unsaved changes are measured against. */
    private Map<String, Event> saved = Map.of();
    private Set<String> savedActors = Set.of();

    public Curation(ViewState state, ResourceBundle messages) {
        this.state = state;
        this.messages = messages;
    }

    /** Names the edits (in Edit › Undo and Redo) in the language of {@code value}, the history kept. */
    public void setMessages(ResourceBundle value) {
        messages = value;
        if (handler != null) {
            handler.setMessages(value);
        }
    }

    /** Starts over on the dataset now shown, read from {@code from} (null: the bundled dataset), nothing unsaved. */
    public void opened(Path from, ActorCatalog catalog) {
        handler = null;
        undoText.unbind();
        redoText.unbind();
        modified.unbind();
        file.set(from);
        actors.set(catalog);
        undoText.set(null);
        redoText.set(null);
        modified.set(false);
        revision.set(revision.get() + 1);
    }

    /** Whether the dataset shown can be edited: a dataset too large to hold in memory is edited in its file. */
    public boolean isEditable() {
        return state.store().detailsInMemory();
    }

    /** The events as they are now, to edit; made from the dataset shown on first use. */
    public EditableDataset data() {
        return handler().data();
    }

    /** Whether anything was edited since the dataset was opened (its events are then held here). */
    public boolean hasEdits() {
        return handler != null;
    }

    /** Applies a change and shows the result. */
    public void apply(Command c) {
        handler().apply(c);
    }

    public void undo() {
        if (handler != null) {
            handler.undo();
        }
    }

    public void redo() {
        if (handler != null) {
            handler.redo();
        }
    }

    /** Records that {@code to} now holds the dataset as it is. */
    public void saved(Path to) {
        file.set(to);
        if (handler != null) {
            handler.saved();
            rememberSaved();
        }
        revision.set(revision.get() + 1);
    }

    /** What the dataset has that its file does not (nothing before the first edit). */
    public UnsavedChanges unsavedChanges() {
        String dataset = file.get() == null ? null : file.get().toString();
        if (handler == null) {
            return new UnsavedChanges(dataset, List.of(), List.of(), List.of());
        }
        EditableDataset data = handler.data();
        List<Event> changed = new ArrayList<>();
        for (Event e : data.events()) {
            if (saved.get(e.id()) != e) {
                changed.add(e);
            }
        }
        List<String> deleted = saved.keySet().stream().filter(id -> !data.contains(id)).sorted().toList();
        List<Actor> actors = data.actors().all().stream().filter(a -> !savedActors.contains(a.name())).toList();
        return new UnsavedChanges(dataset, changed, deleted, actors);
    }

    private void rememberSaved() {
        Map<String, Event> byId = new HashMap<>();
        handler.data().events().forEach(e -> byId.put(e.id(), e));
        saved = byId;
        savedActors = handler.data().actors().names();
    }

    /** The file the dataset was read from or last saved to; null for the bundled dataset. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The catalogue as it is now. */
    public ActorCatalog actors() {
        return actors.get();
    }

    /** The catalogue names come from, with the actors added while editing. */
    public ReadOnlyObjectProperty<ActorCatalog> actorsProperty() {
        return actors.getReadOnlyProperty();
    }

    /** What undo will do, or null. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** What redo will do, or null. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True while there are changes no file holds. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** Changes at every edit, undo and redo, and when another dataset is opened. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private UndoRedoHandler handler() {
        if (handler == null) {
            if (!isEditable()) {
                throw new IllegalStateException("the dataset is too large to edit in memory");
            }
            handler = new UndoRedoHandler(EditableDataset.of(state.getDataset(), actors.get()), messages,
                    this::show);
            rememberSaved();
            undoText.bind(handler.undoTextProperty());
            redoText.bind(handler.redoTextProperty());
            modified.bind(handler.modifiedProperty());
        }
        return handler;
    }

    /** Shows a new version in every view; the event just added or changed becomes the one selected. */
    private void show(UndoRedoHandler.Changed changed) {
        state.replaceDataset(changed.dataset());
        actors.set(handler.data().actors());
        revision.set(revision.get() + 1);
        boolean addedOrChanged = changed.command() instanceof AddEvent || changed.command() instanceof ChangeEvent;
        if (addedOrChanged && !changed.undone()) {
            state.setSelectedEvent(state.store().indexOf(changed.command().eventIds().get(0)));
        }
    }

    /** The dataset shown, as a file would hold it. */
    public Dataset current() {
        return state.getDataset();
    }
}
