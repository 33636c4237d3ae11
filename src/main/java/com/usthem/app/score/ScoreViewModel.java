package com.usthem.app.score;

import com.usthem.core.classify.SentenceScore;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.Scorer;
import javafx.animation.PauseTransition;
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
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The verdict on the draft as it is typed. Each edit restarts a short pause; when the pause ends
 * the text is scored on a background thread. A newer edit cancels the scoring of an older text,
 * and scorings run one at a time, so a long paste never queues up work or blocks the FX thread.
 */
public final class ScoreViewModel {

    /** Where the verdict is. */
    public enum Phase { LOADING_MODEL, EMPTY, SCORING, SCORED, NOTHING_TO_SCORE, FAILED }

    static final Duration DEBOUNCE = Duration.millis(250);

    private final ObjectProperty<Scorer> scorer = new SimpleObjectProperty<>(this, "scorer");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final IntegerProperty caret = new SimpleIntegerProperty(this, "caret");
    private final ReadOnlyObjectWrapper<ScoredText> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING_MODEL);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<SentenceScore> selectedSentence =
            new ReadOnlyObjectWrapper<>(this, "selectedSentence");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ScoringService service = new ScoringService();

    public ScoreViewModel() {
        debounce.setOnFinished(e -> scoreNow());
        text.addListener((observable, old, now) -> {
            if (now.isBlank()) {
                debounce.stop();
                service.cancel();
                result.set(null);
                if (scorer.get() != null) {
                    phase.set(Phase.EMPTY);
                }
            } else if (scorer.get() != null) {
                phase.set(Phase.SCORING);
                debounce.playFromStart();
            }
        });
        scorer.addListener((observable, old, now) -> {
            if (now != null) {
                scoreNow();
            }
        });
        result.addListener((observable, old, now) -> updateSelectedSentence());
        caret.addListener((observable, old, now) -> updateSelectedSentence());
    }

    private void scoreNow() {
        debounce.stop();
        String current = text.get();
        if (current.isBlank()) {
            phase.set(Phase.EMPTY);
            return;
        }
        phase.set(Phase.SCORING);
        service.request(scorer.get(), current);
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
        debounce.stop();
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

    /** Runs one scoring at a time on its own daemon thread; restarting cancels the one before. */
    private final class ScoringService extends Service<ScoredText> {

        private Scorer requestedScorer;
        private String requestedText;

        ScoringService() {
            ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "usthem-scoring");
                thread.setDaemon(true);
                return thread;
            });
            setExecutor(executor);
            setOnSucceeded(e -> {
                ScoredText scored = getValue();
                if (scored.isEmpty()) {
                    result.set(null);
                    problem.set("Nothing to score yet: type a sentence or two.");
                    phase.set(Phase.NOTHING_TO_SCORE);
                    return;
                }
                problem.set(null);
                result.set(scored);
                phase.set(scored.text().equals(text.get()) ? Phase.SCORED : Phase.SCORING);
            });
            setOnFailed(e -> {
                result.set(null);
                problem.set("Scoring failed: " + getException());
                phase.set(Phase.FAILED);
            });
        }

        void request(Scorer scorerToUse, String textToScore) {
            requestedScorer = scorerToUse;
            requestedText = textToScore;
            restart();
        }

        @Override
        protected Task<ScoredText> createTask() {
            Scorer taskScorer = requestedScorer;
            String taskText = requestedText;
            return new Task<>() {
                @Override
                protected ScoredText call() {
                    return taskScorer.score(taskText);
                }
            };
        }
    }
}
