package com.usthem.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One background thread for a window's slow steps: they run in order, and never keep the app from quitting. */
public final class BackgroundThread {

    private BackgroundThread() {
    }

    public static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
