package com.usthem.app.compare;

import com.usthem.core.classify.Classifier;
import com.usthem.core.compare.DraftComparer;
import com.usthem.core.compare.DraftComparison;
import com.usthem.core.io.TextFiles;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Two drafts of the same copy compared as they are edited: a short pause after the last edit, the
 * comparison runs on the executor given; a newer edit makes an older comparison's result moot.
 */
public final class CompareViewModel {

    /** Where the comparison is. */
    public enum Phase { WAITING, COMPARING, COMPARED, FAILED }

    static final Duration DEBOUNCE = Duration.millis(300);

    private final DraftComparer comparer;
    private final Executor worker;
    private final StringProperty before = new SimpleStringProperty(this, "before", "");
    private final StringProperty after = new SimpleStringProperty(this, "after", "");
    private final ReadOnlyObjectWrapper<DraftComparison> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.WAITING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    /** The latest request; a queued comparison that is no longer the latest is skipped. */
    private final AtomicLong requested = new AtomicLong();

    public CompareViewModel(Classifier classifier, Executor worker) {
        this.comparer = new DraftComparer(classifier);
        this.worker = worker;
        debounce.setOnFinished(e -> compareNow());
        before.addListener((observable, old, now) -> edited());
        after.addListener((observable, old, now) -> edited());
    }

    private void edited() {
        requested.incrementAndGet();
        phase.set(Phase.COMPARING);
        debounce.playFromStart();
    }

    /** Compares the two drafts as they are now, without waiting for the pause. */
    public void compareNow() {
        debounce.stop();
        long request = requested.incrementAndGet();
        String first = before.get();
        String second = after.get();
        String missing = first.isBlank() ? "the draft before" : second.isBlank() ? "the draft after" : null;
        if (missing != null) {
            result.set(null);
            problem.set("Type or open " + missing + " to compare the two.");
            phase.set(Phase.WAITING);
            return;
        }
        phase.set(Phase.COMPARING);
        Task<Optional<DraftComparison>> task = new Task<>() {
            @Override
            protected Optional<DraftComparison> call() {
                return request == requested.get() ? comparer.compare(first, second) : Optional.empty();
            }
        };
        task.setOnSucceeded(e -> {
            if (request == requested.get()) {
                result.set(task.getValue().orElse(null));
                problem.set(task.getValue().isPresent() ? null
                        : "Nothing to compare yet: each draft needs a word or two.");
                phase.set(task.getValue().isPresent() ? Phase.COMPARED : Phase.FAILED);
            }
        });
        task.setOnFailed(e -> {
            if (request == requested.get()) {
                result.set(null);
                problem.set("Could not compare: " + task.getException());
                phase.set(Phase.FAILED);
            }
        });
        worker.execute(task);
    }

    /** Reads a draft file (strict UTF-8, as drafts are opened everywhere) into one side; the other is left alone. */
    public void open(Path file, boolean intoBefore, Runnable opened, Consumer<String> failed) {
        Task<String> reading = new Task<>() {
            @Override
            protected String call() throws Exception {
                return TextFiles.read(file);
            }
        };
        reading.setOnSucceeded(e -> {
            (intoBefore ? before : after).set(reading.getValue());
            opened.run();
        });
        reading.setOnFailed(e -> failed.accept("Could not open " + file.getFileName() + ": "
                + reading.getException().getMessage()));
        worker.execute(reading);
    }

    public StringProperty beforeProperty() {
        return before;
    }

    public StringProperty afterProperty() {
        return after;
    }

    /** The latest comparison of the drafts as they were; null when one is empty or could not be scored. */
    public ReadOnlyObjectProperty<DraftComparison> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Why there is no comparison, in words for the user. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
