package com.usthem.app.task;

import javafx.util.Duration;

/**
 * Waits for a pause in requests, then runs the newest on its queue; a newer request cancels the
 * older one, whether it is still waiting, queued or running, so only the newest outcome is ever
 * reported. For work that follows typing: a long paste is scored once, not once per keystroke.
 */
public final class Debouncer {

    private final TaskExecutor executor;
    private final TaskQueue queue;
    private final Duration pause;
    private TaskExecutor.Scheduled waiting;
    private BackgroundTask<?> latest;

    public Debouncer(TaskExecutor executor, TaskQueue queue, Duration pause) {
        this.executor = executor;
        this.queue = queue;
        this.pause = pause;
    }

    /** Runs the task after the pause, unless another request comes first. */
    public void request(BackgroundTask<?> task) {
        cancel();
        latest = task;
        waiting = executor.schedule(pause, () -> queue.execute(task));
    }

    /** Runs the task without waiting, in place of any request before it. */
    public void requestNow(BackgroundTask<?> task) {
        cancel();
        latest = task;
        queue.execute(task);
    }

    /** Drops the latest request: it does not run, or its outcome is not reported. */
    public void cancel() {
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
        if (latest != null) {
            latest.cancel();
            latest = null;
        }
    }
}
