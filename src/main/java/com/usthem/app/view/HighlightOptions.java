package com.usthem.app.view;

import com.usthem.core.Distinction;
import com.usthem.core.features.CueKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** What the editor marks: sentence shading on or off, and which kinds of cue words. */
public final class HighlightOptions {

    /** The kinds of cue in the order the legend lists them: grouped by distinction, in the article's order. */
    public static final List<CueKind> KINDS = Arrays.stream(CueKind.values())
            .sorted(Comparator.comparing(CueKind::distinction)).toList();

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

    /** Shows every kind of cue of a distinction, or hides them all when they are all shown already. */
    public void toggle(Distinction distinction) {
        List<CueKind> kinds = kindsOf(distinction);
        if (shownKinds.containsAll(kinds)) {
            kinds.forEach(shownKinds::remove);
        } else {
            shownKinds.addAll(kinds);
        }
    }

    public static List<CueKind> kindsOf(Distinction distinction) {
        return KINDS.stream().filter(kind -> kind.distinction() == distinction).toList();
    }
}
