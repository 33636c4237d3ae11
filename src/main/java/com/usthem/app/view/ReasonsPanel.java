package com.usthem.app.view;

import com.usthem.app.score.Lean;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.text.OneLine;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

import static com.usthem.core.Label.MARKETING;
import static com.usthem.core.Label.SALES;

/**
 * "Why": the features pushing hardest toward each side, for the whole text and for the sentence
 * the caret is in, in plain words.
 */
public final class ReasonsPanel extends VBox {

    static final int WHOLE_TEXT_REASONS = 5;
    static final int SENTENCE_REASONS = 3;
    /** The quoted sentence is cut to this many characters, the ellipsis included. */
    private static final int QUOTE_LENGTH = 141;

    private final ScoreViewModel scores;
    private final VBox wholeText = new VBox(4);
    private final Label sentenceHeading = new Label();
    private final Label sentenceQuote = new Label();
    private final VBox sentence = new VBox(4);

    public ReasonsPanel(ScoreViewModel scores) {
        this.scores = scores;
        setId("reasons");
        getStyleClass().add("reasons-panel");
        setSpacing(6);
        Label title = new Label("Why");
        title.getStyleClass().add("panel-title");
        Label wholeHeading = new Label("Whole text");
        wholeHeading.getStyleClass().add("section-heading");
        wholeText.setId("reasons-text");
        sentenceHeading.getStyleClass().add("section-heading");
        sentenceQuote.getStyleClass().add("sentence-quote");
        sentenceQuote.setWrapText(true);
        sentenceQuote.visibleProperty().bind(sentenceQuote.textProperty().isNotEmpty());
        sentenceQuote.managedProperty().bind(sentenceQuote.visibleProperty());
        sentence.setId("reasons-sentence");
        getChildren().addAll(title, wholeHeading, wholeText, sentenceHeading, sentenceQuote, sentence);
        scores.resultProperty().addListener((observable, old, now) -> refresh());
        scores.selectedSentenceProperty().addListener((observable, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        ScoredText result = scores.getResult();
        SentenceScore selected = scores.selectedSentenceProperty().get();
        boolean ready = result != null;
        String nothingStandsOut = ready && !result.explained()
                ? "This model (naive Bayes) cannot be broken down into reasons." : "No single feature stands out.";
        fill(wholeText, ready ? result.reasons() : List.of(), WHOLE_TEXT_REASONS,
                ready ? nothingStandsOut : "Reasons appear once there is a verdict.");
        if (!ready || selected == null) {
            sentenceHeading.setText("Selected sentence");
            sentenceQuote.setText("");
            fill(sentence, List.of(), SENTENCE_REASONS, "Click in a sentence to see why it leans the way it does.");
            return;
        }
        sentenceHeading.setText(String.format(Locale.ROOT, "Sentence %d: %s (%.0f%% sales)", result.numberOf(selected),
                Lean.of(selected.sales()).words(), 100 * selected.sales()));
        sentenceQuote.setText("\u201c" + OneLine.cut(selected.text(), QUOTE_LENGTH) + "\u201d");
        fill(sentence, result.reasonsFor(selected), SENTENCE_REASONS, nothingStandsOut);
    }

    private static void fill(VBox box, List<FeatureContribution> contributions, int limit, String whenEmpty) {
        box.getChildren().clear();
        List<FeatureContribution> toSales = ScoredText.toward(contributions, SALES, limit);
        List<FeatureContribution> toMarketing = ScoredText.toward(contributions, MARKETING, limit);
        if (toSales.isEmpty() && toMarketing.isEmpty()) {
            Label empty = new Label(whenEmpty);
            empty.getStyleClass().add("muted");
            empty.setWrapText(true);
            box.getChildren().add(empty);
            return;
        }
        addSide(box, "Toward sales", "reason-sales", toSales);
        addSide(box, "Toward marketing", "reason-marketing", toMarketing);
    }

    private static void addSide(VBox box, String heading, String styleClass, List<FeatureContribution> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        Label sideHeading = new Label(heading);
        sideHeading.getStyleClass().addAll("reason-heading", styleClass);
        box.getChildren().add(sideHeading);
        for (FeatureContribution reason : reasons) {
            Label line = new Label(reason.plainWords());
            line.getStyleClass().addAll("reason", styleClass);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
    }
}
