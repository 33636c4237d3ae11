package com.usthem.app.task;

import javafx.application.Platform;
import javafx.util.Duration;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's executor, except that long jobs run on threads this one counts: a test can then tell
 * that a cancelled job has really stopped, not only that its outcome was dropped.
 */
public final class WatchedTaskExecutor implements TaskExecutor {

    private final TaskExecutor app = new FxTaskExecutor();
    private final AtomicInteger running = new AtomicInteger();

    /** How many long jobs have started and not yet returned. */
    public int running() {
        return running.get();
    }

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        running.incrementAndGet();
        Thread thread = new Thread(() -> {
            try {
                V value = task.run((message, fraction) -> Platform.runLater(() -> task.progressed(message, fraction)));
                Platform.runLater(() -> task.succeeded(value));
            } catch (Exception e) {
                Platform.runLater(() -> task.failed(e));
            } finally {
                running.decrementAndGet();
            }
        }, "watched-job");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    @Override
    public TaskQueue queue(String name) {
        return app.queue(name);
    }

    @Override
    public TaskQueue finishingQueue(String name) {
        return app.finishingQueue(name);
    }

    @Override
    public Scheduled schedule(Duration pause, Runnable action) {
        return app.schedule(pause, action);
    }
}
