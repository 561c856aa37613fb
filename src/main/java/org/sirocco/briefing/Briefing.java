package org.sirocco.briefing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The briefing being edited: a title and an ordered list of scenes, the file it was last saved to, and whether it
 * has changed since. Any change to the title or the scenes marks it modified; only {@link #saved(Path)} and
 * {@link #replaceAll} clear the mark.
 */
public final class Briefing {

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObservableList<BriefingScene> scenes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    public Briefing() {
        title.addListener((obs, old, now) -> modified.set(true));
        scenes.addListener((ListChangeListener<BriefingScene>) c -> modified.set(true));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }

    public void setTitle(String value) {
        title.set(value == null ? "" : value);
    }

    /** The scenes in presentation order. */
    public ObservableList<BriefingScene> getScenes() {
        return scenes;
    }

    /** The briefing file, or null while it has never been saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** True when there are changes that no file holds. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** Records that {@code to} now holds this briefing. */
    public void saved(Path to) {
        file.set(to);
        modified.set(false);
    }

    /** Starts over on another briefing (a new one when {@code from} is null), with nothing unsaved. */
    public void replaceAll(String newTitle, List<BriefingScene> newScenes, Path from) {
        setTitle(newTitle);
        scenes.setAll(newScenes);
        saved(from);
    }

    /** Moves the scene at {@code from} to {@code to}, shifting those between. */
    public void move(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= scenes.size() || to >= scenes.size()) {
            return;
        }
        BriefingScene moving = scenes.remove(from);
        scenes.add(to, moving);
    }

    /**
     * Moves the scene at {@code from} to just before the scene now at {@code before} ({@code before} equal to the
     * number of scenes: to the end), as a drop between two rows does.
     *
     * @return where the scene is now
     */
    public int moveBefore(int from, int before) {
        if (from < 0 || from >= scenes.size() || before < 0 || before > scenes.size()) {
            return from;
        }
        int to = before > from ? before - 1 : before;
        move(from, to);
        return to;
    }

    /** A name no scene has yet: "Scene 4", or "Scene 4 (2)" when that is taken. */
    public String freshName(String stem) {
        String name = stem + " " + (scenes.size() + 1);
        for (int n = 2; names().contains(name); n++) {
            name = stem + " " + (scenes.size() + 1) + " (" + n + ")";
        }
        return name;
    }

    private List<String> names() {
        return scenes.stream().map(BriefingScene::name).toList();
    }
}
