package com.usthem.app.score;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.Debouncer;
import com.usthem.app.task.TaskExecutor;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.Scorer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

/**
 * The verdict on the draft as it is typed. Each edit restarts a short pause; when the pause ends
 * the text is scored, with its reasons, off the FX thread. A newer edit drops the scoring of an
 * older text, and scorings run one at a time, so a long paste never queues up work or blocks the
 * FX thread.
 */
public final class ScoreViewModel {

    /** Where the verdict is. */
    public enum Phase { LOADING_MODEL, EMPTY, SCORING, SCORED, NOTHING_TO_SCORE, FAILED }

    static final Duration DEBOUNCE = Duration.millis(250);
    /** Characters the editor styles at most: beyond this a paste is still scored, but not shaded. */
    public static final int HIGHLIGHTED_CHARACTERS = 200_000;

    private final ObjectProperty<Scorer> scorer = new SimpleObjectProperty<>(this, "scorer");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final IntegerProperty caret = new SimpleIntegerProperty(this, "caret");
    private final ReadOnlyObjectWrapper<ScoredText> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING_MODEL);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<SentenceScore> selectedSentence =
            new ReadOnlyObjectWrapper<>(this, "selectedSentence");
    private final Debouncer scoring;

    public ScoreViewModel(TaskExecutor tasks) {
        scoring = new Debouncer(tasks, tasks.queue("usthem-scoring"), DEBOUNCE);
        text.addListener((observable, old, now) -> {
            if (now.isBlank()) {
                scoring.cancel();
                result.set(null);
                if (scorer.get() != null) {
                    phase.set(Phase.EMPTY);
                }
            } else if (scorer.get() != null) {
                phase.set(Phase.SCORING);
                scoring.request(scoringOf(now));
            }
        });
        scorer.addListener((observable, old, now) -> {
            if (now != null && !text.get().isBlank()) {
                phase.set(Phase.SCORING);
                scoring.requestNow(scoringOf(text.get()));
            } else if (now != null) {
                phase.set(Phase.EMPTY);
            }
        });
        result.addListener((observable, old, now) -> updateSelectedSentence());
        caret.addListener((observable, old, now) -> updateSelectedSentence());
    }

    private BackgroundTask<ScoredText> scoringOf(String draft) {
        Scorer current = scorer.get();
        return BackgroundTask.of(() -> current.score(draft)).onSuccess(this::scored).onFailure(failure -> {
            result.set(null);
            problem.set("Scoring failed: " + failure);
            phase.set(Phase.FAILED);
        });
    }

    private void scored(ScoredText scored) {
        if (scored.isEmpty()) {
            result.set(null);
            problem.set("Nothing to score yet: type a sentence or two.");
            phase.set(Phase.NOTHING_TO_SCORE);
            return;
        }
        problem.set(null);
        result.set(scored);
        phase.set(scored.text().equals(text.get()) ? Phase.SCORED : Phase.SCORING);
    }

    private void updateSelectedSentence() {
        ScoredText scored = result.get();
        selectedSentence.set(scored == null ? null : scored.sentenceAt(caret.get()));
    }

    /** The scorer in use; null while the model is loading. Setting it scores the text at once. */
    public ObjectProperty<Scorer> scorerProperty() {
        return scorer;
    }

    public void setScorer(Scorer newScorer) {
        scorer.set(newScorer);
    }

    /** No model could be loaded: nothing will be scored, and the problem says why. */
    public void modelFailed(String message) {
        scoring.cancel();
        problem.set(message);
        phase.set(Phase.FAILED);
    }

    /** The draft's text, as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The caret's character offset in the draft: it selects the sentence explained on its own. */
    public IntegerProperty caretProperty() {
        return caret;
    }

    /** The latest verdict; its text may lag the draft by one pause while the user types. */
    public ReadOnlyObjectProperty<ScoredText> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ScoredText getResult() {
        return result.get();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** Why the last scoring gave no verdict (NOTHING_TO_SCORE or FAILED). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The sentence the caret is in, within the latest verdict; null when it is between sentences. */
    public ReadOnlyObjectProperty<SentenceScore> selectedSentenceProperty() {
        return selectedSentence.getReadOnlyProperty();
    }
}
