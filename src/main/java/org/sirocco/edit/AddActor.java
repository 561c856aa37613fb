package org.sirocco.edit;

import java.util.ResourceBundle;
import org.sirocco.data.Actor;
import org.sirocco.i18n.Messages;

/** A group, agency or force added to the catalogue from the editor, with its glossary entry. */
public record AddActor(Actor actor) implements Command {

    @Override
    public void execute(EditableDataset data) {
        if (data.hasActor(actor.name())) {
            throw new IllegalStateException(actor.name() + " is already in the catalogue");
        }
        data.addActor(actor);
    }

    @Override
    public void undo(EditableDataset data) {
        data.removeActor(actor.name());
    }

    @Override
    public String describe(ResourceBundle messages) {
        return Messages.format(messages, "edit.command.addActor", actor.name());
    }
}
