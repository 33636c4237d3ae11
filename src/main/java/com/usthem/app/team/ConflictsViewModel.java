package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.ConflictQueue;
import com.usthem.core.workspace.WorkspaceCorpus;
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
     * @param phase   reading the disputes, settling the one shown, or none left to settle
     * @param current the dispute to settle now; null when none is left to settle
     * @param open    disputes not settled here: the current one, those after it and those skipped
     * @param settled disputes settled from this window since it opened
     * @param skipped of the open ones, how many were skipped
     * @param read    how far reading and scoring the disputes is, 0..1
     */
    public record State(Phase phase, ConflictQueue.Item current, int open, int settled, int skipped, double read) {

        static State reading(double read) {
            return new State(Phase.LOADING, null, 0, 0, 0, read);
        }

        /** The state a queue is in, on the workspace's thread, where the queue is answered. */
        static State of(ConflictQueue queue) {
            ConflictQueue.Item current = queue.current().orElse(null);
            return new State(current == null ? Phase.DONE : Phase.SETTLING, current, queue.open().size(),
                    queue.progress().labeled(), queue.skipped().size(), 1);
        }

        State settledBefore(int before) {
            return new State(phase, current, open, before + settled, skipped, read);
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
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.reading(0));
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
        this.answers = new QueueAnswers<>(session, () -> queue, State::of, this::show, status::set,
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
        stopBuilding();
        if (active) {
            start();
        }
    }

    /** Where the team is: reading the disputes, settling one (shown), or done; and how far it is. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Every open dispute from the first, the skipped ones too, and the count of settled ones from zero. */
    public void start() {
        settledBefore.clear();
        queue = null;
        state.set(State.reading(0));
        build(Set.of());
    }

    /**
     * M or S settles the dispute shown with that label, in the user's name, and moves on; Space
     * moves on, leaving it disputed; Backspace goes back to the previous dispute, taking back its
     * settlement.
     */
    public void press(QueueKey key) {
        answers.press(key, label -> q -> "Saved: " + q.settle(label).message() + ".", "Skipped: it stays disputed.",
                "Back to the previous dispute; its settlement, if it had one, was taken back.");
    }

    /** Alt+Z: takes back the latest labeling action, from this window or another. */
    public void undo() {
        session.undo(status::set);
    }

    public void redo() {
        session.redo(status::set);
    }

    /** What the latest key did, or why the disputes could not be read or a settlement saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
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
        stopBuilding();
        WorkspaceCorpus corpus = session.corpus();
        BackgroundTask<ConflictQueue> task = BackgroundTask.job((listener, cancellation) -> {
            ConflictQueue built = ConflictQueue.build(corpus, engine.classifier(), listener, cancellation);
            while (built.current().filter(item -> skipped.contains(key(item.copy()))).isPresent()) {
                built.skip();
            }
            return built;
        });
        building = task;
        task.progressProperty().addListener((observable, old, now) -> {
            if (building == task && state.get().phase() == Phase.LOADING) {
                state.set(State.reading(Math.max(0, now.doubleValue())));
            }
        });
        tasks.execute(task.onSuccess(built -> {
            building = null;
            queue = built;
            show(State.of(built));
        }).onFailure(problem -> {
            building = null;
            status.set("Could not read the disputes: " + problem);
        }));
    }

    /** Drops the disputes being read: newer ones are wanted, or none. */
    private void stopBuilding() {
        if (building != null) {
            building.cancel();
            building = null;
        }
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

    private void show(State shown) {
        state.set(shown.settledBefore(settledBefore.size()));
    }
}
