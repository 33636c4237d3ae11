package com.usthem.app.view;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;

/** The Help dialog: every keyboard shortcut, the app's actions and the editor's own. */
public final class ShortcutsDialog {

    /** One row: what it does, and the keys. */
    public record Row(String action, String keys) {
    }

    /** The editing keys the text area itself understands. */
    public static final List<Row> EDITOR_KEYS = List.of(
            new Row("Undo", "Ctrl+Z"), new Row("Redo", "Ctrl+Y or Ctrl+Shift+Z"),
            new Row("Cut, copy, paste", "Ctrl+X, Ctrl+C, Ctrl+V"), new Row("Select all", "Ctrl+A"));

    private ShortcutsDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, List<Row> actions) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Row action : actions) {
            grid.addRow(row++, new Label(action.action()), keys(action.keys()));
        }
        Label editing = new Label("In the editor");
        editing.getStyleClass().add("section-heading");
        grid.add(editing, 0, row++, 2, 1);
        for (Row action : EDITOR_KEYS) {
            grid.addRow(row++, new Label(action.action()), keys(action.keys()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        return dialog;
    }

    private static Label keys(String text) {
        Label keys = new Label(text);
        keys.getStyleClass().add("shortcut-keys");
        return keys;
    }
}
