package org.sirocco.app;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;
import org.sirocco.i18n.Messages;

/** Lists what is wrong in a dataset (and anything else that failed at start), one problem per line. */
final class ProblemsDialog {

    /** More lines than this are summarised: a broken million-event file must not freeze the dialog. */
    static final int MAX_LINES = 5_000;

    private ProblemsDialog() {
    }

    static Alert create(Window owner, LoadResult result, List<String> otherProblems, ResourceBundle messages) {
        List<Problem> problems = result.problems();
        StringBuilder text = new StringBuilder();
        for (String p : otherProblems) {
            text.append(p).append('\n');
        }
        int shown = Math.min(problems.size(), MAX_LINES);
        for (int i = 0; i < shown; i++) {
            text.append(problems.get(i)).append('\n');
        }
        if (problems.size() > shown) {
            text.append(Messages.format(messages, "problems.more", problems.size() - shown));
        }
        String origin = result.dataset().origin();
        int total = problems.size() + otherProblems.size();
        String header = result.eventsInFile() > 0
                ? Messages.format(messages, "problems.header", origin, total,
                        result.rejectedEvents(), result.eventsInFile())
                : Messages.format(messages, "problems.headerNoEvents", origin, total);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("problems.title"));
        alert.setHeaderText(header);
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefColumnCount(100);
        area.setPrefRowCount(Math.min(18, Math.max(4, shown + otherProblems.size())));
        area.setStyle("-fx-font-family: monospace;");
        area.setId("problems-text");
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        return alert;
    }
}
