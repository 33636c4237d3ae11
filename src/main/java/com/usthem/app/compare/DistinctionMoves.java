package com.usthem.app.compare;

import com.usthem.app.view.BesideOrBelow;
import com.usthem.app.view.LeanBar;
import com.usthem.core.classify.LeanScale;
import com.usthem.core.compare.DistinctionChange;
import com.usthem.core.compare.DraftComparison;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * How the rewrite moved on each of the six distinctions: the lean before and after, as two bars
 * and in words ("no lean → clearly sales"); the distinction it moved most on is set off.
 */
final class DistinctionMoves extends VBox {

    DistinctionMoves() {
        setId("distinction-moves");
        getStyleClass().add("profile-view");
    }

    void show(DraftComparison comparison) {
        getChildren().clear();
        if (comparison == null) {
            return;
        }
        Optional<DistinctionChange> most = comparison.movedMost();
        for (DistinctionChange change : comparison.distinctions()) {
            getChildren().add(row(change, most.map(m -> m.distinction() == change.distinction()).orElse(false)));
        }
    }

    /** "no lean → clearly sales", or "leans sales, unchanged". */
    static String words(DistinctionChange change) {
        String before = LeanScale.words(change.before());
        String after = LeanScale.words(change.after());
        return before.equals(after) ? after + ", unchanged" : before + " \u2192 " + after;
    }

    private static VBox row(DistinctionChange change, boolean most) {
        Label title = new Label((most ? "\u2605 " : "") + change.distinction().title());
        title.getStyleClass().add("profile-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        LeanBar before = new LeanBar();
        before.show(change.before());
        LeanBar after = new LeanBar();
        after.show(change.after());
        HBox bars = new HBox(4, before, new Label("\u2192"), after);
        bars.setAlignment(Pos.CENTER_RIGHT);
        Label words = new Label(words(change));
        words.getStyleClass().add("move-words");
        words.setWrapText(true);
        VBox row = new VBox(2, new BesideOrBelow(title, bars), words);
        row.getStyleClass().add("profile-row");
        if (most) {
            row.getStyleClass().add("profile-row-main");
        }
        return row;
    }
}
