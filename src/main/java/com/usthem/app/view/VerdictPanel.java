package com.usthem.app.view;

import com.usthem.app.score.Lean;
import com.usthem.app.score.PlainTextReport;
import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.core.classify.MixedReading;
import com.usthem.core.classify.TextScore;
import com.usthem.core.report.PronounNote;
import com.usthem.core.scoring.ScoredText;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The verdict, big: the label, how strongly in words, whether the sentences split ("Mixed: opens as
 * marketing, closes as sales"), the marketing-to-sales gauge, and beside it the we/you count a
 * customer-focus reader expects, with a note when the two disagree.
 */
public final class VerdictPanel extends VBox {

    private final ScoreViewModel scores;
    private final Label headline = new Label();
    private final Label words = new Label();
    private final VerdictGauge gauge = new VerdictGauge();
    private final Label pronouns = new Label();
    private final Label disagreement = new Label();
    private final Label mixed = new Label();

    public VerdictPanel(ScoreViewModel scores) {
        this.scores = scores;
        setId("verdict-panel");
        getStyleClass().add("verdict-panel");
        headline.setId("verdict");
        headline.getStyleClass().add("verdict-headline");
        words.setId("verdict-words");
        words.getStyleClass().add("verdict-words");
        words.setWrapText(true);
        gauge.setId("verdict-gauge");
        Label marketingEnd = new Label("\u25c0 Marketing");
        Label salesEnd = new Label("Sales \u25b6");
        marketingEnd.getStyleClass().add("gauge-end-marketing");
        salesEnd.getStyleClass().add("gauge-end-sales");
        BorderPane ends = new BorderPane();
        ends.setLeft(marketingEnd);
        ends.setRight(salesEnd);
        pronouns.setId("pronoun-counts");
        pronouns.getStyleClass().add("pronoun-counts");
        pronouns.setWrapText(true);
        disagreement.setId("disagreement");
        disagreement.getStyleClass().add("disagreement");
        disagreement.setWrapText(true);
        disagreement.managedProperty().bind(disagreement.visibleProperty());
        mixed.setId("verdict-mixed");
        mixed.getStyleClass().add("verdict-mixed");
        mixed.setWrapText(true);
        mixed.managedProperty().bind(mixed.visibleProperty());
        setSpacing(6);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(headline, words, mixed, gauge, ends, pronouns, disagreement);
        scores.phaseProperty().addListener((observable, old, now) -> refresh());
        scores.resultProperty().addListener((observable, old, now) -> refresh());
        scores.problemProperty().addListener((observable, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        ScoredText result = scores.getResult();
        Phase phase = scores.getPhase();
        headline.getStyleClass().removeAll("verdict-sales", "verdict-marketing");
        if (result == null) {
            headline.setText(switch (phase) {
                case LOADING_MODEL -> "Loading the model\u2026";
                case SCORING -> "Scoring\u2026";
                case NOTHING_TO_SCORE -> "Nothing to score yet";
                case FAILED -> "Could not score";
                default -> "No copy yet";
            });
            words.setText(switch (phase) {
                case NOTHING_TO_SCORE, FAILED -> scores.problemProperty().get();
                case SCORING -> "Reading the draft\u2026";
                case LOADING_MODEL -> "You can start typing: the verdict follows as soon as the model is ready.";
                default -> "Type or paste copy: the verdict appears here as you write.";
            });
            gauge.salesProperty().set(Double.NaN);
            pronouns.setText("We-words and you-words are counted here.");
            disagreement.setVisible(false);
            mixed.setVisible(false);
            return;
        }
        TextScore score = result.score();
        headline.setText(Lean.capitalize(score.label().id()));
        headline.getStyleClass().add("verdict-" + score.label().id());
        words.setText(String.format(Locale.ROOT, "%s: %.0f%% sales, %.0f%% marketing%s",
                Lean.of(score.sales()).capitalizedWords(), 100 * score.sales(), 100 * score.marketing(),
                phase == Phase.SCORING ? " (updating\u2026)" : ""));
        mixed.setText(score.mixed().map(MixedReading::summary).orElse(""));
        mixed.setVisible(score.mixed().isPresent());
        gauge.salesProperty().set(score.sales());
        pronouns.setText(PlainTextReport.pronounLine(score.pronouns()));
        String note = PronounNote.of(score);
        disagreement.setText(note == null ? "" : note);
        disagreement.setVisible(note != null);
    }
}
