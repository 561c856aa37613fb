package org.sirocco.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sirocco.i18n.Messages;

/**
 * Asks how to export a briefing: the size, which scenes, what the document includes (title slide, sources, speaker
 * notes; PowerPoint alone has notes, pictures have none of these), and where to write it, starting from the answers
 * given last time and the briefing's own name and folder.
 */
public final class ExportDialog extends Dialog<ExportDialog.Answer> {

    /** What was asked for, and where it goes (with its extension). */
    public record Answer(ExportOptions options, Path out) {
    }

    /** Sizes offered: full HD, 4K, and a small one for documents. */
    public static final List<String> SIZES = List.of("1920\u00d71080", "3840\u00d72160", "1280\u00d7720");

    private final BriefingExport.Format format;
    private final ChoiceBox<String> size = new ChoiceBox<>(FXCollections.observableArrayList(SIZES));
    private final List<BooleanProperty> chosen = new ArrayList<>();
    private final CheckBox titleSlide;
    private final CheckBox sources;
    private final CheckBox notes;
    private final TextField file = new TextField();

    /**
     * @param sceneNames the briefing's scenes, in order
     * @param last       the answers given last time (or the defaults)
     * @param out        where the file goes unless the user says otherwise
     */
    public ExportDialog(Window owner, BriefingExport.Format format, List<String> sceneNames, ExportOptions last,
            Path out, ResourceBundle messages) {
        this.format = format;
        String ext = format.name().toLowerCase(Locale.ROOT);
        initOwner(owner);
        setTitle(messages.getString("export.briefing." + ext));
        setHeaderText(messages.getString("export.dialog.header." + ext));
        getDialogPane().setId("export-dialog");

        size.setId("export-size");
        String lastSize = last.width() + "\u00d7" + last.height();
        if (!size.getItems().contains(lastSize)) {
            size.getItems().add(lastSize);
        }
        size.setValue(lastSize);

        List<Integer> lastScenes = last.chosen(sceneNames.size());
        ListView<Integer> scenes = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, sceneNames.size()).boxed().toList()));
        for (int i = 0; i < sceneNames.size(); i++) {
            chosen.add(new SimpleBooleanProperty(lastScenes.contains(i)));
        }
        scenes.setId("export-scenes");
        scenes.setCellFactory(CheckBoxListCell.forListView(chosen::get, new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return new Words(messages).format("export.notes.coverScene", i + 1, sceneNames.get(i));
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the list is not edited");
            }
        }));
        scenes.setPrefHeight(Math.min(8, Math.max(3, sceneNames.size())) * 26 + 4);
        Button all = new Button(messages.getString("export.dialog.all"));
        all.setId("export-scenes-all");
        all.setOnAction(e -> chosen.forEach(c -> c.set(true)));
        Button none = new Button(messages.getString("export.dialog.none"));
        none.setId("export-scenes-none");
        none.setOnAction(e -> chosen.forEach(c -> c.set(false)));
        VBox scenesBox = new VBox(4, scenes, new HBox(6, all, none));

        titleSlide = check("export-title-slide", messages.getString("export.dialog.titleSlide"), last.titleSlide());
        sources = check("export-sources", messages.getString("export.dialog.sources"), last.sources());
        notes = check("export-notes", messages.getString("export.dialog.notes"), last.notes());

        file.setId("export-file");
        file.setText(out.toString());
        file.setPrefColumnCount(36);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.getString("export.dialog.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> choose(messages));
        HBox fileRow = new HBox(6, file, choose);
        fileRow.setAlignment(Pos.BASELINE_LEFT);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        int row = 0;
        form.addRow(row++, new Label(messages.getString("export.size")), size);
        form.addRow(row++, new Label(messages.getString("export.dialog.scenes")), scenesBox);
        if (format != BriefingExport.Format.PNG) {
            VBox include = new VBox(6, titleSlide, sources);
            if (format == BriefingExport.Format.PPTX) {
                include.getChildren().add(notes);
            }
            form.addRow(row++, new Label(messages.getString("export.dialog.include")), include);
        }
        form.addRow(row, new Label(messages.getString(format == BriefingExport.Format.PNG ? "export.dialog.folder"
                : "export.dialog.file")), fileRow);
        getDialogPane().setContent(form);

        ButtonType export = new ButtonType(messages.getString("export.dialog.export"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().lookupButton(export).setId("export-ok");
        List<Observable> inputs = new ArrayList<>(chosen);
        inputs.add(file.textProperty());
        getDialogPane().lookupButton(export).disableProperty().bind(Bindings.createBooleanBinding(
                () -> chosen.stream().noneMatch(BooleanProperty::get) || file.getText().isBlank() || outPath() == null,
                inputs.toArray(new Observable[0])));
        setResultConverter(button -> button == export ? answer(last) : null);
    }

    private static CheckBox check(String id, String text, boolean selected) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(selected);
        return box;
    }

    private Answer answer(ExportOptions last) {
        List<Integer> picked = IntStream.range(0, chosen.size()).filter(i -> chosen.get(i).get()).boxed().toList();
        int[] wh = ExportOptions.parseSize(size.getValue());
        Path out = outPath();
        ExportOptions options = last.withSize(wh[0], wh[1])
                .withScenes(picked.size() == chosen.size() ? List.of() : picked)
                .withIncluded(titleSlide.isSelected(), sources.isSelected(),
                        format == BriefingExport.Format.PPTX ? notes.isSelected() : last.notes())
                .withFolder(out.getParent());
        return new Answer(options, out);
    }

    /** The path typed, with the format's extension (a folder for pictures); null when it is not a path. */
    private Path outPath() {
        try {
            Path typed = Path.of(file.getText().strip()).toAbsolutePath();
            return typed.getFileName() == null ? null
                    : format == BriefingExport.Format.PNG ? typed : BriefingExport.withExtension(typed, format);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void choose(ResourceBundle messages) {
        Path current = outPath();
        Path folder = current == null ? null : current.getParent();
        File chosenFile;
        if (format == BriefingExport.Format.PNG) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.getString("export.briefing.png"));
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chosenFile = chooser.showDialog(getDialogPane().getScene().getWindow());
        } else {
            String ext = format.name().toLowerCase(Locale.ROOT);
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.getString("export.briefing." + ext));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.getString("export.fileType." + ext), "*." + ext));
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            if (current != null) {
                chooser.setInitialFileName(current.getFileName().toString());
            }
            chosenFile = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        }
        if (chosenFile != null) {
            file.setText(chosenFile.toString());
        }
    }
}
