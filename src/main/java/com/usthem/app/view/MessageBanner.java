package com.usthem.app.view;

import com.usthem.app.dialog.Severity;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * Messages across the top of the window that stay until dismissed: why another model is in use,
 * why a file could not be opened or saved.
 */
public final class MessageBanner extends VBox {

    public MessageBanner() {
        setId("banner");
        getStyleClass().add("message-banner");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    public void show(Severity kind, String text) {
        Label message = new Label(text);
        message.getStyleClass().add("banner-text");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("banner-dismiss");
        // A long message wraps; the button keeps its word.
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, message, dismiss);
        row.getStyleClass().addAll("banner-message", "banner-" + kind.name().toLowerCase(Locale.ROOT));
        dismiss.setOnAction(e -> {
            getChildren().remove(row);
            setVisible(!getChildren().isEmpty());
        });
        getChildren().add(row);
        setVisible(true);
    }

    /** Takes every message down, when what they were about is gone. */
    public void clear() {
        getChildren().clear();
        setVisible(false);
    }

    /** The texts shown, oldest first. */
    public List<String> messages() {
        return getChildren().stream().map(row -> ((Label) ((HBox) row).getChildren().get(0)).getText()).toList();
    }
}
