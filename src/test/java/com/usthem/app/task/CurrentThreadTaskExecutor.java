package com.usthem.app.task;

import javafx.util.Duration;

/**
 * Runs every task at once, on the thread that hands it over, and reports its outcome there: a view
 * model under test then changes in step with the test (call it on the FX thread). Pauses are skipped.
 */
public class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        V value;
        try {
            value = task.run(task::progressed);
        } catch (Exception e) {
            task.failed(e);
            return task;
        }
        task.succeeded(value);
        return task;
    }

    @Override
    public TaskQueue queue(String name) {
        return this::execute;
    }

    @Override
    public TaskQueue finishingQueue(String name) {
        return this::execute;
    }

    @Override
    public Scheduled schedule(Duration pause, Runnable action) {
        action.run();
        return () -> { };
    }
}
