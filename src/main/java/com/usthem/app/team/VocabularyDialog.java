package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * The company vocabulary: company, product and staff names that count as "we" words. The next
 * model trained learns with them; each model keeps the names it was trained with.
 */
public final class VocabularyDialog {

    private VocabularyDialog() {
    }

    /**
     * @param names      the workspace's names now
     * @param modelNames the names the model in use was trained with
     * @return a dialog whose result is the edited list (empty when cancelled)
     */
    public static Dialog<List<String>> create(Window owner, AppLook look, List<String> names,
                                                List<String> modelNames) {
        ListView<String> list = new ListView<>();
        list.setId("vocabulary-list");
        list.getItems().setAll(names);
        list.setPrefHeight(220);
        list.setPlaceholder(new Label("No names yet."));
        TextField name = new TextField();
        name.setId("vocabulary-name");
        name.setPromptText("A company, product or staff name, e.g. Acme or Acme Cloud");
        HBox.setHgrow(name, Priority.ALWAYS);
        Label problem = TeamViews.problem("vocabulary-problem");
        Button add = new Button("Add");
        add.setId("vocabulary-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        Runnable adding = () -> problem.setText(add(list, name));
        add.setOnAction(e -> adding.run());
        // Enter adds the name; consumed, so it does not also press OK.
        name.setOnAction(e -> {
            adding.run();
            e.consume();
        });
        Button remove = new Button("Remove");
        remove.setId("vocabulary-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> list.getItems().remove(list.getSelectionModel().getSelectedItem()));
        Label about = TeamViews.wrapping("Names listed here count as \u201cwe\u201d words: "
                + "\u201cAcme is proud to\u2026\u201d reads like \u201cWe are proud to\u2026\u201d. The next model "
                + "you train learns with them, and keeps them: each model scores with the names it was trained with.");
        Label inUse = TeamViews.note(modelNames.isEmpty() ? "The model in use was trained without company names."
                : "The model in use was trained with: " + String.join(", ", modelNames) + ".");
        VBox content = new VBox(10, about, new HBox(8, name, add), problem, list, remove, inUse);
        content.setId("vocabulary");
        content.setPrefWidth(520 * look.scale());
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Company vocabulary");
        dialog.setHeaderText("Company, product and staff names");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        look.style(dialog.getDialogPane());
        dialog.getDialogPane().getStyleClass().add("team-dialog");
        dialog.setResultConverter(button -> button == ButtonType.OK ? List.copyOf(list.getItems()) : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog;
    }

    /** Adds the typed name unless it cannot be kept; returns why not, or "" when added. */
    private static String add(ListView<String> list, TextField field) {
        String name = field.getText().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return "";
        }
        if (name.startsWith("#")) {
            return "A name cannot start with '#': the vocabulary file reads such lines as comments.";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (list.getItems().stream().anyMatch(existing -> existing.toLowerCase(Locale.ROOT).equals(lower))) {
            return "\u201c" + name + "\u201d is already in the list.";
        }
        list.getItems().add(name);
        list.getSelectionModel().select(name);
        field.clear();
        return "";
    }
}
