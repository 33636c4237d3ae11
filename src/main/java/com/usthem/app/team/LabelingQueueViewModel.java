package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.corpus.UnlabeledTexts;
import com.usthem.core.io.FileProblem;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.LabelingQueue;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * The labeling queue's state: copy pasted or imported, scored, and shown least-sure first, one at a
 * time, for the user to label marketing or sales, skip, or step back. Every answer is saved at once;
 * answers are applied in the order given, on the workspace's thread, so keys pressed quickly are
 * never lost or reordered.
 */
public final class LabelingQueueViewModel {

    /** Where the user is: writing the batch, waiting for it to be scored, labeling, or done. */
    public enum Phase { INPUT, SCORING, LABELING, DONE }

    /** The queue as it is after an answer: the item to show and how far the user is. */
    public record State(LabelingQueue.Item current, LabelingQueue.Progress progress, int leftOut) {
    }

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final StringProperty pasted = new SimpleStringProperty(this, "pasted", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.INPUT);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
    private final QueueAnswers<LabelingQueue, State> answers;
    private LabelingQueue queue;
    private BackgroundTask<LabelingQueue> scoring;

    public LabelingQueueViewModel(WorkspaceSession session, TaskExecutor tasks) {
        this.session = session;
        this.tasks = tasks;
        this.answers = new QueueAnswers<>(session, () -> queue, LabelingQueueViewModel::stateOf, this::show,
                status::set, session::corpusChanged);
        session.corpusProperty().addListener((observable, old, now) -> {
            if (phase.get() != Phase.INPUT) {
                clear();
                status.set("The workspace changed, so the queue was cleared: its labels went to the other workspace.");
            }
        });
    }

    /** The copy typed or pasted, one piece a line. */
    public StringProperty pastedProperty() {
        return pasted;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** The current item and progress; null before a queue is built. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** How far scoring the batch is, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What scoring is doing now. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** What the latest answer did, or why something could not be done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Rows of the batch that could not be used, with their file and line. */
    public ObservableList<FileProblem> problems() {
        return problems;
    }

    /** Queues the pasted copy, one piece a line. */
    public void startFromPaste() {
        start(UnlabeledTexts.parse("pasted copy", pasted.get(), UnlabeledTexts.Format.LINES));
    }

    /** Queues the copy of a file: one piece a line, CSV with a text column, or JSON Lines with a text field. */
    public void startFromFile(Path file) {
        session.run(() -> UnlabeledTexts.read(file), this::start,
                problem -> status.set("Could not read " + file.getFileName() + ": " + problem));
    }

    private void start(UnlabeledTexts.Batch batch) {
        ScoringEngine engine = session.engine();
        problems.setAll(batch.problems());
        if (engine == null) {
            status.set("The model is still loading; try again in a moment.");
            return;
        }
        if (batch.texts().isEmpty()) {
            status.set(batch.problems().isEmpty() ? "Nothing to label: paste copy, one piece a line, or import a file."
                    : "None of the rows could be used.");
            return;
        }
        WorkspaceCorpus corpus = session.corpus();
        BackgroundTask<LabelingQueue> task = BackgroundTask.job((listener, cancellation) ->
                LabelingQueue.build(batch.texts(), engine.classifier(), corpus, listener, cancellation));
        scoring = task;
        progress.bind(task.progressProperty());
        activity.bind(task.messageProperty());
        status.set("");
        phase.set(Phase.SCORING);
        tasks.execute(task.onSuccess(built -> {
            stopScoring();
            queue = built;
            show(stateOf(queue));
        }).onFailure(problem -> {
            stopScoring();
            phase.set(Phase.INPUT);
            status.set("Could not score the copy: " + problem);
        }));
    }

    /** Stops scoring the batch; the pasted copy stays. */
    public void cancel() {
        if (scoring != null) {
            scoring.cancel();
            stopScoring();
            phase.set(Phase.INPUT);
        }
    }

    private void stopScoring() {
        scoring = null;
        progress.unbind();
        activity.unbind();
    }

    /**
     * M or S labels the item shown, saves the label and moves on (asking who labels, the first
     * time); Space moves on without a label; Backspace steps back to the previous item, taking back
     * its label.
     */
    public void press(QueueKey key) {
        answers.press(key, label -> q -> "Saved: " + q.label(label).message() + ".", "Skipped.",
                "Back to the previous item; its label, if it had one, was taken back.");
    }

    /** Another batch: back to the paste box. */
    public void clear() {
        cancel();
        queue = null;
        state.set(null);
        problems.clear();
        phase.set(Phase.INPUT);
    }

    private static State stateOf(LabelingQueue queue) {
        return new State(queue.current().orElse(null), queue.progress(), queue.leftOut());
    }

    private void show(State shown) {
        state.set(shown);
        phase.set(shown.current() == null ? Phase.DONE : Phase.LABELING);
    }
}
