package com.usthem.app.view;

import com.usthem.app.score.Lean;
import com.usthem.app.score.ProfileRow;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.text.OneLine;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The sentence the caret is in, explained in the six distinctions as the whole text is. */
public final class SentenceReasonsPanel extends VBox {

    /** The quoted sentence is cut to this many characters, the ellipsis included. */
    private static final int QUOTE_LENGTH = 141;

    private final ScoreViewModel scores;
    private final Label heading = new Label();
    private final Label quote = new Label();
    private final ProfileView profile = new ProfileView("why-sentence");

    public SentenceReasonsPanel(ScoreViewModel scores) {
        this.scores = scores;
        setId("sentence-reasons");
        setSpacing(6);
        heading.setId("sentence-heading");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        quote.getStyleClass().add("sentence-quote");
        quote.setWrapText(true);
        quote.visibleProperty().bind(quote.textProperty().isNotEmpty());
        quote.managedProperty().bind(quote.visibleProperty());
        getChildren().addAll(heading, quote, profile);
        // Without a verdict there is no sentence to explain: the panel waits out of sight.
        managedProperty().bind(visibleProperty());
        scores.resultProperty().addListener((observable, old, now) -> refresh());
        scores.selectedSentenceProperty().addListener((observable, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        ScoredText result = scores.getResult();
        SentenceScore selected = scores.selectedSentenceProperty().get();
        setVisible(result != null);
        if (result == null || selected == null || !result.explained()) {
            heading.setText("The sentence at the caret");
            quote.setText("");
            profile.showMessage(result != null && !result.explained() ? ProfileView.CANNOT_EXPLAIN
                    : "Click in a sentence to see its own six distinctions.");
            return;
        }
        heading.setText(String.format(Locale.ROOT, "Sentence %d: %s (%.0f%% sales)", result.numberOf(selected),
                Lean.of(selected.sales()).words(), 100 * selected.sales()));
        quote.setText("\u201c" + OneLine.cut(selected.text(), QUOTE_LENGTH) + "\u201d");
        profile.show(ProfileRow.of(result.profileOf(selected), result.reasonsFor(selected)));
    }
}
