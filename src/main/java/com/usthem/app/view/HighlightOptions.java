package com.usthem.app.view;

import com.usthem.core.features.CueKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.List;

/** What the editor marks: sentence shading on or off, and which kinds of cue words. */
public final class HighlightOptions {

    /** The kinds of cue in the order the legend lists them (and Alt+1... toggles them). */
    public static final List<CueKind> KINDS = List.of(CueKind.values());

    private final BooleanProperty shading = new SimpleBooleanProperty(this, "shading", true);
    private final ObservableSet<CueKind> shownKinds = FXCollections.observableSet(EnumSet.allOf(CueKind.class));

    public BooleanProperty shadingProperty() {
        return shading;
    }

    public boolean isShading() {
        return shading.get();
    }

    public ObservableSet<CueKind> shownKinds() {
        return shownKinds;
    }

    public void toggle(CueKind kind) {
        if (!shownKinds.remove(kind)) {
            shownKinds.add(kind);
        }
    }
}
