package com.usthem.app.team;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.task.ErrorMessages;
import com.usthem.app.view.AppLook;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where the app keeps the user's examples and models. The command line uses the same folder when
 * given {@code --workspace DIR} or {@code USTHEM_WORKSPACE}, so the two can share models.
 */
public final class WorkspaceFolderDialog {

    /** The choice: a folder, or null for the default. */
    public record Choice(Path folder) {
    }

    private WorkspaceFolderDialog() {
    }

    /**
     * @param inUse         the folder in use now
     * @param defaultFolder the folder used when none is chosen
     */
    public static Dialog<Choice> create(Window owner, AppLook look, FileDialogs files, Path inUse, Path defaultFolder) {
        TextField folder = new TextField(inUse.toString());
        folder.setId("workspace-folder");
        folder.setPrefColumnCount(36);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose\u2026");
        choose.setId("workspace-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> files.openFolder(folder.getScene().getWindow(), "Workspace folder",
                typedFolder(folder.getText())).ifPresent(chosen -> folder.setText(chosen.toString())));
        Button useDefault = new Button("Use the default");
        useDefault.setId("workspace-default");
        useDefault.setOnAction(e -> folder.setText(defaultFolder.toString()));
        Label problem = TeamViews.problem("workspace-problem");
        Label about = TeamViews.wrapping("Your examples, models and company vocabulary are kept in this folder. A "
                + "folder that does not exist yet is created and filled with the shipped examples and model. "
                + "The command line uses the same folder with --workspace DIR or USTHEM_WORKSPACE.");
        Label fallback = TeamViews.note("Default: " + defaultFolder);
        VBox content = new VBox(10, about, new HBox(8, folder, choose), fallback, useDefault, problem);
        content.setId("workspace-settings");
        content.setPrefWidth(560 * look.scale());
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Workspace folder");
        dialog.setHeaderText("Where your examples and models are kept");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        look.style(dialog.getDialogPane());
        dialog.getDialogPane().getStyleClass().add("team-dialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String reason = problemWith(folder.getText());
            problem.setText(reason);
            if (!reason.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Path chosen = Path.of(folder.getText().strip()).toAbsolutePath().normalize();
            return new Choice(chosen.equals(defaultFolder.toAbsolutePath().normalize()) ? null : chosen);
        });
        return dialog;
    }

    /** The folder typed, to start the picker in; null when it is no folder name. */
    private static Path typedFolder(String text) {
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Why the text is no usable folder, or "" when it is. */
    static String problemWith(String text) {
        if (text.isBlank()) {
            return "Give a folder, or use the default.";
        }
        try {
            Path path = Path.of(text.strip());
            File file = path.toFile();
            return file.exists() && !file.isDirectory() ? path + " is a file, not a folder." : "";
        } catch (InvalidPathException e) {
            return "Not a folder name: " + ErrorMessages.describe(e);
        }
    }
}
