package com.usthem.app.compare;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.Debouncer;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.core.classify.Classifier;
import com.usthem.core.compare.DraftComparer;
import com.usthem.core.compare.DraftComparison;
import com.usthem.core.io.TextFiles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Two drafts of the same copy compared as they are edited: a short pause after the last edit, the
 * comparison runs off the FX thread; a newer edit drops an older comparison.
 */
public final class CompareViewModel {

    /** Where the comparison is. */
    public enum Phase { WAITING, COMPARING, COMPARED, FAILED }

    static final Duration DEBOUNCE = Duration.millis(300);

    private final DraftComparer comparer;
    private final TaskQueue files;
    private final Debouncer comparing;
    private final StringProperty before = new SimpleStringProperty(this, "before", "");
    private final StringProperty after = new SimpleStringProperty(this, "after", "");
    private final ReadOnlyObjectWrapper<DraftComparison> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.WAITING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    public CompareViewModel(Classifier classifier, TaskExecutor tasks) {
        this.comparer = new DraftComparer(classifier);
        this.files = tasks.queue("usthem-compare-files");
        this.comparing = new Debouncer(tasks, tasks.queue("usthem-compare"), DEBOUNCE);
        before.addListener((observable, old, now) -> edited());
        after.addListener((observable, old, now) -> edited());
    }

    private void edited() {
        phase.set(Phase.COMPARING);
        comparing.request(comparison());
    }

    /** Compares the two drafts as they are now, without waiting for the pause. */
    public void compareNow() {
        comparing.requestNow(comparison());
    }

    private BackgroundTask<Optional<DraftComparison>> comparison() {
        String first = before.get();
        String second = after.get();
        String missing = first.isBlank() ? "the draft before" : second.isBlank() ? "the draft after" : null;
        if (missing != null) {
            return BackgroundTask.of(Optional::<DraftComparison>empty).onSuccess(none -> {
                result.set(null);
                problem.set("Type or open " + missing + " to compare the two.");
                phase.set(Phase.WAITING);
            });
        }
        phase.set(Phase.COMPARING);
        return BackgroundTask.of(() -> comparer.compare(first, second)).onSuccess(compared -> {
            result.set(compared.orElse(null));
            problem.set(compared.isPresent() ? null : "Nothing to compare yet: each draft needs a word or two.");
            phase.set(compared.isPresent() ? Phase.COMPARED : Phase.FAILED);
        }).onFailure(failure -> {
            result.set(null);
            problem.set("Could not compare: " + failure);
            phase.set(Phase.FAILED);
        });
    }

    /** Reads a draft file (strict UTF-8, as drafts are opened everywhere) into one side; the other is left alone. */
    public void open(Path file, boolean intoBefore, Runnable opened, Consumer<String> failed) {
        files.execute(BackgroundTask.of(() -> TextFiles.read(file)).onSuccess(text -> {
            (intoBefore ? before : after).set(text);
            opened.run();
        }).onFailure(failure -> failed.accept("Could not open " + file.getFileName() + ": " + failure)));
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
