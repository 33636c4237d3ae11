package com.usthem.app.view;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/** About UsThem: what it is, and which model it is using and how well that model tested. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, String version, List<String> modelLines) {
        VBox content = new VBox(8);
        content.setId("about");
        Label what = new Label("UsThem tells whether copy talks like marketing or like sales, shows why, "
                + "and learns from your team's corrections. Everything runs on this computer.");
        what.setWrapText(true);
        content.getChildren().add(what);
        for (String line : modelLines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("about-model");
            content.getChildren().add(label);
        }
        content.setPrefWidth(520);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About UsThem");
        dialog.setHeaderText("UsThem " + version);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        return dialog;
    }
}
