package org.sirocco.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirocco.data.EventFilter;

class BriefingTest {

    private static BriefingScene scene(String name) {
        return new BriefingScene(name, null, EventFilter.NONE, null, List.of(), "");
    }

    @Test
    void everyEditMarksTheBriefingModifiedUntilItIsSaved() {
        Briefing b = new Briefing();
        assertFalse(b.isModified(), "a new, empty briefing has nothing to lose");

        b.getScenes().add(scene("a"));
        assertTrue(b.isModified());
        b.saved(Path.of("b.json"));
        assertFalse(b.isModified());
        assertEquals(Path.of("b.json"), b.getFile());

        b.getScenes().set(0, scene("a").withNote("note"));
        assertTrue(b.isModified(), "a changed note");
        b.saved(b.getFile());
        b.setTitle("Briefing");
        assertTrue(b.isModified(), "a changed title");
        b.saved(b.getFile());
        b.setTitle("Briefing, second edit");
        assertTrue(b.isModified(), "a second title edit, with nobody reading the title in between");
        b.saved(b.getFile());
        b.getScenes().add(scene("b"));
        b.saved(b.getFile());
        b.move(1, 0);
        assertTrue(b.isModified(), "a new order");
        assertEquals(List.of("b", "a"), b.getScenes().stream().map(BriefingScene::name).toList());
    }

    @Test
    void openingAnotherBriefingStartsUnmodified() {
        Briefing b = new Briefing();
        b.getScenes().add(scene("old"));
        b.replaceAll("New", List.of(scene("x"), scene("y")), Path.of("new.json"));
        assertFalse(b.isModified());
        assertEquals("New", b.getTitle());
        assertEquals(2, b.getScenes().size());
    }

    @Test
    void freshNamesNeverRepeatOne() {
        Briefing b = new Briefing();
        assertEquals("Scene 1", b.freshName("Scene"));
        b.getScenes().addAll(scene("x"), scene("Scene 3"));
        assertEquals("Scene 3 (2)", b.freshName("Scene"));
    }

    @Test
    void movingOutOfRangeChangesNothing() {
        Briefing b = new Briefing();
        b.getScenes().addAll(scene("a"), scene("b"));
        b.saved(null);
        b.move(0, 2);
        b.move(-1, 0);
        assertFalse(b.isModified());
    }

    @Test
    void aDropPutsTheSceneBeforeItsTarget() {
        Briefing b = new Briefing();
        b.getScenes().addAll(scene("A"), scene("B"), scene("C"), scene("D"));
        assertEquals(1, b.moveBefore(0, 2), "A dropped on C goes between B and C");
        assertEquals(List.of("B", "A", "C", "D"), names(b));
        assertEquals(0, b.moveBefore(3, 0), "D dropped on B goes first");
        assertEquals(List.of("D", "B", "A", "C"), names(b));
        assertEquals(3, b.moveBefore(0, 4), "dropped below the last scene, it goes last");
        assertEquals(List.of("B", "A", "C", "D"), names(b));
        b.saved(null);
        assertEquals(1, b.moveBefore(1, 2), "dropped on the next scene, it stays");
        assertFalse(b.isModified());
    }

    private static List<String> names(Briefing b) {
        return b.getScenes().stream().map(BriefingScene::name).toList();
    }
}
