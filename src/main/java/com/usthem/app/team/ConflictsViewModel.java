package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.ConflictQueue;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conflicts queue's state: the copies people label differently, one at a time, each with every
 * person's label and the model's score, for the team to settle with the keys of the labeling queue
 * (marketing, sales, skip, back one). A settlement is saved at once with the settler's name, and
 * Alt+Z undoes it like every labeling action.
 *
 * <p>While the window is open the queue follows the corpus: when a dispute appears or ends
 * elsewhere (another person, the command line, an undo) the queue is read again, and the copies
 * skipped stay skipped. The app's own settlements, which the workspace watcher reports too, change
 * nothing the queue does not know already, so they leave it as it is.
 */
public final class ConflictsViewModel {

    /** Reading and scoring the disputes; settling them; none left to settle. */
    public enum Phase { LOADING, SETTLING, DONE }

    /**
     * What the window shows.
     *
     * @param current the dispute to settle now; null when none is left to settle
     * @param open    disputes not settled here: the current one, those after it and those skipped
     * @param settled disputes settled from this window since it opened
     * @param skipped of the open ones, how many were skipped
     */
    public record State(ConflictQueue.Item current, int open, int settled, int skipped) {

        State settledBefore(int before) {
            return new State(current, open, before + settled, skipped);
        }
    }

    /**
     * Whether the queue still shows the disputes of the corpus, and what to carry over to a new one:
     * the copies skipped and those settled, and the copies disputed now (a settlement undone elsewhere
     * is no longer one). Copies by their normalized text.
     */
    private record Followed(boolean same, Set<String> skipped, Set<String> settled, Set<String> disputed) {
    }

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final QueueAnswers<ConflictQueue, State> answers;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private ConflictQueue queue;
    private BackgroundTask<ConflictQueue> building;
    /** The copies settled in the queues this one replaced since the window opened, as long as the settlement stands. */
    private final Set<String> settledBefore = new HashSet<>();
    private boolean active;
    /** Set while this window tells the others of its own change: it need not follow that one. */
    private boolean telling;

    public ConflictsViewModel(WorkspaceSession session, TaskExecutor tasks) {
        this.session = session;
        this.tasks = tasks;
        this.answers = new QueueAnswers<>(session, () -> queue, ConflictsViewModel::stateOf, this::show, status::set,
                this::tellOthers);
        session.corpusRevisionProperty().addListener(observable -> {
            if (active && !telling) {
                follow();
            }
        });
        session.corpusProperty().addListener(observable -> {
            if (active) {
                start();
            }
        });
        session.engineProperty().addListener(observable -> {
            if (active && queue == null && building == null) {
                start();
            }
        });
    }

    /** While active (the window is open) the queue follows the corpus; activating reads the disputes afresh. */
    public void setActive(boolean isActive) {
        active = isActive;
        if (active) {
            start();
        } else if (building != null) {
            building.cancel();
            building = null;
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** The dispute shown and how far the team is; null until the disputes are read. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** How far scoring the disputes is, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the latest answer did, or why something could not be done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every open dispute from the first, the skipped ones too, and the count of settled ones from zero. */
    public void start() {
        settledBefore.clear();
        queue = null;
        phase.set(Phase.LOADING);
        build(Set.of());
    }

    /** M or S: settles the dispute shown with this label, in the user's name, and moves on. */
    public void settle(Label label) {
        if (queue == null || !session.labeler().ready()) {
            return;
        }
        answers.apply(q -> q.current().isPresent() ? "Saved: " + q.settle(label).message() + "." : null, true);
    }

    /** Space: moves on, leaving the copy disputed. */
    public void skip() {
        answers.apply(q -> {
            if (q.current().isEmpty()) {
                return null;
            }
            q.skip();
            return "Skipped: it stays disputed.";
        }, false);
    }

    /** Backspace: back to the previous dispute, taking back its settlement. */
    public void back() {
        answers.apply(q -> q.undo() ? "Back to the previous dispute; its settlement, if it had one, was taken back."
                : null, true);
    }

    /** Alt+Z: takes back the latest labeling action, from this window or another. */
    public void undo() {
        session.undo(status::set);
    }

    public void redo() {
        session.redo(status::set);
    }

    /**
     * Reads and scores the disputes, skipping at the start those the user skipped before (their
     * normalized texts), off the FX thread; a newer build overtakes an older one.
     */
    private void build(Set<String> skipped) {
        ScoringEngine engine = session.engine();
        if (engine == null) {
            status.set("The model is still loading; the disputes are shown once it has.");
            return;
        }
        if (building != null) {
            building.cancel();
        }
        WorkspaceCorpus corpus = session.corpus();
        BackgroundTask<ConflictQueue> task = BackgroundTask.job((listener, cancellation) -> {
            ConflictQueue built = ConflictQueue.build(corpus, engine.classifier(), listener, cancellation);
            while (built.current().filter(item -> skipped.contains(key(item.copy()))).isPresent()) {
                built.skip();
            }
            return built;
        });
        building = task;
        progress.bind(task.progressProperty());
        tasks.execute(task.onSuccess(built -> {
            stopBuilding();
            queue = built;
            show(stateOf(built));
        }).onFailure(problem -> {
            stopBuilding();
            status.set("Could not read the disputes: " + problem);
        }));
    }

    private void stopBuilding() {
        building = null;
        progress.unbind();
    }

    /** The corpus changed: reads the disputes again when they are no longer those the queue shows. */
    private void follow() {
        ConflictQueue target = queue;
        if (target == null) {
            return;
        }
        WorkspaceCorpus corpus = session.corpus();
        session.run(() -> followed(target, corpus), followed -> {
            if (queue == target && !followed.same()) {
                settledBefore.addAll(followed.settled());
                settledBefore.removeAll(followed.disputed());
                build(followed.skipped());
            }
        }, problem -> status.set("Could not read the disputes: " + problem));
    }

    /** On the workspace's thread, where the queue is answered. */
    private static Followed followed(ConflictQueue target, WorkspaceCorpus corpus) throws IOException {
        List<ConflictQueue.Item> open = target.open();
        Set<LabeledCopy> disputed = corpus.read().copies().stream()
                .filter(copy -> copy.state() == LabeledCopy.State.DISPUTED).collect(Collectors.toSet());
        boolean same = disputed.equals(open.stream().map(ConflictQueue.Item::copy).collect(Collectors.toSet()));
        return new Followed(same, keys(target.skipped()),
                keys(target.items().stream().filter(item -> !open.contains(item)).toList()),
                disputed.stream().map(ConflictsViewModel::key).collect(Collectors.toSet()));
    }

    private static Set<String> keys(List<ConflictQueue.Item> items) {
        return items.stream().map(item -> key(item.copy())).collect(Collectors.toSet());
    }

    private static String key(LabeledCopy copy) {
        return ExampleIds.normalize(copy.text());
    }

    private void tellOthers() {
        telling = true;
        try {
            session.corpusChanged();
        } finally {
            telling = false;
        }
    }

    private static State stateOf(ConflictQueue queue) {
        return new State(queue.current().orElse(null), queue.open().size(), queue.progress().labeled(),
                queue.skipped().size());
    }

    private void show(State shown) {
        state.set(shown.settledBefore(settledBefore.size()));
        phase.set(shown.current() == null ? Phase.DONE : Phase.SETTLING);
    }
}
