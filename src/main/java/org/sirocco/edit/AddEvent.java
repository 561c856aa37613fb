package org.sirocco.edit;

import java.util.List;
import java.util.ResourceBundle;
import org.sirocco.data.Event;
import org.sirocco.i18n.Messages;

/** A new event (from the editor, a duplicate, or a right click on the map). */
public record AddEvent(Event event) implements Command {

    @Override
    public void execute(EditableDataset data) {
        if (data.contains(event.id())) {
            throw new IllegalStateException("an event with id " + event.id() + " is already there");
        }
        data.put(event);
    }

    @Override
    public void undo(EditableDataset data) {
        data.remove(event.id());
    }

    @Override
    public String describe(ResourceBundle messages) {
        return Messages.format(messages, "edit.command.add", event.title());
    }

    @Override
    public List<String> eventIds() {
        return List.of(event.id());
    }
}
