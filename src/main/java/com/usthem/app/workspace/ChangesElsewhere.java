package com.usthem.app.workspace;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceWatcher;
import javafx.application.Platform;

import java.time.Duration;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Watches the workspace in use for changes to its files made by someone else (another person on a
 * shared folder, the command line, another window of the app) and tells the session, on the FX
 * thread, which workspace and which parts changed. The watcher polls on a thread of its own; the
 * first look at the files (which may be on a slow network drive) is taken off the FX thread too.
 */
final class ChangesElsewhere {

    private final TaskExecutor tasks;
    private final Duration interval;
    private final BiConsumer<Workspace, Set<WorkspaceWatcher.Part>> changed;
    private WorkspaceWatcher watcher;
    private Workspace watched;

    /**
     * @param changed told on the FX thread; the workspace it names tells a change of the folder now
     *                watched from one of a folder watched before
     */
    ChangesElsewhere(TaskExecutor tasks, Duration interval, BiConsumer<Workspace, Set<WorkspaceWatcher.Part>> changed) {
        this.tasks = tasks;
        this.interval = interval;
        this.changed = changed;
    }

    /** Watches this folder from now on, and no other. */
    void watch(Workspace folder) {
        stop();
        watched = folder;
        tasks.execute(BackgroundTask.of(() -> new WorkspaceWatcher(folder)).onSuccess(ready -> {
            if (folder.equals(watched) && watcher == null) {
                watcher = ready.start(interval, parts -> Platform.runLater(() -> changed.accept(folder, parts)));
            }
        }));
    }

    void stop() {
        watched = null;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
