package org.sirocco.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.export.BriefingExport;
import org.sirocco.export.SceneRenderer;
import org.sirocco.export.Slide;

/**
 * The briefing's file and export commands of the main window: new, open, save, save as, the question about unsaved
 * changes, and exports of the current view or of every scene. Pictures are drawn on the application thread one
 * scene per pulse, so the window keeps painting and shows progress; documents are written on a worker thread.
 */
final class BriefingActions {

    private static final System.Logger LOG = System.getLogger(BriefingActions.class.getName());

    /** Picture sizes offered for export: full HD, 4K, and a small one for documents. */
    static final List<String> PICTURE_SIZES = List.of("1920\u00d71080", "3840\u00d72160", "1280\u00d7720");

    private final Briefing briefing;
    private final ResourceBundle messages;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final Supplier<SceneRenderer> renderer;
    private final Function<String, BriefingScene> capture;
    private final Runnable showPanel;
    private final Supplier<String> defaultTitle;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    /** Written on the application thread, read by tests on theirs. */
    private volatile Task<List<Path>> lastWrite;
    /** Where the export whose scenes are being drawn goes; null when none is. Application thread only. */
    private Path drawingTo;

    /**
     * @param renderer  a renderer of the data and map currently shown
     * @param capture   the current view as a scene of the given name
     * @param showPanel    brings the scene panel into view
     * @param defaultTitle the title of a picture of the current view when none is given (the dataset's name)
     */
    BriefingActions(Briefing briefing, ResourceBundle messages, StatusBar status, Supplier<Window> owner,
            Supplier<SceneRenderer> renderer, Function<String, BriefingScene> capture, Runnable showPanel,
            Supplier<String> defaultTitle) {
        this.briefing = briefing;
        this.messages = messages;
        this.status = status;
        this.owner = owner;
        this.renderer = renderer;
        this.capture = capture;
        this.showPanel = showPanel;
        this.defaultTitle = defaultTitle;
    }

    /** True from the start of an export until its files are written or it fails: one export at a time. */
    ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The export being written, or the last one written; tests wait on it. */
    Task<List<Path>> lastWrite() {
        return lastWrite;
    }

    /**
     * Asks what to do with unsaved briefing changes: save them, drop them, or stay.
     *
     * @return true when it is fine to go on (saved, dropped, or nothing to lose)
     */
    boolean confirmClose() {
        if (!briefing.isModified()) {
            return true;
        }
        ButtonType save = new ButtonType(messages.getString("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.getString("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType answer = Alerts.ask(owner.get(), "unsaved-dialog",
                MessageFormat.format(messages.getString("unsaved.header"), name()), messages.getString("unsaved.text"),
                save, discard, ButtonType.CANCEL);
        if (answer == save) {
            return save();
        }
        return answer == discard;
    }

    /**
     * Asks whether to quit while an export's pictures are still being drawn, which quitting stops. An export being
     * written needs no answer: its thread keeps the program alive until the files are complete.
     *
     * @return true when it is fine to quit
     */
    boolean confirmStopExport() {
        if (drawingTo == null) {
            return true;
        }
        ButtonType quit = new ButtonType(messages.getString("export.running.quit"), ButtonBar.ButtonData.YES);
        return Alerts.ask(owner.get(), "export-running-dialog", messages.getString("export.running.header"),
                MessageFormat.format(messages.getString("export.running.text"), drawingTo.getFileName()), quit,
                ButtonType.CANCEL) == quit;
    }

    /** The briefing's file name, else its title, else "Untitled briefing". */
    String name() {
        return briefing.getFile() != null ? briefing.getFile().getFileName().toString()
                : briefing.getTitle().isBlank() ? messages.getString("briefing.untitled") : briefing.getTitle();
    }

    void newBriefing() {
        if (confirmClose()) {
            briefing.replaceAll("", List.of(), null);
        }
    }

    void open() {
        if (!confirmClose()) {
            return;
        }
        File chosen = chooser("briefing.open.title").showOpenDialog(owner.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a briefing file in the scene panel; what it gets wrong is reported, the rest kept. */
    void open(Path file) {
        BriefingFile.Loaded loaded;
        try {
            loaded = BriefingFile.load(file);
        } catch (IOException e) {
            error(MessageFormat.format(messages.getString("briefing.open.failed"), file), e.getMessage());
            return;
        }
        briefing.replaceAll(loaded.title(), loaded.scenes(), file);
        showPanel.run();
        if (!loaded.problems().isEmpty()) {
            Alerts.problems(owner.get(), MessageFormat.format(messages.getString("briefing.open.problems"),
                    file.getFileName()), loaded.problems());
        }
    }

    /** Saves to the briefing's file, asking for one the first time; false when nothing was saved. */
    boolean save() {
        return briefing.getFile() == null ? saveAs() : save(briefing.getFile());
    }

    boolean saveAs() {
        FileChooser chooser = chooser("briefing.save.title");
        chooser.setInitialFileName(BriefingExport.slug(name()) + ".briefing.json");
        File chosen = chooser.showSaveDialog(owner.get());
        return chosen != null && save(chosen.toPath());
    }

    boolean save(Path file) {
        try {
            BriefingFile.save(file, briefing.getTitle(), briefing.getScenes());
            briefing.saved(file);
            status.notice(MessageFormat.format(messages.getString("briefing.saved"), file.getFileName()));
            return true;
        } catch (IOException e) {
            error(MessageFormat.format(messages.getString("briefing.save.failed"), file), e.getMessage());
            return false;
        }
    }

    /** Asks for a title and a size, then a file, and writes the current view as a PNG picture. */
    void exportViewPng() {
        TextField title = new TextField(briefing.getTitle().isBlank() ? defaultTitle.get() : briefing.getTitle());
        title.setId("export-title");
        title.setPrefColumnCount(32); // room for a default title such as the dataset's name and the window's dates
        int[] size = askSize("export.view.title", "export.view.header", title);
        if (size == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("export.view.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG (*.png)", "*.png"));
        chooser.setInitialFileName(BriefingExport.slug(title.getText()) + ".png");
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            exportView(title.getText(), size[0], size[1], withExtension(chosen.toPath(), ".png"));
        }
    }

    /** Writes the current view as a {@code width} × {@code height} PNG picture titled {@code title}. */
    void exportView(String title, int width, int height, Path file) {
        String caption = title.isBlank() ? defaultTitle.get() : title;
        draw(List.of(capture.apply(caption)), width, height, BriefingExport.Format.PNG, withExtension(file, ".png"),
                caption);
    }

    /** Asks for a size (pictures only) and a place, then writes every scene as PDF, PowerPoint or PNG pictures. */
    void exportBriefing(BriefingExport.Format format) {
        if (briefing.getScenes().isEmpty()) {
            error(messages.getString("export.noScenes"), messages.getString("export.noScenes.text"));
            return;
        }
        int[] size = {1920, 1080};
        File chosen;
        if (format == BriefingExport.Format.PNG) {
            size = askSize("export.briefing.png", "export.view.header", null);
            if (size == null) {
                return;
            }
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.getString("export.briefing.png"));
            chosen = chooser.showDialog(owner.get());
        } else {
            String ext = format.name().toLowerCase(Locale.ROOT);
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.getString("export.briefing." + ext));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.getString("export.fileType." + ext), "*." + ext));
            chooser.setInitialFileName(BriefingExport.slug(name()) + "." + ext);
            chosen = chooser.showSaveDialog(owner.get());
            if (chosen != null) {
                chosen = withExtension(chosen.toPath(), "." + ext).toFile();
            }
        }
        if (chosen != null) {
            exportBriefing(format, chosen.toPath(), size[0], size[1]);
        }
    }

    void exportBriefing(BriefingExport.Format format, Path out, int width, int height) {
        String title = briefing.getTitle().isBlank() ? name() : briefing.getTitle();
        draw(List.copyOf(briefing.getScenes()), width, height, format, out, title);
    }

    /** Draws the scenes one per pulse, showing progress, then writes them on a worker thread. */
    private void draw(List<BriefingScene> scenes, int width, int height, BriefingExport.Format format, Path out,
            String title) {
        if (exporting.get()) {
            return; // the menu is disabled meanwhile; a shortcut or a test may still ask
        }
        exporting.set(true);
        drawingTo = out;
        SceneRenderer drawer = renderer.get();
        List<Slide> slides = new ArrayList<>();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            try {
                slides.add(drawer.slide(scenes.get(slides.size()), width, height));
            } catch (IOException | RuntimeException e) {
                exporting.set(false);
                drawingTo = null;
                status.setActivity(null);
                LOG.log(System.Logger.Level.WARNING, "export to " + out + " failed", e);
                error(MessageFormat.format(messages.getString("export.failed"), out), describe(e));
                return;
            }
            if (slides.size() < scenes.size()) {
                status.setActivity(MessageFormat.format(messages.getString("export.drawing"), slides.size() + 1,
                        scenes.size()));
                Platform.runLater(next[0]);
            } else {
                drawingTo = null;
                write(format, out, title, slides);
            }
        };
        status.setActivity(MessageFormat.format(messages.getString("export.drawing"), 1, scenes.size()));
        Platform.runLater(next[0]);
    }

    private void write(BriefingExport.Format format, Path out, String title, List<Slide> slides) {
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws IOException {
                return BriefingExport.write(format, out, title, slides);
            }
        };
        status.setActivity(MessageFormat.format(messages.getString("export.writing"), out.getFileName()));
        task.setOnSucceeded(e -> {
            exporting.set(false);
            status.notice(MessageFormat.format(messages.getString("export.done"), task.getValue().size(), out));
        });
        task.setOnFailed(e -> {
            exporting.set(false);
            status.setActivity(null);
            LOG.log(System.Logger.Level.WARNING, "writing " + out + " failed", task.getException());
            error(MessageFormat.format(messages.getString("export.failed"), out), describe(task.getException()));
        });
        lastWrite = task;
        // Not a daemon: quitting while the files are written waits for them rather than leaving them unwritten.
        new Thread(task, "export").start();
    }

    /** A dialog asking for a picture size, with {@code extra} (a title field) above it; null when cancelled. */
    private int[] askSize(String titleKey, String headerKey, TextField extra) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle(messages.getString(titleKey));
        ask.setHeaderText(messages.getString(headerKey));
        ChoiceBox<String> size = new ChoiceBox<>(FXCollections.observableArrayList(PICTURE_SIZES));
        size.setId("export-size");
        size.getSelectionModel().select(0);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        if (extra != null) {
            form.addRow(0, new Label(messages.getString("export.view.caption")), extra);
        }
        form.addRow(1, new Label(messages.getString("export.size")), size);
        ask.getDialogPane().setContent(form);
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return null;
        }
        return ExportCommand.parseSize(size.getValue());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("briefing.fileType"),
                "*.json"));
        return chooser;
    }

    /** File choosers on some desktops return the name as typed: add the extension the format needs. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    /** What went wrong, in this window's words: see {@link #describe(Throwable, ResourceBundle)}. */
    private String describe(Throwable e) {
        return describe(e, messages);
    }

    /**
     * What went wrong, in words a user can act on: a file system failure names the folder that could not be written
     * (not the temporary file the export was writing, which means nothing to the user) and why; anything else gives
     * its message, or its class when it has none (a NullPointerException, say).
     */
    static String describe(Throwable e, ResourceBundle messages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                Path file = Path.of(f.getFile());
                Path folder = file.getParent() != null && file.getFileName().toString().endsWith(".tmp")
                        ? file.getParent() : file;
                String key = t instanceof AccessDeniedException ? "io.denied"
                        : t instanceof NoSuchFileException ? "io.cannotWrite" : "io.failed";
                return MessageFormat.format(messages.getString(key), folder,
                        Objects.requireNonNullElse(f.getReason(), ""));
            }
        }
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }

    private void error(String header, String text) {
        Alerts.error(owner.get(), header, text);
    }
}
