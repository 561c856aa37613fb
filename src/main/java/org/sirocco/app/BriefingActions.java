package org.sirocco.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sirocco.briefing.Briefing;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.export.BriefingExport;
import org.sirocco.i18n.Language;
import org.sirocco.export.Deck;
import org.sirocco.export.ExportDialog;
import org.sirocco.export.ExportOptions;
import org.sirocco.i18n.Messages;
import org.sirocco.settings.Settings;
import org.sirocco.settings.UserSettings;
import org.sirocco.export.SceneRenderer;
import org.sirocco.export.Slide;

/**
 * The briefing's file and export commands of the main window: new, open, save, save as, the question about unsaved
 * changes, and exports of the current view or of every scene. Pictures are drawn on the application thread one
 * scene per pulse, so the window keeps painting and shows progress; documents are written on a worker thread.
 */
final class BriefingActions {

    private static final System.Logger LOG = System.getLogger(BriefingActions.class.getName());

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
    /** The export dialog's last answers, for the session. */
    private ExportOptions exportOptions = ExportOptions.DEFAULT;
    private UserSettings settings = UserSettings.inMemory();

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
                Messages.format(messages, "unsaved.header", name()), messages.getString("unsaved.text"),
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
                Messages.format(messages, "export.running.text", drawingTo.getFileName()), quit,
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
            error(Messages.format(messages, "briefing.open.failed", file), e.getMessage());
            return;
        }
        briefing.replaceAll(loaded.title(), loaded.scenes(), file);
        showPanel.run();
        if (!loaded.problems().isEmpty()) {
            Alerts.problems(owner.get(), Messages.format(messages, "briefing.open.problems",
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
            status.notice(Messages.format(messages, "briefing.saved", file.getFileName()));
            return true;
        } catch (IOException e) {
            error(Messages.format(messages, "briefing.save.failed", file), e.getMessage());
            return false;
        }
    }

    /** Asks for a title and a size, then a file, and writes the current view as a PNG picture. */
    void exportViewPng() {
        TextField title = new TextField(briefing.getTitle().isBlank() ? defaultTitle.get() : briefing.getTitle());
        title.setId("export-title");
        title.setPrefColumnCount(32); // room for a default title such as the dataset's name and the window's dates
        int[] size = askSize(title);
        if (size == null) {
            return;
        }
        remember(exportOptions.withSize(size[0], size[1]));
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("export.view.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG (*.png)", "*.png"));
        chooser.setInitialFileName(BriefingExport.slug(title.getText()) + ".png");
        Path folder = defaultFolder();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            remember(exportOptions.withFolder(chosen.toPath().toAbsolutePath().getParent()));
            exportView(title.getText(), size[0], size[1], chosen.toPath());
        }
    }

    /**
     * Starts from the export answers {@code settings} remembers, and has it remember the new ones (the chosen scenes
     * belong to one briefing and are not kept past the session).
     */
    void useSettings(UserSettings settings) {
        this.settings = settings;
        Settings.ExportAnswers saved = settings.get().export();
        if (saved != null) {
            exportOptions = new ExportOptions(saved.width(), saved.height(), List.of(), saved.titleSlide(),
                    saved.sources(), saved.notes(), saved.folder());
        }
    }

    private void remember(ExportOptions options) {
        exportOptions = options;
        settings.update(s -> s.withExport(new Settings.ExportAnswers(options.width(), options.height(),
                options.titleSlide(), options.sources(), options.notes(), options.folder())));
    }

    /** Writes the current view as a {@code width} × {@code height} PNG picture titled {@code title}. */
    void exportView(String title, int width, int height, Path file) {
        String caption = title.isBlank() ? defaultTitle.get() : title;
        ExportOptions options = ExportOptions.DEFAULT.withSize(width, height);
        draw(List.of(capture.apply(caption)), options, BriefingExport.Format.PNG,
                BriefingExport.withExtension(file, BriefingExport.Format.PNG), caption);
    }

    /**
     * Asks what to export (size, scenes, title slide, sources, notes) and where, starting from the last answers
     * and the briefing's name and folder, then writes the scenes as PDF, PowerPoint or PNG pictures.
     */
    void exportBriefing(BriefingExport.Format format) {
        if (briefing.getScenes().isEmpty()) {
            error(messages.getString("export.noScenes"), messages.getString("export.noScenes.text"));
            return;
        }
        ExportDialog dialog = new ExportDialog(owner.get(), format,
                briefing.getScenes().stream().map(BriefingScene::name).toList(), exportOptions, defaultOut(format),
                messages);
        dialog.showAndWait().ifPresent(answer -> {
            remember(answer.options());
            exportBriefing(format, answer.out(), answer.options());
        });
    }

    void exportBriefing(BriefingExport.Format format, Path out, ExportOptions options) {
        String title = briefing.getTitle().isBlank() ? name() : briefing.getTitle();
        draw(List.copyOf(briefing.getScenes()), options, format, out, title);
    }

    /**
     * Where an export goes unless the user says otherwise: beside the briefing's file and named after it when it is
     * saved; else in the folder last exported to (or the home folder), named after the briefing's title.
     */
    private Path defaultOut(BriefingExport.Format format) {
        Path file = briefing.getFile();
        String base = file == null ? BriefingExport.slug(name())
                : file.getFileName().toString().replaceFirst("(?i)(\\.briefing)?\\.json$", "");
        Path out = defaultFolder().resolve(base);
        return format == BriefingExport.Format.PNG ? out : BriefingExport.withExtension(out, format);
    }

    private Path defaultFolder() {
        Path file = briefing.getFile();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            return file.toAbsolutePath().getParent();
        }
        return exportOptions.folder() != null ? exportOptions.folder() : Path.of(System.getProperty("user.home"));
    }

    /** Draws the scenes one per pulse, showing progress, then writes them on a worker thread. */
    private void draw(List<BriefingScene> scenes, ExportOptions options, BriefingExport.Format format, Path out,
            String title) {
        if (exporting.get()) {
            return; // the menu is disabled meanwhile; a shortcut or a test may still ask
        }
        BriefingExport.Job job = new BriefingExport.Job(renderer.get(), title, scenes, options, format, messages,
                Language.of(messages).locale());
        exporting.set(true);
        drawingTo = out;
        List<Slide> slides = new ArrayList<>();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            try {
                slides.add(job.draw(slides.size()));
            } catch (IOException | RuntimeException e) {
                exporting.set(false);
                drawingTo = null;
                status.setActivity(null);
                LOG.log(System.Logger.Level.WARNING, "export to " + out + " failed", e);
                error(Messages.format(messages, "export.failed", out), describe(e));
                return;
            }
            if (slides.size() < job.size()) {
                status.setActivity(Messages.format(messages, "export.drawing", slides.size() + 1,
                        job.size()));
                Platform.runLater(next[0]);
            } else {
                drawingTo = null;
                write(format, out, job.deck(slides));
            }
        };
        status.setActivity(Messages.format(messages, "export.drawing", 1, job.size()));
        Platform.runLater(next[0]);
    }

    private void write(BriefingExport.Format format, Path out, Deck deck) {
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws IOException {
                return BriefingExport.write(format, out, deck);
            }
        };
        status.setActivity(Messages.format(messages, "export.writing", out.getFileName()));
        task.setOnSucceeded(e -> {
            exporting.set(false);
            status.notice(Messages.format(messages, "export.done", task.getValue().size(), out));
        });
        task.setOnFailed(e -> {
            exporting.set(false);
            status.setActivity(null);
            LOG.log(System.Logger.Level.WARNING, "writing " + out + " failed", task.getException());
            error(Messages.format(messages, "export.failed", out), describe(task.getException()));
        });
        lastWrite = task;
        // Not a daemon: quitting while the files are written waits for them rather than leaving them unwritten.
        new Thread(task, "export").start();
    }

    /** A dialog asking for a picture's title and size, starting from the last size; null when cancelled. */
    private int[] askSize(TextField title) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle(messages.getString("export.view.title"));
        ask.setHeaderText(messages.getString("export.view.header"));
        ChoiceBox<String> size = new ChoiceBox<>(FXCollections.observableArrayList(ExportDialog.SIZES));
        size.setId("export-size");
        String last = exportOptions.width() + "\u00d7" + exportOptions.height();
        if (!size.getItems().contains(last)) {
            size.getItems().add(last);
        }
        size.setValue(last);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.getString("export.view.caption")), title);
        form.addRow(1, new Label(messages.getString("export.size")), size);
        ask.getDialogPane().setContent(form);
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return null;
        }
        return ExportOptions.parseSize(size.getValue());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("briefing.fileType"),
                "*.json"));
        return chooser;
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
                return Messages.format(messages, key, folder,
                        Objects.requireNonNullElse(f.getReason(), ""));
            }
        }
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }

    private void error(String header, String text) {
        Alerts.error(owner.get(), header, text);
    }
}
