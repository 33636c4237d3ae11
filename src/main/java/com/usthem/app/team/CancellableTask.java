package com.usthem.app.team;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import javafx.concurrent.Task;

/**
 * A task around a long job of the core (training, scoring a corpus or a batch): the job's progress
 * becomes the task's message and progress, and cancelling the task raises the job's
 * {@link Cancellation}, which the job checks between steps.
 */
final class CancellableTask<V> extends Task<V> {

    /** The job: reports progress to the listener and stops when the cancellation is raised. */
    @FunctionalInterface
    interface Job<V> {
        V run(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    private final Job<V> job;
    private final Cancellation cancellation = new Cancellation();

    CancellableTask(Job<V> job) {
        this.job = job;
    }

    @Override
    protected V call() throws Exception {
        return job.run((message, fraction) -> {
            updateMessage(message);
            updateProgress(fraction, 1);
        }, cancellation);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        cancellation.cancel();
        return super.cancel(mayInterruptIfRunning);
    }

    /** Runs the task on a daemon thread of its own: a long job must not hold up saving labels. */
    void start(String threadName) {
        Thread thread = new Thread(this, threadName);
        thread.setDaemon(true);
        thread.start();
    }
}
