package com.usthem.app.coach;

import com.usthem.app.score.ScoreViewModel;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.Debouncer;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.coach.Coaching;
import com.usthem.core.coach.ExampleFinder;
import com.usthem.core.corpus.Example;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.TrainingSet;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Coaching the draft toward the side its writer wants (kept in the settings): the distinctions that
 * pull it the other way, with their tips and the corpus examples nearest it that make the move.
 * Reading the corpus and its examples and finding the nearest run off the FX thread, on a queue of
 * their own; a newer verdict drops the coaching of an older one. What the model made of the
 * examples is kept while the model stays the same, and the corpus is read again only after it changed.
 */
public final class CoachViewModel {

    /** Where the coaching is. */
    public enum Phase { NO_TARGET, NO_DRAFT, COACHING, COACHED, FAILED }

    private final ScoreViewModel scores;
    private final WorkspaceSession session;
    private final LiveSettings settings;
    private final Debouncer coaching;
    private final ReadOnlyObjectWrapper<Label> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state",
            new State(Phase.NO_TARGET, null, null));
    /** The corpus's examples as last read; touched on the FX thread only. */
    private CorpusExamples examples;

    /**
     * Where the coaching is, what it found and why there is none, changed in one step so the panel
     * never shows one without the other.
     *
     * @param coaching the latest coaching, kept while a newer one is found; null when there is none to show
     * @param problem  why there is no coaching (FAILED), in words for the user
     */
    public record State(Phase phase, Coaching coaching, String problem) {
    }

    /** The examples of one revision of a corpus, read by one model. */
    private record CorpusExamples(ScoringEngine engine, WorkspaceCorpus corpus, int revision, ExampleFinder finder) {

        boolean readFor(ScoringEngine model, WorkspaceCorpus read, int atRevision) {
            return engine == model && corpus == read && revision == atRevision;
        }
    }

    /** A coaching and the examples it was found among. */
    private record Coached(CorpusExamples examples, Coaching coaching) {
    }

    public CoachViewModel(ScoreViewModel scores, WorkspaceSession session, LiveSettings settings, TaskExecutor tasks) {
        this.scores = scores;
        this.session = session;
        this.settings = settings;
        // No pause: the verdict it follows has waited for the typing to stop already.
        this.coaching = new Debouncer(tasks, tasks.queue("usthem-coaching"), Duration.ZERO);
        target.set(settings.get().target());
        settings.settingsProperty().addListener((observable, old, now) -> {
            if (now.target() != target.get()) {
                target.set(now.target());
                refresh();
            }
        });
        scores.resultProperty().addListener(observable -> refresh());
        session.engineProperty().addListener(observable -> refresh());
        session.corpusRevisionProperty().addListener(observable -> refresh());
        refresh();
    }

    /** Makes {@code side} the one the writer wants, and remembers it. */
    public void want(Label side) {
        settings.change(settings.get().withTarget(side));
    }

    private void refresh() {
        Label wanted = target.get();
        ScoredText draft = scores.getResult();
        ScoringEngine engine = session.engine();
        if (wanted == null || draft == null || engine == null) {
            coaching.cancel();
            state.set(new State(wanted == null ? Phase.NO_TARGET : Phase.NO_DRAFT, null, null));
            return;
        }
        if (!draft.explained()) {
            coaching.cancel();
            state.set(new State(Phase.FAILED, null,
                    "This model (naive Bayes) cannot be broken down into distinctions, so there is nothing to coach."));
            return;
        }
        // The last coaching stays up meanwhile, unless it was toward the other side.
        Coaching shown = state.get().coaching();
        state.set(new State(Phase.COACHING, shown != null && shown.target() == wanted ? shown : null, null));
        CorpusExamples known = examples;
        WorkspaceCorpus corpus = session.corpus();
        int revision = session.corpusRevisionProperty().get();
        coaching.requestNow(BackgroundTask.of(() -> {
            CorpusExamples current = known != null && known.readFor(engine, corpus, revision) ? known
                    : read(known, engine, corpus, revision);
            return new Coached(current, Coaching.of(draft, wanted, current.finder()));
        }).onSuccess(coached -> {
            examples = coached.examples();
            state.set(new State(Phase.COACHED, coached.coaching(), null));
        }).onFailure(failure -> state.set(new State(Phase.FAILED, null,
                "Could not read the corpus for examples: " + failure))));
    }

    /** Reads the corpus again; what the model made of its examples is kept when the model is the same. */
    private static CorpusExamples read(CorpusExamples known, ScoringEngine engine, WorkspaceCorpus corpus, int revision)
            throws IOException {
        TrainingSet examples = corpus.read().trainingSet();
        List<Example> all = new ArrayList<>(examples.training());
        all.addAll(examples.test());
        ExampleFinder finder = known != null && known.engine() == engine ? known.finder().withExamples(all)
                : new ExampleFinder(engine, all);
        return new CorpusExamples(engine, corpus, revision, finder);
    }

    /** The side the writer wants; null until they say. */
    public ReadOnlyObjectProperty<Label> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Where the coaching is and what it found. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
