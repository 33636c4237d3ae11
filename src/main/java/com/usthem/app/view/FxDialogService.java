package com.usthem.app.view;

import com.usthem.app.dialog.DialogService;
import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.dialog.Severity;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A window's way of speaking to the user: its notice, its banner, alerts in the app's look, its file pickers. */
public record FxDialogService(Window owner, Notice notice, MessageBanner banner, ObservableValue<WindowLook> look,
                              FileDialogs files) implements DialogService {

    @Override
    public void notify(String message) {
        notice.show(message);
    }

    @Override
    public void showMessage(Severity severity, String message) {
        banner.show(severity, message);
    }

    @Override
    public boolean confirm(String title, String question, String detail, String goAhead) {
        return confirm(owner, look.getValue(), title, question, detail, goAhead);
    }

    /** Asks, in a window's look, before something is lost; true when the user goes ahead. */
    public static boolean confirm(Window owner, WindowLook look, String title, String question, String detail,
                                  String goAhead) {
        ButtonType ahead = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ahead, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(question);
        look.styled(alert);
        return alert.showAndWait().filter(ahead::equals).isPresent();
    }

    @Override
    public Optional<Path> openFile(String title, List<FileDialogs.Filter> filters, Path folder) {
        return files.openFile(owner, title, filters, folder);
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileDialogs.Filter> filters, Path folder) {
        return files.saveFile(owner, title, suggestedName, filters, folder);
    }
}
