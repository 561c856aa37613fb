package org.sirocco.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirocco.app.FirstFrameProbe;
import org.sirocco.testing.ChildJvm;

/** ICU4J (about 15 MB) is for plural messages shown later: the app's first frame must not load any of it. */
class IcuAtStartTest {

    @Test
    void firstFrameLoadsNoIcuClass() throws Exception {
        List<String> out;
        try (ChildJvm app = ChildJvm.start(List.of("-Xlog:class+load=info"), FirstFrameProbe.class, "app")) {
            out = app.linesUntil("FIRST_FRAME", 120);
        }
        // The log names the classes it loads, the app's own among them, so the check below sees what it looks for.
        assertTrue(out.stream().anyMatch(l -> l.contains(" org.sirocco.app.MainWindow ")), "class loading was logged");
        assertTrue(out.stream().anyMatch(l -> l.contains(" org.sirocco.i18n.Messages ")), "the first frame formats messages");
        List<String> icu = out.stream().filter(l -> l.contains("com.ibm.icu.")).toList();
        assertEquals(0, icu.size(), () -> "ICU4J loaded before the first frame: " + icu.subList(0, Math.min(3, icu.size())));
    }
}
