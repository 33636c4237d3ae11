package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import com.usthem.core.workspace.CorpusEntry;
import com.usthem.core.workspace.ReviewedExample;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.Objects;

/**
 * The examples of the workspace corpus, one a row: text, label, the model's score, whether it
 * agrees, who labeled it, source, axis and set. Sorting is the view model's (bound to the columns clicked); the
 * example the user was on stays selected when a refresh replaces every row.
 */
final class ExamplesTable extends TableView<ReviewedExample> {

    /** Longer texts are cut in the table; the edit dialog shows all of it. */
    private static final int CELL_TEXT = 280;

    private final ExamplesViewModel model;
    private CorpusEntry remembered;

    /** @param edit opens the selected example for editing, on a double click */
    ExamplesTable(ExamplesViewModel model, AppLook look, Runnable edit) {
        this.model = model;
        setId("examples-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        addColumns(look);
        model.examples().comparatorProperty().bind(comparatorProperty());
        setItems(model.examples());
        setPlaceholder(placeholder());
        getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                remembered = now.entry();
            }
        });
        model.examples().addListener((ListChangeListener<ReviewedExample>) change -> reselect());
        setRowFactory(view -> {
            TableRow<ReviewedExample> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.run();
                }
            });
            return row;
        });
    }

    /** The example selected; null when none is. */
    ReviewedExample selected() {
        return getSelectionModel().getSelectedItem();
    }

    private void addColumns(AppLook look) {
        TableColumn<ReviewedExample, String> text = TeamViews.column("Text", e -> e.entry().example().text());
        text.setId("column-text");
        text.setCellFactory(c -> new CutTextCell<>(CELL_TEXT));
        TableColumn<ReviewedExample, String> label = TeamViews.column("Label", e -> e.label().id());
        label.setCellFactory(c -> new SideCell());
        TableColumn<ReviewedExample, Double> score = new TableColumn<>("Model");
        score.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().sales()));
        score.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double sales, boolean empty) {
                super.updateItem(sales, empty);
                setText(empty || sales == null ? null : Figures.sales(sales));
            }
        });
        TableColumn<ReviewedExample, String> agrees = TeamViews.column("Agrees", e -> e.agrees() ? "yes"
                : "no: says " + e.predicted().id());
        TableColumn<ReviewedExample, String> author = TeamViews.column("Author", ExamplesTable::author);
        author.setId("column-author");
        TableColumn<ReviewedExample, String> source = TeamViews.column("Source", e -> e.entry().example().source());
        TableColumn<ReviewedExample, String> axis = TeamViews.column("Axis",
                e -> Objects.requireNonNullElse(e.axis(), ""));
        TableColumn<ReviewedExample, String> set = TeamViews.column("Set",
                e -> e.entry().heldOut() ? "test" : "training");
        getColumns().addAll(List.of(text, label, score, agrees, author, source, axis, set));
        look.onScale(scale -> {
            text.setMinWidth(220 * scale);
            text.setPrefWidth(400 * scale);
            TeamViews.width(label, 100, scale);
            TeamViews.width(score, 100, scale);
            TeamViews.width(agrees, 140, scale);
            TeamViews.width(author, 100, scale);
            TeamViews.width(source, 80, scale);
            TeamViews.width(axis, 130, scale);
            TeamViews.width(set, 80, scale);
        });
    }

    /** "ana", "carol (settling)" for a line that settles a dispute, "" when no name was recorded. */
    private static String author(ReviewedExample example) {
        String name = Objects.requireNonNullElse(example.author(), "");
        return example.entry().example().settles() ? (name + " (settling)").strip() : name;
    }

    private javafx.scene.control.Label placeholder() {
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
        placeholder.setId("examples-placeholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("muted");
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.loadingProperty().get() && model.total() == 0) {
                return "Reading and scoring the examples\u2026";
            }
            return model.total() == 0
                    ? "No examples yet. Label copy in the main window (Alt+M, Alt+S), or import a file (Ctrl+I or "
                    + "drop it here)."
                    : "No example matches the search and filters.";
        }, model.loadingProperty(), model.examples()));
        return placeholder;
    }

    /** A refresh replaces every row: the example the user was on is selected again. */
    private void reselect() {
        if (remembered == null || selected() != null) {
            return;
        }
        for (ReviewedExample example : model.examples()) {
            CorpusEntry entry = example.entry();
            if (entry.file().equals(remembered.file()) && entry.example().id().equals(remembered.example().id())) {
                getSelectionModel().select(example);
                return;
            }
        }
    }

    /** "marketing" or "sales" in its side's colour. */
    private static final class SideCell extends TableCell<ReviewedExample, String> {

        @Override
        protected void updateItem(String label, boolean empty) {
            super.updateItem(label, empty);
            setText(empty ? null : label);
            getStyleClass().removeAll("side-marketing", "side-sales");
            if (!empty && label != null) {
                getStyleClass().add("side-" + label);
            }
        }
    }
}
