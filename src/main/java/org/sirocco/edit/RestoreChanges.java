package org.sirocco.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;
import org.sirocco.i18n.Messages;

/** The changes of a recovery journal put back on the dataset they were made to, undone as one. */
public final class RestoreChanges implements Command {

    private final UnsavedChanges changes;
    /** Each event the restore replaced or deleted, as it was; recorded when executed. */
    private final List<Event> replaced = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<Actor> actorsAdded = new ArrayList<>();

    public RestoreChanges(UnsavedChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(EditableDataset data) {
        replaced.clear();
        added.clear();
        actorsAdded.clear();
        for (Actor a : changes.actors()) {
            if (!data.hasActor(a.name())) {
                data.addActor(a);
                actorsAdded.add(a);
            }
        }
        for (Event e : changes.events()) {
            Event old = data.put(e);
            if (old != null) {
                replaced.add(old);
            } else {
                added.add(e.id());
            }
        }
        for (String id : changes.deleted()) {
            Event old = data.remove(id);
            if (old != null) {
                replaced.add(old);
            }
        }
    }

    @Override
    public void undo(EditableDataset data) {
        added.forEach(data::remove);
        replaced.forEach(data::put);
        actorsAdded.forEach(a -> data.removeActor(a.name()));
    }

    @Override
    public String describe(ResourceBundle messages) {
        return Messages.format(messages, "edit.command.restore", changes.events().size()
                + changes.deleted().size());
    }
}
