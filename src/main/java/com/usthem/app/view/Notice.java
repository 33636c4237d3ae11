package com.usthem.app.view;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A short message in a status bar ("Saved offer.md") that clears itself after a few seconds. */
public final class Notice extends Label {

    private final PauseTransition timeout = new PauseTransition(Duration.seconds(5));

    public Notice(String id) {
        setId(id);
        getStyleClass().add("notice");
        timeout.setOnFinished(e -> setText(""));
    }

    public void show(String message) {
        setText(message);
        timeout.playFromStart();
    }
}
