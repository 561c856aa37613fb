package org.sirocco.edit;

import java.util.List;
import java.util.ResourceBundle;
import org.sirocco.data.Event;
import org.sirocco.i18n.Messages;

/** One or many events deleted at once (the list's selected rows), undone at once. */
public record DeleteEvents(List<Event> events) implements Command {

    public DeleteEvents {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
    }

    @Override
    public void execute(EditableDataset data) {
        events.forEach(e -> data.remove(e.id()));
    }

    @Override
    public void undo(EditableDataset data) {
        events.forEach(data::put);
    }

    @Override
    public String describe(ResourceBundle messages) {
        return events.size() == 1 ? Messages.format(messages, "edit.command.deleteOne",
                events.get(0).title())
                : Messages.format(messages, "edit.command.deleteMany", events.size());
    }
}
