package com.usthem.app.workshop;

import com.usthem.app.score.Lean;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.util.Callback;

import java.util.Locale;
import java.util.function.Function;

/**
 * The round table: every rewrite of the prompt up now — who wrote it, the rewrite, the room's vote
 * (with the phones' split) and whether it matched the model's, the model's verdict and sales
 * percentage, how far it moved toward the side the prompt asked for, and whether it was kept as an
 * example. Sorting is left off: the order is the order the room played in.
 */
final class RoundTable extends TableView<Rewrite> {

    /** The narrowest the rewrite column gets, in em. */
    private static final double REWRITE_MIN_EM = 10;

    private final DoubleExpression fontSize;

    RoundTable(WorkshopViewModel model, DoubleExpression fontSize) {
        super(model.roundRewrites());
        this.fontSize = fontSize;
        setId("round-table");
        getStyleClass().add("round-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("The rewrites of this prompt appear here as they are revealed.");
        empty.getStyleClass().add("muted");
        setPlaceholder(empty);
        getColumns().add(column("#", 2, r -> String.valueOf(r.number())));
        getColumns().add(column("Who", 5.5, r -> r.author().isEmpty() ? "\u2014" : r.author()));
        TableColumn<Rewrite, String> text = column("Rewrite", 26, Rewrite::text);
        text.setCellFactory(RoundTable::wrapping);
        // The rewrite wraps, so it is the column that gives way when the room's panel takes its place.
        text.minWidthProperty().bind(fontSize.multiply(REWRITE_MIN_EM));
        getColumns().add(text);
        getColumns().add(column("Room", 7.5, RoundTable::roomVote));
        TableColumn<Rewrite, String> verdict = column("Model", 7.5, r -> String.format(Locale.ROOT, "%s %.0f%%",
                r.label().id(), 100 * r.sales()));
        verdict.setCellFactory(shaded());
        getColumns().add(verdict);
        TableColumn<Rewrite, String> moved = column("Change", 9, RoundTable::change);
        // The change is counted toward the side the prompt asks for: the heading says which.
        moved.textProperty().bind(Bindings.createStringBinding(() -> model.roundProperty().get() == null ? "Change"
                : "Toward " + model.roundProperty().get().prompt().direction().target().id(), model.roundProperty()));
        getColumns().add(moved);
        getColumns().add(column("Kept as", 6, r -> {
            com.usthem.core.Label label = model.kept().get(r.key());
            return label == null ? "" : label.id();
        }));
        getColumns().forEach(column -> column.setSortable(false));
        model.kept().addListener((MapChangeListener<Rewrite.Key, com.usthem.core.Label>) change -> refresh());
    }

    /**
     * The room's vote and whether the model agreed: "sales \u2713", with the phones' split "sales 12\u20135
     * \u2713" (the side voted first), "tie 4\u20134" when they split evenly, "\u2014" without a vote.
     */
    static String roomVote(Rewrite rewrite) {
        VoteSplit phones = rewrite.votes();
        if (!rewrite.voted()) {
            return phones.total() == 0 ? "\u2014" : "tie " + phones.sales() + "\u2013" + phones.marketing();
        }
        com.usthem.core.Label side = rewrite.roomVote();
        String split = phones.total() == 0 ? "" : " " + phones.count(side) + "\u2013" + phones.count(side.other());
        return side.id() + split + (rewrite.roomAgrees() ? " \u2713" : " \u2717");
    }

    /** "+60 pts", in points of sales probability, signed toward the side the prompt asked for. */
    static String change(Rewrite rewrite) {
        return points(Math.round(100 * rewrite.changeTowardTarget()));
    }

    /** "+60 pts", "\u221212 pts" or "\u00b10 pts". */
    static String points(long points) {
        String sign = points > 0 ? "+" : points < 0 ? "\u2212" : "\u00b1";
        return sign + Math.abs(points) + " pts";
    }

    private TableColumn<Rewrite, String> column(String title, double widthEm, Function<Rewrite, String> value) {
        TableColumn<Rewrite, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // Widths in em follow the workshop's text size, which follows the screen; short values keep theirs.
        column.prefWidthProperty().bind(fontSize.multiply(widthEm));
        column.minWidthProperty().bind(fontSize.multiply(widthEm));
        return column;
    }

    /** A cell that shows a whole rewrite on as many lines as it takes: the room reads every word. */
    private static TableCell<Rewrite, String> wrapping(TableColumn<Rewrite, String> column) {
        Text text = new Text();
        text.getStyleClass().add("wrapped-text");
        TableCell<Rewrite, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        };
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> column.getWidth()
                - cell.getPadding().getLeft() - cell.getPadding().getRight() - 2, column.widthProperty(),
                cell.paddingProperty()));
        text.fontProperty().bind(cell.fontProperty());
        return cell;
    }

    /** The verdict cell in the colour of its side, and in bold, so it is told apart without colour too. */
    private static Callback<TableColumn<Rewrite, String>, TableCell<Rewrite, String>> shaded() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(styleClass -> styleClass.startsWith("side-"));
                setText(empty ? null : item);
                Rewrite rewrite = empty ? null : getTableRow().getItem();
                if (rewrite != null) {
                    getStyleClass().add("side-" + Lean.of(rewrite.sales()).side().id());
                }
            }
        };
    }
}
