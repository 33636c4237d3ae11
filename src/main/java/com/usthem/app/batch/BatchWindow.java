package com.usthem.app.batch;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.score.Lean;
import com.usthem.app.view.AppAction;
import com.usthem.app.view.ShortcutsDialog;
import com.usthem.app.view.WindowLook;
import com.usthem.core.Label;
import com.usthem.core.batch.BatchExport;
import com.usthem.core.batch.BatchResult;
import com.usthem.core.batch.DraftFormat;
import com.usthem.core.io.FileProblem;
import com.usthem.core.text.OneLine;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Batch scoring: choose files or a folder of drafts (or drop them on the window); the table fills
 * as they are scored, with progress and a way to stop; columns sort, a filter narrows the table by
 * words or verdict, and what the table shows is exported as CSV or JSON Lines. Files that could not
 * be read are listed with the reason under the table.
 */
public final class BatchWindow {

    private static final int TEXT_PREVIEW = 160;

    private final Stage stage = new Stage();
    private final BatchViewModel model;
    private final FileDialogs dialogs;
    private final ObservableValue<WindowLook> look;
    private final BorderPane root = new BorderPane();
    private final TableView<BatchResult> table = new TableView<>();
    private final ListView<FileProblem> problems = new ListView<>();
    private final TextField filter = new TextField();
    private final javafx.scene.control.Label notice = new javafx.scene.control.Label();
    private final List<AppAction> actions;

    public BatchWindow(Window owner, BatchViewModel model, ObservableValue<WindowLook> look, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.look = look;
        stage.initOwner(owner);
        actions = List.of(
                new AppAction("Batch", "Choose files\u2026", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN),
                        this::chooseFiles),
                new AppAction("Batch", "Choose a folder\u2026",
                        new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN), this::chooseFolder),
                new AppAction("Batch", "Stop scoring", new KeyCodeCombination(KeyCode.ESCAPE), model::cancel),
                new AppAction("Batch", "Filter the table", new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN),
                        filter::requestFocus),
                new AppAction("Batch", "Export as CSV\u2026", new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN),
                        () -> export(BatchExport.CSV)),
                new AppAction("Batch", "Export as JSON Lines\u2026",
                        new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN), () -> export(BatchExport.JSONL)),
                new AppAction("Batch", "Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                new AppAction("Batch", "Close", new KeyCodeCombination(KeyCode.W, SHORTCUT_DOWN), this::close));
        layOut();
    }

    public Stage stage() {
        return stage;
    }

    public BatchViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void layOut() {
        Button files = new Button("Choose files\u2026");
        files.setId("choose-files");
        files.setOnAction(e -> chooseFiles());
        Button folder = new Button("Choose a folder\u2026");
        folder.setId("choose-folder");
        folder.setOnAction(e -> chooseFolder());
        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.cancel());
        filter.setId("filter");
        filter.setPromptText("Filter: words in the text, file or id (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ChoiceBox<Label> verdict = new ChoiceBox<>();
        verdict.setId("verdict-filter");
        verdict.getItems().addAll(null, Label.MARKETING, Label.SALES);
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Label label) {
                return label == null ? "Both verdicts" : "Only " + label.id();
            }

            @Override
            public Label fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        verdict.valueProperty().bindBidirectional(model.labelFilterProperty());
        Button csv = new Button("Export CSV\u2026");
        csv.setId("export-csv");
        csv.setOnAction(e -> export(BatchExport.CSV));
        Button jsonl = new Button("Export JSONL\u2026");
        jsonl.setId("export-jsonl");
        jsonl.setOnAction(e -> export(BatchExport.JSONL));
        for (Button export : List.of(csv, jsonl)) {
            export.disableProperty().bind(model.runningProperty().or(Bindings.isEmpty(model.shown())));
        }
        HBox toolbar = new HBox(8, files, folder, stop, filter, verdict, csv, jsonl);
        toolbar.getStyleClass().add("batch-toolbar");

        buildTable();
        problems.setId("batch-problems");
        problems.getStyleClass().add("batch-problems");
        javafx.scene.control.Label problemsTitle = new javafx.scene.control.Label();
        problemsTitle.getStyleClass().add("section-heading");
        problemsTitle.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Not scored (%d): files and rows that could not be read, and files that are not drafts",
                model.problems().size()), model.problems()));
        VBox problemsPane = new VBox(4, problemsTitle, problems);
        problemsPane.getStyleClass().add("batch-problems-pane");
        VBox.setVgrow(problems, Priority.ALWAYS);
        problems.setItems(model.problems());
        SplitPane split = new SplitPane(table);
        split.setOrientation(Orientation.VERTICAL);
        model.problems().addListener((ListChangeListener<FileProblem>) change -> {
            boolean any = !model.problems().isEmpty();
            if (any && !split.getItems().contains(problemsPane)) {
                split.getItems().add(problemsPane);
                split.setDividerPositions(0.75);
            } else if (!any) {
                split.getItems().remove(problemsPane);
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("batch-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(220);
        javafx.scene.control.Label status = new javafx.scene.control.Label();
        status.setId("batch-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        javafx.scene.control.Label count = new javafx.scene.control.Label();
        count.setId("batch-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.results().isEmpty() ? ""
                : model.shown().size() == model.results().size() ? String.format(Locale.ROOT, "%,d drafts",
                model.results().size()) : String.format(Locale.ROOT, "showing %,d of %,d drafts", model.shown().size(),
                model.results().size()), model.shown(), model.results()));
        notice.setId("batch-notice");
        notice.getStyleClass().add("notice");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(12, progress, status, gap, notice, count);
        statusBar.getStyleClass().add("status-bar");

        root.setId("batch");
        root.setTop(toolbar);
        root.setCenter(split);
        root.setBottom(statusBar);
        BorderPane.setMargin(split, new Insets(0));
        Scene scene = new Scene(root, 1100, 700);
        actions.forEach(action -> scene.getAccelerators().put(action.keys(), action.run()));
        scene.setOnDragOver(this::acceptFiles);
        scene.setOnDragDropped(this::dropFiles);
        stage.setScene(scene);
        stage.setTitle("UsThem \u2014 batch scoring");
        stage.setOnHidden(e -> model.cancel());
        look.getValue().applyTo(root);
        look.addListener((observable, old, now) -> now.applyTo(root));
    }

    private void buildTable() {
        table.setId("batch-table");
        table.setItems(model.shown());
        // Until a column is sorted, and among equals, the table keeps the order the drafts have in their files.
        Comparator<BatchResult> inputOrder = Comparator.comparingInt(BatchResult::index);
        model.shown().comparatorProperty().bind(Bindings.createObjectBinding(() -> table.getComparator() == null
                ? inputOrder : table.getComparator().thenComparing(inputOrder), table.comparatorProperty()));
        // The sorted list follows the table's comparator itself; the table has nothing more to do.
        table.setSortPolicy(sorted -> true);
        javafx.scene.control.Label empty = new javafx.scene.control.Label("No drafts scored yet.\nChoose files "
                + "(Ctrl+O) or a folder (Ctrl+Shift+O) of " + DraftFormat.SUPPORTED + " drafts, or drop them here.");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BatchResult, String> file = column("File", 180, result -> model.place(result.draft()));
        file.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                BatchResult row = empty ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.draft().file().toString()));
            }
        });
        TableColumn<BatchResult, Integer> line = column("Line", 55, result -> result.draft().line() > 0
                ? result.draft().line() : null);
        TableColumn<BatchResult, String> id = column("Id", 70, result -> result.draft().id());
        TableColumn<BatchResult, String> verdict = column("Verdict", 105, result -> result.label().id());
        verdict.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("side-marketing", "side-sales");
                setText(empty ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add("side-" + item);
                }
            }
        });
        TableColumn<BatchResult, Double> sales = column("Sales", 70, BatchResult::sales);
        sales.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%.0f%%", 100 * item));
                setTooltip(empty || item == null ? null : new Tooltip(Lean.of(item).capitalizedWords()));
            }
        });
        TableColumn<BatchResult, Integer> we = column("We", 50, result -> result.pronouns().we());
        TableColumn<BatchResult, Integer> you = column("You", 50, result -> result.pronouns().you());
        TableColumn<BatchResult, Integer> sentences = column("Sentences", 110, BatchResult::sentences);
        TableColumn<BatchResult, String> text = column("Text", 420, result -> OneLine.cut(result.draft().text(), TEXT_PREVIEW));
        text.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        table.getColumns().addAll(List.of(file, line, id, verdict, sales, we, you, sentences, text));
    }

    private static <T> TableColumn<BatchResult, T> column(String title, double width, Function<BatchResult, T> value) {
        TableColumn<BatchResult, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void chooseFiles() {
        List<Path> chosen = dialogs.openFiles(stage, "Choose drafts to score", List.of(new FileDialogs.Filter(
                "Drafts (" + DraftFormat.SUPPORTED + ")", List.of("*.txt", "*.md", "*.csv", "*.jsonl"))));
        model.score(chosen);
    }

    private void chooseFolder() {
        dialogs.openFolder(stage, "Choose a folder of drafts", null).ifPresent(folder -> model.score(List.of(folder)));
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropFiles(DragEvent event) {
        boolean dropped = event.getDragboard().hasFiles();
        if (dropped) {
            model.score(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(dropped);
        event.consume();
    }

    private void export(BatchExport format) {
        if (model.runningProperty().get() || model.shown().isEmpty()) {
            notice.setText(model.runningProperty().get() ? "Wait for the run to finish (or stop it) to export."
                    : "Nothing to export: no draft is shown.");
            return;
        }
        String extension = format.name().toLowerCase(Locale.ROOT);
        dialogs.saveFile(stage, "Export the table as " + format.name(), "scores." + extension,
                List.of(new FileDialogs.Filter(format.name(), List.of("*." + extension))), null).ifPresent(chosen -> {
                    Path file = FileDialogs.withExtension(chosen, extension);
                    model.export(file, format, rows -> notice.setText(String.format(Locale.ROOT,
                            "Exported %,d draft%s to %s", rows, rows == 1 ? "" : "s", file.getFileName())),
                            problem -> notice.setText("Could not export to " + file + ": " + problem));
                });
    }

    private void showShortcuts() {
        List<ShortcutsDialog.Row> rows = new ArrayList<>();
        actions.forEach(action -> rows.add(new ShortcutsDialog.Row(action.title(), action.shortcut())));
        look.getValue().styled(ShortcutsDialog.create(stage, rows)).show();
    }

    private void close() {
        stage.close();
    }
}
