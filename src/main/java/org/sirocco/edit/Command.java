package org.sirocco.edit;

import java.util.List;
import java.util.ResourceBundle;

/**
 * One change to the dataset that can be undone: executed, undone and executed again by the
 * {@link UndoRedoHandler} only, always on the state it left.
 */
public interface Command {

    void execute(EditableDataset data);

    void undo(EditableDataset data);

    /** What it does, to follow "Undo" or "Redo" in the Edit menu: "delete of 3 events". */
    String describe(ResourceBundle messages);

    /** The ids of the events it changes, to follow them in the views (the event added or changed is selected). */
    default List<String> eventIds() {
        return List.of();
    }
}
