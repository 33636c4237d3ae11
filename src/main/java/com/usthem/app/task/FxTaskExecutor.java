package com.usthem.app.task;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's task executor: each task runs as a JavaFX {@link Task}, which hands its progress and
 * outcome to the FX thread. Threads are made as work comes and end a second after it is done, so
 * an idle app holds none; only a finishing queue's thread keeps the app from exiting, until its
 * tasks are done.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final long IDLE_SECONDS = 1;

    private final ExecutorService jobs = Executors.newCachedThreadPool(threads("usthem-job", true));

    @Override
    public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
        return run(task, jobs);
    }

    @Override
    public TaskQueue queue(String name) {
        return inOrder(name, true);
    }

    @Override
    public TaskQueue finishingQueue(String name) {
        return inOrder(name, false);
    }

    @Override
    public Scheduled schedule(Duration pause, Runnable action) {
        PauseTransition wait = new PauseTransition(pause);
        wait.setOnFinished(e -> action.run());
        wait.play();
        return wait::stop;
    }

    private static TaskQueue inOrder(String name, boolean daemon) {
        Executor thread = new ThreadPoolExecutor(0, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads(name, daemon));
        return new TaskQueue() {
            @Override
            public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
                return run(task, thread);
            }
        };
    }

    private static <V> BackgroundTask<V> run(BackgroundTask<V> task, Executor executor) {
        Task<V> fx = new Task<>() {
            @Override
            protected V call() throws Exception {
                return task.run((message, fraction) -> {
                    updateMessage(message);
                    updateProgress(fraction, 1);
                });
            }
        };
        fx.progressProperty().addListener(observable -> task.progressed(fx.getMessage(), fx.getProgress()));
        fx.messageProperty().addListener(observable -> task.progressed(fx.getMessage(), fx.getProgress()));
        fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
        fx.setOnFailed(e -> task.failed(fx.getException()));
        executor.execute(fx);
        return task;
    }

    private static ThreadFactory threads(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
