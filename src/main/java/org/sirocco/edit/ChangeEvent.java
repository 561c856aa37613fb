package org.sirocco.edit;

import java.util.List;
import java.util.ResourceBundle;
import org.sirocco.data.Event;
import org.sirocco.i18n.Messages;

/** An event corrected in the editor: the same id, new content. */
public record ChangeEvent(Event before, Event after) implements Command {

    public ChangeEvent {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an event keeps its id: " + before.id() + " is not " + after.id());
        }
    }

    @Override
    public void execute(EditableDataset data) {
        data.put(after);
    }

    @Override
    public void undo(EditableDataset data) {
        data.put(before);
    }

    @Override
    public String describe(ResourceBundle messages) {
        return Messages.format(messages, "edit.command.change", after.title());
    }

    @Override
    public List<String> eventIds() {
        return List.of(after.id());
    }
}
