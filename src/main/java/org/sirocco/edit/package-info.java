/**
 * Curating the dataset in the app: every change is a {@link org.sirocco.edit.Command} (add, change or delete events,
 * add an actor) handed to the one {@link org.sirocco.edit.UndoRedoHandler}, which applies it to the
 * {@link org.sirocco.edit.EditableDataset}, keeps it for undo and redo, and tells the views that the dataset changed.
 * Nothing else writes the data, so every edit can be undone. Also the editor's model of one event being written
 * ({@link org.sirocco.edit.EventDraft}), checked by the same rules as the loader. Free of the scene graph.
 */
package org.sirocco.edit;
