package com.usthem.app.team;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.view.AppLook;
import com.usthem.app.view.MessageBanner;
import com.usthem.core.Label;
import com.usthem.core.workspace.ReviewedExample;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every example of the workspace corpus in a table, with the current model's score and whether it
 * agrees: search, filter, relabel (M, S), edit (Enter), delete (Delete), undo (Alt+Z), import
 * (Ctrl+I, or drop files on the window) and export (Ctrl+E).
 */
public final class ExamplesWindow {

    private static final List<FileDialogs.Filter> IMPORTED = List.of(new FileDialogs.Filter(
            "Examples (*.jsonl, *.csv, *.txt)", List.of("*.jsonl", "*.csv", "*.txt", "*.doccat", "*.train")));
    private static final List<FileDialogs.Filter> EXPORTED = List.of(
            new FileDialogs.Filter("JSON Lines (*.jsonl)", List.of("*.jsonl")),
            new FileDialogs.Filter("CSV (*.csv)", List.of("*.csv")),
            new FileDialogs.Filter("OpenNLP doccat (*.txt)", List.of("*.txt")));

    private final Stage stage = new Stage();
    private final ExamplesViewModel model;
    private final AppLook look;
    private final FileDialogs files;
    private final ExamplesTable table;
    private final MessageBanner banner = new MessageBanner();

    public ExamplesWindow(Window owner, ExamplesViewModel model, AppLook look, FileDialogs files) {
        this.model = model;
        this.look = look;
        this.files = files;
        this.table = new ExamplesTable(model, look, this::editSelected);
        BorderPane root = new BorderPane(new VBox(table, details()));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(new VBox(filters(), banner));
        root.setBottom(actions());
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::tableKey);
        acceptDroppedFiles(root);
        Scene scene = TeamViews.setUp(stage, owner, "Examples", root, "examples-window", 1120, 640, look);
        addShortcuts(scene);
        model.messages().addListener((ListChangeListener<ExamplesViewModel.Message>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(message -> banner.show(message.kind(), message.text()));
            }
        });
        TeamViews.activeWhileShown(stage, model::setActive);
    }

    public Stage stage() {
        return stage;
    }

    public TableView<ReviewedExample> table() {
        return table;
    }

    public MessageBanner banner() {
        return banner;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private HBox filters() {
        TextField search = new TextField();
        search.setId("examples-search");
        search.setPromptText("Search text, label, source, axis or author (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox disagreeing = new CheckBox("Model disagrees");
        disagreeing.setId("filter-disagrees");
        disagreeing.selectedProperty().bindBidirectional(model.disagreeingProperty());
        disagreeing.setTooltip(new Tooltip("Only examples the current model gives the other label"));
        CheckBox unsure = new CheckBox("Low confidence");
        unsure.setId("filter-low-confidence");
        unsure.selectedProperty().bindBidirectional(model.lowConfidenceProperty());
        unsure.setTooltip(new Tooltip("Only examples the model scores between 35% and 65% sales"));
        ComboBox<AuthorFilter> author = new ComboBox<>(model.authors());
        author.setId("filter-author");
        // Not bound both ways: should the box drop its value as its choices change, that must not drop
        // the filter.
        author.setValue(model.authorProperty().get());
        author.valueProperty().addListener((observable, old, now) -> {
            if (now != null) {
                model.authorProperty().set(now);
            }
        });
        model.authorProperty().addListener((observable, old, now) -> author.setValue(now));
        author.setTooltip(new Tooltip("Only one person's labels, or only those without a name"));
        author.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Label count = new javafx.scene.control.Label();
        count.setId("examples-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.examples().size() == model.total()
                ? Figures.plural(model.total(), "example")
                : Figures.count(model.examples().size()) + " of " + Figures.plural(model.total(), "example"),
                model.examples()));
        HBox bar = new HBox(12, search, author, disagreeing, unsure, count);
        bar.getStyleClass().add("team-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox actions() {
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button marketing = button("Marketing", "examples-marketing", "Label the example marketing (M)", none,
                () -> relabelSelected(Label.MARKETING));
        Button sales = button("Sales", "examples-sales", "Label the example sales (S)", none,
                () -> relabelSelected(Label.SALES));
        Button edit = button("Edit text\u2026", "examples-edit", "Change the example's text (Enter)", none,
                this::editSelected);
        Button delete = button("Delete", "examples-delete", "Delete the example (Delete); Alt+Z brings it back",
                none, this::deleteSelected);
        Button undo = button("Undo", "examples-undo", "Undo the latest change to the examples (Alt+Z)", null,
                model::undo);
        Button redo = button("Redo", "examples-redo", "Redo (Alt+Shift+Z)", null, model::redo);
        Button importing = button("Import\u2026", "examples-import",
                "Add examples from JSONL, CSV or doccat files (Ctrl+I, or drop the files on this window)", null,
                this::chooseAndImport);
        Button exporting = button("Export\u2026", "examples-export",
                "Write the training examples as JSONL, CSV or doccat (Ctrl+E)", null, this::chooseAndExport);
        FlowPane buttons = new FlowPane(8, 8, marketing, sales, edit, delete, gap(), undo, redo, gap(), importing,
                exporting);
        buttons.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.control.Label status = new javafx.scene.control.Label();
        status.setId("examples-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("examples-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        javafx.scene.control.Label keys = new javafx.scene.control.Label(
                "Keys in the table: M or S label it, Enter edits, Delete deletes, Alt+Z undoes.");
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);
        HBox statusRow = new HBox(12, status, progress);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.visibleProperty().bind(status.textProperty().isNotEmpty().or(model.loadingProperty()));
        statusRow.managedProperty().bind(statusRow.visibleProperty());
        VBox bottom = new VBox(8, buttons, statusRow, keys);
        bottom.getStyleClass().add("team-actions");
        return bottom;
    }

    private static Separator gap() {
        Separator gap = new Separator(Orientation.VERTICAL);
        gap.setPrefHeight(24);
        return gap;
    }

    /** The selected example in full: the table cuts long texts. */
    private Node details() {
        javafx.scene.control.Label text = TeamViews.wrapping("");
        text.setId("example-details");
        javafx.scene.control.Label about = TeamViews.note("");
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            text.setText(now == null ? "" : now.entry().example().text());
            about.setText(now == null ? "" : String.format(Locale.ROOT,
                    "%s %s%s; the model says %s (%s). Source %s, in %s.",
                    now.entry().example().settles() ? "Settled as" : "Labeled", now.label().id(),
                    now.author() == null ? "" : " by " + now.author(), now.predicted().id(),
                    Figures.sales(now.sales()), now.entry().example().source(), now.entry().file().getFileName()));
        });
        VBox details = new VBox(4, about, text);
        details.getStyleClass().add("example-details");
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(90);
        scroll.setMinViewportHeight(40);
        scroll.visibleProperty().bind(table.getSelectionModel().selectedItemProperty().isNotNull());
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    private static Button button(String text, String id, String tip, BooleanBinding disabled, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMnemonicParsing(false);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private void tableKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || table.selected() == null) {
            return;
        }
        switch (event.getCode()) {
            case M -> relabelSelected(Label.MARKETING);
            case S -> relabelSelected(Label.SALES);
            case ENTER, F2 -> editSelected();
            case DELETE, BACK_SPACE -> deleteSelected();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void addShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, ALT_DOWN), model::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, ALT_DOWN, SHIFT_DOWN), model::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, SHORTCUT_DOWN), this::chooseAndImport);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN), this::chooseAndExport);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN),
                () -> scene.lookup("#examples-search").requestFocus());
    }

    private void acceptDroppedFiles(Region root) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                model.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private void relabelSelected(Label label) {
        ReviewedExample selected = table.selected();
        if (selected != null) {
            model.relabel(selected, label);
        }
    }

    private void deleteSelected() {
        ReviewedExample selected = table.selected();
        if (selected != null) {
            model.delete(selected);
        }
    }

    private void editSelected() {
        ReviewedExample selected = table.selected();
        if (selected == null) {
            return;
        }
        TextArea area = new TextArea(selected.entry().example().text());
        area.setId("edit-example-text");
        area.setWrapText(true);
        area.setPrefColumnCount(50);
        area.setPrefRowCount(8);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Edit example");
        dialog.setHeaderText("Edit the example's text (its label stays " + selected.label().id() + ")");
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == ButtonType.OK ? area.getText() : null);
        look.style(dialog.getDialogPane());
        dialog.setOnShown(e -> area.requestFocus());
        dialog.showAndWait().filter(text -> !text.equals(selected.entry().example().text()))
                .ifPresent(text -> model.editText(selected, text));
    }

    /** Asks for example files and imports them. */
    public void chooseAndImport() {
        List<Path> chosen = files.openFiles(stage, "Import examples", IMPORTED);
        if (!chosen.isEmpty()) {
            model.importFiles(chosen);
        }
    }

    /**
     * Asks where to write the training examples and writes them, in the format of the file's name
     * (a name typed without one gets the extension of the kind chosen in the picker).
     */
    public void chooseAndExport() {
        files.saveFile(stage, "Export examples", "examples.jsonl", EXPORTED, null)
                .ifPresent(chosen -> model.export(FileDialogs.withExtension(chosen, "jsonl")));
    }
}
