package org.sirocco.exchange.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sirocco.data.Category;
import org.sirocco.data.Dataset;
import org.sirocco.data.Event;
import org.sirocco.data.EventDates;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;
import org.sirocco.exchange.ColumnRole;
import org.sirocco.exchange.Duplicates;
import org.sirocco.exchange.ImportContext;
import org.sirocco.exchange.ImportDriver;
import org.sirocco.exchange.ImportFormat;
import org.sirocco.exchange.ImportJob;
import org.sirocco.exchange.ImportResult;
import org.sirocco.exchange.ImportSettings;
import org.sirocco.exchange.Merge;
import org.sirocco.i18n.Messages;

/**
 * File › Import…: shows what a file will give before anything changes, then imports it as a dataset of its own or
 * merges it into the open one. Reading runs off the UI thread with a progress bar; Cancel leaves nothing behind.
 */
public final class ImportDialog {

    /** Records the preview reads. */
    static final int PREVIEW_RECORDS = 200;
    private static final List<ColumnRole> PICKED = List.of(ColumnRole.DATE, ColumnRole.LATITUDE,
            ColumnRole.LONGITUDE, ColumnRole.TITLE, ColumnRole.CATEGORY, ColumnRole.END_DATE, ColumnRole.SUMMARY,
            ColumnRole.PLACE, ColumnRole.KILLED);

    private final Path file;
    private final ImportDriver driver;
    private final ImportContext context;
    private final Dataset open;
    private final ResourceBundle messages;
    private final Consumer<Path> onResult;
    private final Stage stage = new Stage();
    private ImportSettings settings = ImportSettings.AUTOMATIC;

    private final Label format = new Label();
    private final Label summary = new Label();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<String> subtype = new ComboBox<>();
    private final GridPane columns = new GridPane();
    private final Map<ColumnRole, ComboBox<String>> columnChoices = new EnumMap<>(ColumnRole.class);
    private final TableView<Event> preview = new TableView<>();
    private final TableView<String[]> mapping = new TableView<>();
    private final ListView<String> problems = new ListView<>();
    private final Tab problemsTab = new Tab();
    private final TextField output = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button openButton = new Button();
    private final Button mergeButton = new Button();
    private final Button cancel = new Button();
    private final VBox duplicatesBox = new VBox(6);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean columnsShown;

    /**
     * @param open     the dataset shown, which a merge adds to
     * @param onResult opens the dataset file the import or the merge wrote
     */
    public ImportDialog(Window owner, Path file, ImportDriver driver, ImportContext context, Dataset open,
            ResourceBundle messages, Consumer<Path> onResult) {
        this.file = file;
        this.driver = driver;
        this.context = context;
        this.open = open;
        this.messages = messages;
        this.onResult = onResult;
        stage.initOwner(owner);
        stage.setTitle(Messages.format(messages, "import.title", file.getFileName()));
        stage.setScene(new Scene(content(), 900, 700));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        }
        stage.setOnCloseRequest(e -> cancelled.set(true));
    }

    public void show() {
        stage.show();
        refreshPreview();
    }

    private VBox content() {
        format.setId("import-format");
        format.setWrapText(true);
        summary.setId("import-summary");
        summary.setWrapText(true);

        category.setId("import-category");
        category.getItems().add(null);
        category.getItems().addAll(Category.values());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? messages.getString("import.category.none")
                        : messages.getString("category." + c.id() + ".plural");
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        category.valueProperty().addListener((obs, old, now) -> {
            subtype.getItems().setAll(now == null ? List.of() : now.subtypes());
            subtype.setValue(now == null ? null : now.subtypes().get(0));
        });
        subtype.setId("import-subtype");
        subtype.valueProperty().addListener((obs, old, now) -> {
            settings = settings.withCategory(category.getValue(), now);
            refreshPreview();
        });
        HBox categoryRow = new HBox(8, new Label(messages.getString("import.category")), category,
                new Label(messages.getString("import.subtype")), subtype);
        categoryRow.setAlignment(Pos.CENTER_LEFT);

        columns.setHgap(8);
        columns.setVgap(4);
        columns.setVisible(false);
        columns.setManaged(false);

        preview.setId("import-preview");
        preview.getColumns().add(column(messages.getString("import.preview.date"),
                e -> EventDates.format(e, Messages.locale(messages)), 150));
        preview.getColumns().add(column(messages.getString("import.preview.category"),
                e -> e.category().id() + " / " + e.subtype(), 170));
        preview.getColumns().add(column(messages.getString("import.preview.title"), Event::title, 300));
        preview.getColumns().add(column(messages.getString("import.preview.place"),
                e -> e.primaryPlace().name() + " (" + e.primaryPlace().country() + ")", 150));
        preview.getColumns().add(column(messages.getString("import.preview.killed"), e -> e.killed().toString(), 70));

        mapping.setId("import-mapping");
        TableColumn<String[], String> from = new TableColumn<>(messages.getString("import.mapping.from"));
        from.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[0]));
        from.setPrefWidth(380);
        TableColumn<String[], String> to = new TableColumn<>(messages.getString("import.mapping.to"));
        to.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[1]));
        to.setPrefWidth(380);
        mapping.getColumns().add(from);
        mapping.getColumns().add(to);
        problems.setId("import-problems");

        TabPane tabs = new TabPane(new Tab(messages.getString("import.tab.preview"), preview),
                new Tab(messages.getString("import.tab.mapping"), mapping), problemsTab);
        problemsTab.setContent(problems);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        output.setId("import-output");
        output.setText(defaultOutput().toString());
        HBox.setHgrow(output, Priority.ALWAYS);
        Button choose = new Button(messages.getString("import.output.choose"));
        choose.setOnAction(e -> chooseOutput());
        HBox outputRow = new HBox(8, new Label(messages.getString("import.output")), output, choose);
        outputRow.setAlignment(Pos.CENTER_LEFT);

        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("import-status");
        status.setWrapText(true);
        duplicatesBox.setId("import-duplicates");
        duplicatesBox.setVisible(false);
        duplicatesBox.setManaged(false);

        openButton.setId("import-open");
        openButton.setText(messages.getString("import.open"));
        openButton.setOnAction(e -> runImport(false));
        mergeButton.setId("import-merge");
        mergeButton.setText(Messages.format(messages, "import.merge", open.name()));
        mergeButton.setOnAction(e -> runImport(true));
        cancel.setId("import-cancel");
        cancel.setText(messages.getString("import.cancel"));
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancelled.set(true));
        Button close = new Button(messages.getString("import.close"));
        close.setOnAction(e -> {
            cancelled.set(true);
            stage.close();
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, cancel, spring, openButton, mergeButton, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label credit = new Label(messages.getString("import.credit"));
        credit.setWrapText(true);
        VBox box = new VBox(8, format, categoryRow, columns, tabs, summary, credit, duplicatesBox, outputRow,
                progress, status, buttons);
        box.setPadding(new Insets(12));
        box.setId("import-dialog");
        return box;
    }

    private static TableColumn<Event, String> column(String title, java.util.function.Function<Event, String> value,
            double width) {
        TableColumn<Event, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Path defaultOutput() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve((dot > 0 ? name.substring(0, dot) : name) + ".sirocco.json");
    }

    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("import.output.title"));
        Path current = Path.of(output.getText());
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            output.setText(chosen.getPath());
        }
    }

    /** Reads the first records again with the current choices. */
    private void refreshPreview() {
        ImportSettings asked = settings;
        summary.setText(messages.getString("import.reading"));
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws IOException {
                return new ImportJob(driver, file, asked, context).preview(PREVIEW_RECORDS);
            }
        };
        task.setOnSucceeded(e -> {
            if (asked == settings) {
                showPreview(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (asked == settings) {
                showFailure(task.getException());
            }
        });
        start(task, "import-preview");
    }

    private void showPreview(ImportResult r) {
        String layout = r.description().layout();
        format.setText(r.description().dateForm() == null
                ? Messages.format(messages, "import.format", driver.format().label(), layout)
                : Messages.format(messages, "import.format.dates", driver.format().label(), layout,
                        r.description().dateForm()));
        if (driver.format() == ImportFormat.CSV && !columnsShown) {
            showColumns(r.description().columns(), r.description().mapping());
        }
        preview.getItems().setAll(r.sample());
        mapping.getItems().setAll(r.description().mapping());
        List<String> lines = new ArrayList<>();
        r.problems().forEach(p -> lines.add(line(p)));
        problems.getItems().setAll(lines);
        problemsTab.setText(Messages.format(messages, "import.tab.problems", r.problemCount()));
        summary.setText(Messages.format(messages, "import.summary", r.records(), r.imported(),
                r.skippedCount()) + skippedText(r));
        boolean any = r.imported() > 0;
        openButton.setDisable(!any);
        mergeButton.setDisable(!any);
    }

    private void showFailure(Throwable e) {
        String message = e == null ? "" : e.getMessage();
        summary.setText(Messages.format(messages, "import.failed", message));
        problems.getItems().setAll(message);
        problemsTab.setText(Messages.format(messages, "import.tab.problems", 1));
        openButton.setDisable(true);
        mergeButton.setDisable(true);
    }

    /** The column pickers of a plain table, set to the columns proposed. */
    private void showColumns(List<String> names, List<String[]> proposed) {
        columnsShown = true;
        columns.getChildren().clear();
        columns.add(new Label(messages.getString("import.columns")), 0, 0, 4, 1);
        int k = 0;
        for (ColumnRole role : PICKED) {
            ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(names));
            choice.getItems().add(0, null);
            choice.setId("import-column-" + role.name().toLowerCase(java.util.Locale.ROOT));
            for (String[] m : proposed) {
                if (m[0].equals(role.name().toLowerCase(java.util.Locale.ROOT))) {
                    choice.setValue(m[1]);
                }
            }
            choice.valueProperty().addListener((obs, old, now) -> {
                Map<ColumnRole, String> picked = new EnumMap<>(ColumnRole.class);
                columnChoices.forEach((r, c) -> {
                    if (c.getValue() != null) {
                        picked.put(r, c.getValue());
                    }
                });
                settings = settings.withColumns(picked);
                refreshPreview();
            });
            columnChoices.put(role, choice);
            columns.add(new Label(messages.getString("import.column." + role.name())), (k % 3) * 2, 1 + k / 3);
            columns.add(choice, (k % 3) * 2 + 1, 1 + k / 3);
            k++;
        }
        columns.setVisible(true);
        columns.setManaged(true);
    }

    private String skippedText(ImportResult r) {
        List<String> parts = new ArrayList<>();
        r.skipped().forEach((reason, n) -> parts.add(Messages.format(messages, "import.skipped",
                messages.getString("import.skip." + reason.name()), n)));
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** {@code line N: column: what}, the file being named in the title. */
    private static String line(Problem p) {
        return new Problem("", p.line(), p.eventId(), p.field(), p.message()).toString().replaceFirst("^:", "")
                .replaceFirst("^ ", "");
    }

    /** Imports the whole file; then opens it, or shows the merge's duplicates. */
    private void runImport(boolean merge) {
        Path target = Path.of(output.getText().strip());
        Path written = merge ? tempBeside(target) : target;
        cancelled.set(false);
        setRunning(true);
        ImportSettings asked = settings;
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws IOException {
                return new ImportJob(driver, file, asked, context).run(written, baseName(), (fraction, records) -> {
                    updateProgress(fraction, 1);
                    updateMessage(Messages.format(messages, "import.running", file.getFileName(),
                            records));
                }, cancelled::get);
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            unbind();
            setRunning(false);
            ImportResult r = task.getValue();
            summary.setText(Messages.format(messages, "import.summary.done", r.records(),
                    r.imported(), r.skippedCount()) + skippedText(r));
            if (r.imported() == 0) {
                status.setText(Messages.format(messages, "import.nothing", file.getFileName()));
            } else if (merge) {
                prepareMerge(written, target);
            } else {
                stage.close();
                onResult.accept(target);
            }
        });
        task.setOnFailed(e -> {
            unbind();
            setRunning(false);
            Throwable x = task.getException();
            status.setText(x instanceof CancellationException ? messages.getString("import.cancelled")
                    : Messages.format(messages, "import.failed", x.getMessage()));
        });
        start(task, "import");
    }

    private void unbind() {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
    }

    private void setRunning(boolean running) {
        progress.setVisible(running);
        cancel.setDisable(!running);
        openButton.setDisable(running);
        mergeButton.setDisable(running);
    }

    /** Reads the imported events back and lists those that look like events of the open dataset. */
    private void prepareMerge(Path imported, Path target) {
        Task<Merge> task = new Task<>() {
            @Override
            protected Merge call() {
                LoadResult read = new DatasetReader(context.catalog().names()).read(imported);
                return new Merge(open, read.dataset());
            }
        };
        task.setOnSucceeded(e -> showDuplicates(task.getValue(), imported, target));
        task.setOnFailed(e -> status.setText(Messages.format(messages, "import.failed",
                task.getException().getMessage())));
        start(task, "import-merge");
    }

    private void showDuplicates(Merge merge, Path imported, Path target) {
        duplicatesBox.getChildren().clear();
        Label intro = new Label(Messages.format(messages, "import.duplicates",
                merge.duplicates().size(), open.name(), merge.updates()));
        intro.setWrapText(true);
        ListView<CheckBox> pairs = new ListView<>();
        pairs.setId("import-duplicate-list");
        pairs.setPrefHeight(160);
        for (Duplicates.Pair p : merge.duplicates()) {
            Event in = merge.imported().store().event(p.imported());
            Event existing = open.store().event(p.existing());
            CheckBox keep = new CheckBox(Messages.format(messages, "import.duplicate.pair",
                    in.title() + ", " + EventDates.format(in, Messages.locale(messages)),
                    existing.title() + ", " + EventDates.format(existing, Messages.locale(messages)),
                    p.km()));
            keep.setUserData(p);
            pairs.getItems().add(keep);
        }
        Button confirm = new Button(messages.getString("import.merge.confirm"));
        confirm.setId("import-merge-confirm");
        confirm.setOnAction(e -> {
            Set<Integer> skipped = new HashSet<>();
            for (CheckBox c : pairs.getItems()) {
                if (!c.isSelected()) {
                    skipped.add(((Duplicates.Pair) c.getUserData()).imported());
                }
            }
            writeMerge(merge, skipped, imported, target);
        });
        duplicatesBox.getChildren().setAll(intro, pairs, confirm);
        duplicatesBox.setVisible(true);
        duplicatesBox.setManaged(true);
        openButton.setDisable(true);
        mergeButton.setDisable(true);
    }

    private void writeMerge(Merge merge, Set<Integer> skipped, Path imported, Path target) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                try {
                    merge.write(target, open.name(), skipped);
                } finally {
                    Files.deleteIfExists(imported);
                }
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            stage.close();
            onResult.accept(target);
        });
        task.setOnFailed(e -> status.setText(Messages.format(messages, "import.failed",
                task.getException().getMessage())));
        start(task, "import-merge-write");
    }

    /** Where the events being merged wait: beside the merged dataset, hidden, removed once merged. */
    private static Path tempBeside(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        return dir.resolve("." + target.getFileName() + ".imported.json");
    }

    private String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void start(Task<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }
}
