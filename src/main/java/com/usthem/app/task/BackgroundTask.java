package com.usthem.app.task;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of slow work and what to do with its outcome: the work runs off the FX thread (on a
 * {@link TaskExecutor}), then {@code onSuccess} gets its value, or {@code onFailure} the reason it
 * failed in words for the user, on the FX thread. Cancelling raises the work's {@link Cancellation}
 * (long jobs check it between steps) and drops its outcome: a cancelled task reports nothing.
 */
public final class BackgroundTask<V> {

    /** Work that reports its progress and stops when the cancellation is raised. */
    @FunctionalInterface
    public interface Job<V> {
        V run(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    private final Job<V> job;
    private final Cancellation cancellation = new Cancellation();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Consumer<V> onSuccess = value -> { };
    private Consumer<String> onFailure = problem -> { };

    private BackgroundTask(Job<V> job) {
        this.job = job;
    }

    /** Work that neither reports progress nor can be stopped half-way. */
    public static <V> BackgroundTask<V> of(Callable<V> work) {
        return new BackgroundTask<>((progress, cancellation) -> work.call());
    }

    /** A long job with progress and a way to stop it. */
    public static <V> BackgroundTask<V> job(Job<V> job) {
        return new BackgroundTask<>(job);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> action) {
        onSuccess = action;
        return this;
    }

    /** What to do when the work fails; the action gets the reason, worded by {@link ErrorMessages}. */
    public BackgroundTask<V> onFailure(Consumer<String> action) {
        onFailure = action;
        return this;
    }

    public void cancel() {
        cancellation.cancel();
    }

    /** How far the job is, 0..1; -1 until it says. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the job is doing now. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Runs the work on the calling thread, for an executor; progress goes to the listener given. A
     * task cancelled before it started is skipped: a newer one has taken its place.
     */
    V run(ProgressListener listener) throws Exception {
        return cancellation.isCancelled() ? null : job.run(listener, cancellation);
    }

    /** The job's progress, on the FX thread. */
    void progressed(String now, double fraction) {
        message.set(now);
        progress.set(fraction);
    }

    /** The outcome, on the FX thread. */
    void succeeded(V value) {
        if (!cancellation.isCancelled()) {
            onSuccess.accept(value);
        }
    }

    void failed(Throwable error) {
        if (!cancellation.isCancelled()) {
            onFailure.accept(ErrorMessages.describe(error));
        }
    }
}
