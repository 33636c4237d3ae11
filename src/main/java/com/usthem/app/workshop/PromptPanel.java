package com.usthem.app.workshop;

import com.usthem.app.score.Lean;
import com.usthem.app.view.VerdictGauge;
import com.usthem.core.Label;
import com.usthem.core.classify.TextScore;
import com.usthem.core.room.Submission;
import com.usthem.core.workshop.DeckPrompt;
import com.usthem.core.workshop.PromptRound;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Locale;

/**
 * The prompt up now and the verdict, big enough for the back of the room: the line to rewrite and
 * which way, the model's reading of it, the giant gauge, the verdict on the last rewrite revealed
 * (or a question mark while the room decides) with the room's vote beside it, and the box the
 * rewrite is typed in. A phone's rewrite up for the vote is shown while the phones vote. On a reveal
 * the gauge's marker travels from the prompt's score to the rewrite's, and the verdict appears when
 * it lands.
 */
final class PromptPanel extends VBox {

    static final Duration REVEAL = Duration.millis(1200);
    /** The gauge's thickness per pixel of text size. */
    private static final double GAUGE_PER_FONT_PIXEL = 0.14;

    private final WorkshopViewModel model;
    private final RoomViewModel room;
    private final javafx.scene.control.Label position = new javafx.scene.control.Label();
    private final javafx.scene.control.Label direction = new javafx.scene.control.Label();
    private final javafx.scene.control.Label prompt = new javafx.scene.control.Label();
    private final javafx.scene.control.Label promptReading = new javafx.scene.control.Label();
    private final VerdictGauge gauge = new VerdictGauge();
    private final javafx.scene.control.Label shownRewrite = new javafx.scene.control.Label();
    private final javafx.scene.control.Label headline = new javafx.scene.control.Label();
    private final javafx.scene.control.Label roomVote = new javafx.scene.control.Label();
    private final javafx.scene.control.Label detail = new javafx.scene.control.Label();
    private final ToggleButton voteMarketing = new ToggleButton("Room: marketing (Ctrl+M)");
    private final ToggleButton voteSales = new ToggleButton("Room: sales (Ctrl+S)");
    private final TextField rewrite = new TextField();
    private final TextField author = new TextField();
    private final Timeline motion = new Timeline();

    PromptPanel(WorkshopViewModel model, RoomViewModel room, DoubleExpression fontSize) {
        this.model = model;
        this.room = room;
        setId("prompt-panel");
        getStyleClass().add("prompt-panel");
        position.setId("prompt-position");
        position.getStyleClass().add("prompt-position");
        direction.setId("prompt-direction");
        direction.getStyleClass().add("prompt-direction");
        prompt.setId("prompt");
        prompt.getStyleClass().add("workshop-prompt");
        prompt.setWrapText(true);
        promptReading.setId("prompt-reading");
        promptReading.getStyleClass().add("prompt-reading");
        promptReading.setWrapText(true);
        // A long prompt or verdict takes the lines it needs; the round table below gives way.
        for (javafx.scene.control.Label wrapped
                : new javafx.scene.control.Label[] {prompt, promptReading, shownRewrite, detail}) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }

        gauge.setId("workshop-gauge");
        gauge.thicknessProperty().bind(fontSize.multiply(GAUGE_PER_FONT_PIXEL));
        gauge.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(gauge, Priority.ALWAYS);
        javafx.scene.control.Label marketingEnd = new javafx.scene.control.Label("\u25c0 MARKETING");
        javafx.scene.control.Label salesEnd = new javafx.scene.control.Label("SALES \u25b6");
        marketingEnd.getStyleClass().addAll("gauge-end-marketing", "workshop-gauge-end");
        salesEnd.getStyleClass().addAll("gauge-end-sales", "workshop-gauge-end");
        // The gauge gives way beside the room's panel, never the words at its ends.
        marketingEnd.setMinWidth(Region.USE_PREF_SIZE);
        salesEnd.setMinWidth(Region.USE_PREF_SIZE);
        HBox gaugeRow = new HBox(16, marketingEnd, gauge, salesEnd);
        gaugeRow.setAlignment(Pos.CENTER);

        headline.setId("workshop-verdict");
        headline.getStyleClass().add("workshop-verdict");
        detail.setId("workshop-verdict-detail");
        detail.getStyleClass().add("workshop-verdict-detail");
        detail.setWrapText(true);
        shownRewrite.setId("shown-rewrite");
        shownRewrite.getStyleClass().add("shown-rewrite");
        shownRewrite.setWrapText(true);
        shownRewrite.managedProperty().bind(shownRewrite.visibleProperty());
        shownRewrite.setVisible(false);
        roomVote.setId("room-vote");
        roomVote.getStyleClass().add("room-vote");
        roomVote.managedProperty().bind(roomVote.visibleProperty());
        roomVote.setVisible(false);
        // The model's verdict and the room's, side by side.
        HBox verdicts = new HBox(24, headline, roomVote);
        verdicts.setAlignment(Pos.CENTER);
        VBox verdict = new VBox(2, shownRewrite, verdicts, detail);
        verdict.setAlignment(Pos.CENTER);

        voteMarketing.setId("vote-marketing");
        voteSales.setId("vote-sales");
        for (ToggleButton button : new ToggleButton[] {voteMarketing, voteSales}) {
            button.getStyleClass().add("vote-button");
            button.setMnemonicParsing(false);
            button.setFocusTraversable(false);
        }
        voteMarketing.getStyleClass().add("vote-marketing");
        voteSales.getStyleClass().add("vote-sales");
        voteMarketing.setOnAction(e -> model.vote(Label.MARKETING));
        voteSales.setOnAction(e -> model.vote(Label.SALES));
        model.voteProperty().addListener((observable, old, now) -> showVote(now));

        rewrite.setId("rewrite");
        rewrite.getStyleClass().add("rewrite-field");
        rewrite.setPromptText("Type a participant's rewrite; Enter reveals");
        rewrite.textProperty().bindBidirectional(model.rewriteTextProperty());
        rewrite.setOnAction(e -> model.reveal());
        HBox.setHgrow(rewrite, Priority.ALWAYS);
        author.setId("author");
        author.getStyleClass().add("author-field");
        author.setPromptText("Who (optional)");
        author.textProperty().bindBidirectional(model.authorProperty());
        author.setOnAction(e -> model.reveal());
        author.prefColumnCountProperty().set(9);
        Button reveal = new Button("Reveal \u23ce");
        reveal.setId("reveal");
        reveal.getStyleClass().addAll("reveal-button", "accent");
        reveal.setFocusTraversable(false);
        reveal.setOnAction(e -> room.reveal());
        reveal.disableProperty().bind(model.scoringProperty());
        HBox voteRow = new HBox(12, voteMarketing, voteSales);
        voteRow.setAlignment(Pos.CENTER);
        HBox typing = new HBox(12, rewrite, author, reveal);
        typing.setAlignment(Pos.CENTER_LEFT);

        BorderPane heading = new BorderPane();
        heading.setLeft(direction);
        heading.setRight(position);
        getChildren().addAll(heading, prompt, promptReading, gaugeRow, verdict, voteRow, typing);

        model.roundProperty().addListener((observable, old, now) -> showRound(now));
        model.revealedProperty().addListener((observable, old, now) -> showRevealed(now));
        model.scoringProperty().addListener((observable, old, now) -> showPending());
        room.statusProperty().addListener((observable, old, now) -> showPending());
    }

    TextField rewriteField() {
        return rewrite;
    }

    private void showRound(PromptRound round) {
        if (round == null) {
            return;
        }
        DeckPrompt current = round.prompt();
        position.setText(String.format(Locale.ROOT, "Prompt %d of %d", current.number(),
                model.sessionProperty().get().promptCount()));
        Label target = current.direction().target();
        direction.setText("Rewrite as " + target.id().toUpperCase(Locale.ROOT) + "  (" + current.direction().describe()
                + ")");
        setSide(direction, target);
        prompt.setText("\u201c" + current.text() + "\u201d");
        TextScore score = round.promptScore();
        promptReading.setText(String.format(Locale.ROOT, "The model reads the prompt as %s: %.0f%% sales. "
                + "The marker starts there.", Lean.of(score.sales()).words(), 100 * score.sales()));
        if (model.revealedProperty().get() == null) {
            showPending();
        }
    }

    /** No verdict on screen: the marker rests on the prompt's score and the room is asked to decide. */
    private void showPending() {
        PromptRound round = model.roundProperty().get();
        if (round == null || model.revealedProperty().get() != null) {
            return;
        }
        motion.stop();
        gauge.salesProperty().set(round.promptScore().sales());
        headline.setText("?");
        setSide(headline, null);
        roomVote.setVisible(false);
        Submission voting = room.statusProperty().get().up();
        if (voting != null && !voting.revealed() && !model.scoringProperty().get()) {
            showText(voting.rewrite());
            int votes = voting.votes().total();
            detail.setText(String.format(Locale.ROOT, "Up for the vote on the phones: %d vote%s so far. "
                    + "Ctrl+Enter reveals.", votes, votes == 1 ? "" : "s"));
            return;
        }
        shownRewrite.setVisible(false);
        detail.setText(model.scoringProperty().get() ? "Scoring the rewrite\u2026"
                : room.entranceProperty().get() != null
                ? "Put a rewrite from the phones up for the vote (Ctrl+U), or type one."
                : "Type a rewrite, let the room vote, then reveal.");
    }

    private void showText(Rewrite shown) {
        shownRewrite.setText("\u201c" + shown.text() + "\u201d" + (shown.author().isEmpty() ? "" : " \u2014 "
                + shown.author()));
        shownRewrite.setVisible(true);
    }

    private void showRevealed(Rewrite shown) {
        if (shown == null) {
            showPending();
            return;
        }
        motion.stop();
        motion.getKeyFrames().setAll(
                new KeyFrame(Duration.ZERO, new KeyValue(gauge.salesProperty(), shown.promptSales())),
                new KeyFrame(REVEAL, new KeyValue(gauge.salesProperty(), shown.sales(), Interpolator.EASE_BOTH)));
        motion.setOnFinished(e -> showVerdict(shown));
        showText(shown);
        roomVote.setVisible(false);
        headline.setText("\u2026");
        setSide(headline, null);
        detail.setText("Rewrite " + shown.number() + ": the model reads\u2026");
        motion.playFromStart();
    }

    private void showVerdict(Rewrite shown) {
        headline.setText(String.format(Locale.ROOT, "%s  %.0f%%", shown.label().id().toUpperCase(Locale.ROOT),
                100 * Math.max(shown.sales(), 1 - shown.sales())));
        setSide(headline, shown.label());
        VoteSplit phones = shown.votes();
        roomVote.setText(phones.total() > 0 ? "Room: " + phones.describe()
                : shown.voted() ? "Room: " + shown.roomVote().id() : "");
        roomVote.setVisible(shown.voted() || phones.total() > 0);
        String vote = shown.voted() ? "The room voted " + shown.roomVote().id()
                + (shown.roomAgrees() ? ": agreed \u2713" : ": disagreed \u2717")
                : phones.total() > 0 ? "The room split evenly." : "The room did not vote.";
        // Issue 12's six-distinction profile is not on main yet: once a score carries it, the
        // distinction this rewrite moved most joins this sentence ("moved most on last mile").
        detail.setText(String.format(Locale.ROOT, "Rewrite %d %s: %s from the prompt. %s", shown.number(),
                Lean.of(shown.sales()).words(), RoundTable.change(shown).replace("pts", "points toward "
                        + shown.prompt().direction().target().id()), vote));
    }

    private void showVote(Label vote) {
        voteMarketing.setSelected(vote == Label.MARKETING);
        voteSales.setSelected(vote == Label.SALES);
    }

    private static void setSide(javafx.scene.control.Label label, Label side) {
        label.getStyleClass().removeAll("side-marketing", "side-sales");
        if (side != null) {
            label.getStyleClass().add("side-" + side.id());
        }
    }
}
