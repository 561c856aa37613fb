package org.sirocco.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Actor;
import org.sirocco.data.ActorCatalog;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.Event;
import org.sirocco.data.TestEvents;

class UndoRedoHandlerTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");
    private final List<UndoRedoHandler.Changed> changes = new ArrayList<>();

    private UndoRedoHandler handler(Event... events) {
        return new UndoRedoHandler(new EditableDataset("Test", "test.json", false, List.of(events), List.of(),
                ActorCatalog.EMPTY), messages, changes::add);
    }

    @Test
    void everyChangeCanBeUndoneAndRedoneAndTheMenuSaysWhat() {
        Event a = TestEvents.event("a-1", "2015-03-01", Category.ATTACK, "ML", 16.27, -0.04);
        Event b = TestEvents.event("b-1", "2016-04-01", Category.ATTACK, "ML", 16.27, -0.04);
        Event c = TestEvents.event("c-1", "2017-05-01", Category.ATTACK, "ML", 16.27, -0.04);
        UndoRedoHandler h = handler(a, b);
        assertNull(h.undoTextProperty().get());
        assertFalse(h.isModified());

        h.apply(new AddEvent(c));
        h.apply(new DeleteEvents(List.of(a, b)));
        assertEquals("delete of 2 events", h.undoTextProperty().get());
        assertEquals(1, changes.get(changes.size() - 1).dataset().store().size());
        assertTrue(h.isModified());

        h.undo();
        assertEquals(3, changes.get(changes.size() - 1).dataset().store().size());
        assertEquals("delete of 2 events", h.redoTextProperty().get());
        assertEquals("add of \u201c" + c.title() + "\u201d", h.undoTextProperty().get());
        h.undo();
        assertFalse(h.isModified(), "back where the file was");
        assertEquals(2, h.data().size());
        h.redo();
        h.redo();
        assertEquals(1, h.data().size());
        assertEquals(6, h.revisionProperty().get(), "two changes, two undos, two redos");
    }

    @Test
    void aChangeKeepsTheIdAndUndoingItBringsBackTheOldContent() {
        Event a = TestEvents.event("a-1", "2015-03-01", Category.ATTACK, "ML", 16.27, -0.04);
        UndoRedoHandler h = handler(a);
        Event ranged = new Event(a.id(), a.start(), a.end(), a.precision(), a.hasEndDate(), a.category(),
                a.subtype(), a.title(), a.summary(), a.places(), a.perpetrators(), a.splitFrom(), a.states(),
                a.agencies(), Count.range(3, 5), a.injured(), a.arrested(), a.sources(), a.confidence(), a.notes());
        h.apply(new ChangeEvent(a, ranged));
        assertEquals(Count.range(3, 5), h.data().get("a-1").killed());
        h.undo();
        assertEquals(a, h.data().get("a-1"));
    }

    @Test
    void savingMarksTheStateAndANewChangeAfterUndoingPastItLeavesItModified() {
        Event a = TestEvents.event("a-1", "2015-03-01", Category.ATTACK, "ML", 16.27, -0.04);
        Event b = TestEvents.event("b-1", "2016-04-01", Category.ATTACK, "ML", 16.27, -0.04);
        UndoRedoHandler h = handler(a);
        h.apply(new AddEvent(b));
        h.saved();
        assertFalse(h.isModified());
        h.undo();
        assertTrue(h.isModified());
        h.redo();
        assertFalse(h.isModified());
        h.undo();
        h.apply(new AddActor(new Actor("New group", "A new group", "group", "Formed in a test.")));
        assertTrue(h.isModified());
        h.undo();
        assertTrue(h.isModified(), "the saved state can no longer be reached by redo");
        assertFalse(h.data().hasActor("New group"));
    }
}
