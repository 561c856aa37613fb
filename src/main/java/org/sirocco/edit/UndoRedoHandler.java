package org.sirocco.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sirocco.data.Dataset;

/**
 * The one way the dataset changes: executes commands, keeps every one since the dataset was opened to undo and
 * redo, says what the next undo and redo will do, whether there are changes no file holds, and hands each new
 * version of the dataset to whoever shows it (the "dataset changed" event the views follow). Used on the JavaFX
 * application thread.
 */
public final class UndoRedoHandler {

    private final EditableDataset data;
    private ResourceBundle messages;
    private final Consumer<Changed> onChanged;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    /** The command on top of the undo stack when the dataset was last saved (null: none); unreachable once dropped. */
    private Command savedAt;
    private boolean savedReachable = true;

    /** A new version of the dataset, and the command whose execution or undoing made it. */
    public record Changed(Dataset dataset, Command command, boolean undone) {
    }

    /**
     * @param data      the dataset as opened, with nothing unsaved
     * @param onChanged told of every new version: the views show it
     */
    public UndoRedoHandler(EditableDataset data, ResourceBundle messages, Consumer<Changed> onChanged) {
        this.data = data;
        this.messages = messages;
        this.onChanged = onChanged;
        update();
    }

    public EditableDataset data() {
        return data;
    }

    /** Tells what undo and redo would do in another language, from now on. */
    public void setMessages(ResourceBundle value) {
        messages = value;
        update();
    }

    /** Executes a change and keeps it for undo; whatever could be redone is dropped. */
    public void apply(Command c) {
        c.execute(data);
        undo.push(c);
        if (redo.stream().anyMatch(r -> r == savedAt)) {
            savedReachable = false;
        }
        redo.clear();
        changed(c, false);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command c = undo.pop();
        c.undo(data);
        redo.push(c);
        changed(c, true);
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command c = redo.pop();
        c.execute(data);
        undo.push(c);
        changed(c, false);
    }

    /** What undo will do ("delete of 3 events"), or null when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** What redo will do, or null when there is nothing to redo. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True when the dataset differs from what its file holds (undoing back to the saved state clears it). */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** Counts changes (each execute, undo and redo): a journal writer follows it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Records that a file now holds the dataset as it is. */
    public void saved() {
        savedAt = undo.peek();
        savedReachable = true;
        update();
    }

    private void changed(Command c, boolean undone) {
        update();
        revision.set(revision.get() + 1);
        onChanged.accept(new Changed(data.snapshot(), c, undone));
    }

    private void update() {
        undoText.set(undo.isEmpty() ? null : undo.peek().describe(messages));
        redoText.set(redo.isEmpty() ? null : redo.peek().describe(messages));
        modified.set(!savedReachable || undo.peek() != savedAt);
    }
}
