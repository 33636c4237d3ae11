package com.usthem.app.workshop;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The workshop's labels: each with an id (the tests find it by) and a style class (its look in tools.css). */
final class Labels {

    private Labels() {
    }

    static Label of(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** A label that takes as many lines as its text needs. */
    static Label wrapping(String id, String styleClass) {
        Label label = of(id, styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
