package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A failed export says which folder could not be written and why, not which temporary file it was writing. */
class ExportErrorMessagesTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");

    @Test
    void aFolderThatCannotHoldFilesIsNamed() {
        assertEquals("Files cannot be created in /proc: it does not exist or is not a folder that can be written to. "
                + "Choose another folder.", BriefingActions.describe(
                        new NoSuchFileException("/proc/.01-two-decades.png17125093365372002260.tmp"), messages));
    }

    @Test
    void aFolderWithoutPermissionIsNamedEvenWhenTheFailureIsWrapped() {
        assertEquals("You do not have permission to write to /srv/briefings. Choose another folder.",
                BriefingActions.describe(new UncheckedIOException(
                        new AccessDeniedException("/srv/briefings/.brief.pdf123.tmp")), messages));
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() {
        assertEquals("No space left on device", BriefingActions.describe(new IOException("No space left on device"),
                messages));
    }
}
