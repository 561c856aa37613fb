package org.sirocco.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.data.Dataset;
import org.sirocco.data.EventStore;
import org.sirocco.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the status bar says of things just done goes away before it stops being true; work in progress stays. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    private StatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new StatusBar(new ViewState(new Dataset("test", "", EventStore.of(List.of()), false)),
                ResourceBundle.getBundle("i18n.messages"));
        stage.setScene(new Scene(bar, 600, 40));
        stage.show();
    }

    @Test
    void aNoticeGoesAwayByItselfButActivityStays(FxRobot robot) throws Exception {
        Label activity = robot.lookup("#status-activity").queryAs(Label.class);
        WaitForAsyncUtils.asyncFx(() -> bar.notice("Filters saved to f.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Filters saved to f.json", activity.getText());
        WaitForAsyncUtils.waitFor((long) StatusBar.NOTICE.toMillis() + 3_000, TimeUnit.MILLISECONDS,
                () -> activity.getText().isEmpty());

        WaitForAsyncUtils.asyncFx(() -> {
            bar.notice("Briefing saved");
            bar.setActivity("Loading big.json…");
        });
        Thread.sleep((long) StatusBar.NOTICE.toMillis() + 500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Loading big.json…", activity.getText(), "a notice's timer does not clear what replaced it");
    }
}
