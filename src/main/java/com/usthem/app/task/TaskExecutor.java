package com.usthem.app.task;

import javafx.util.Duration;

/**
 * Where the app's slow work runs: off the FX thread, with its outcome handed back on the FX thread
 * (see {@link BackgroundTask}). Windows and view models are given one, so a test can give them
 * another that runs everything at once, on its own thread.
 */
public interface TaskExecutor {

    /** Runs a task beside any others: for long jobs (training, a batch) that must not hold up other work. */
    <V> BackgroundTask<V> execute(BackgroundTask<V> task);

    /** A line of tasks that run one at a time, in the order given; {@code name} names its thread. */
    TaskQueue queue(String name);

    /**
     * A line of tasks the app waits for when it quits: for changes to the user's files, so that a
     * label being saved is saved.
     */
    TaskQueue finishingQueue(String name);

    /** Runs the action on the FX thread after a pause, unless cancelled first. */
    Scheduled schedule(Duration pause, Runnable action);

    /** An action waiting for its pause. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
