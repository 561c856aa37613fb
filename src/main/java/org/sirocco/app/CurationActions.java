package org.sirocco.app;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.edit.Curation;
import org.sirocco.edit.DeleteEvents;
import org.sirocco.state.ViewState;

/**
 * The dataset's edit commands of the main window: undo, redo and delete, and the questions they ask. Every change
 * goes through the {@link Curation}, so that it can be undone.
 */
final class CurationActions {

    private final Curation curation;
    private final ViewState state;
    private final Briefing briefing;
    private final ResourceBundle messages;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final Supplier<List<Integer>> chosenInList;

    /** @param chosenInList the events of the rows chosen in the event list */
    CurationActions(Curation curation, ViewState state, Briefing briefing, ResourceBundle messages, StatusBar status,
            Supplier<Window> owner, Supplier<List<Integer>> chosenInList) {
        this.curation = curation;
        this.state = state;
        this.briefing = briefing;
        this.messages = messages;
        this.status = status;
        this.owner = owner;
        this.chosenInList = chosenInList;
    }

    Curation curation() {
        return curation;
    }

    void undo() {
        curation.undo();
    }

    void redo() {
        curation.redo();
    }

    /**
     * Deletes the events of the rows chosen in the list (several with Shift or Ctrl), else the selected event. When a
     * scene of the open briefing highlights one of them, says which scenes and asks first.
     */
    void delete() {
        Set<Integer> targets = new LinkedHashSet<>(chosenInList.get());
        if (targets.isEmpty() && state.getSelectedEvent() >= 0) {
            targets.add(state.getSelectedEvent());
        }
        if (targets.isEmpty() || !editable()) {
            return;
        }
        EventStore store = state.store();
        List<Event> events = new ArrayList<>();
        targets.forEach(i -> events.add(store.event(i)));
        if (!confirmDeletingHighlighted(events)) {
            return;
        }
        curation.apply(new DeleteEvents(events));
        status.notice(MessageFormat.format(messages.getString("edit.deleted"), events.size()));
    }

    /** True when no scene highlights these events, or the user agrees to delete them all the same. */
    private boolean confirmDeletingHighlighted(List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.id()));
        List<String> scenes = new ArrayList<>();
        for (BriefingScene scene : briefing.getScenes()) {
            if (scene.highlighted().stream().anyMatch(ids::contains)) {
                scenes.add(scene.name());
            }
        }
        if (scenes.isEmpty()) {
            return true;
        }
        ButtonType delete = new ButtonType(messages.getString("edit.delete.highlighted.delete"),
                ButtonBar.ButtonData.YES);
        return Alerts.ask(owner.get(), "delete-highlighted-dialog", MessageFormat.format(
                messages.getString("edit.delete.highlighted.header"), events.size(), scenes.size()),
                MessageFormat.format(messages.getString("edit.delete.highlighted.text"), String.join("\n", scenes)),
                delete, ButtonType.CANCEL) == delete;
    }

    /** Whether the dataset shown can be edited here; says why not when it cannot. */
    boolean editable() {
        if (curation.isEditable()) {
            return true;
        }
        Alerts.error(owner.get(), messages.getString("edit.tooLarge.header"), MessageFormat.format(
                messages.getString("edit.tooLarge.text"), state.store().size()));
        return false;
    }
}
