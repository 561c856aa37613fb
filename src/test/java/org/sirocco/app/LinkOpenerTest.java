package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a link was handed to a browser is told from the system opener's exit, not assumed. */
class LinkOpenerTest {

    private static final String URL = "https://example.org/article";

    @Test
    void anOpenerThatSucceedsOrKeepsRunningHasHandedTheLinkOver() {
        assertTrue(new LinkOpener(List.of("true"), u -> { }, u -> { }).launch(URL));
    }

    @Test
    void anOpenerThatFailsOrIsMissingHasNot() {
        assertFalse(new LinkOpener(List.of("false"), u -> { }, u -> { }).launch(URL), "exit status 1");
        assertFalse(new LinkOpener(List.of("/nonexistent/xdg-open"), u -> { }, u -> { }).launch(URL), "not there");
    }

    @Test
    void withoutAnOpenerTheHostServicesAreUsed() {
        List<String> opened = new ArrayList<>();
        new LinkOpener(List.of(), opened::add, u -> { }).accept(URL);
        assertEquals(List.of(URL), opened);
    }
}
