package com.usthem.app.settings;

import com.usthem.app.dialog.DialogService;
import com.usthem.app.dialog.Severity;
import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The app's settings as they are now: each change is saved in the background, in the order made,
 * and the window's size is saved once more when it closes, which waits (a little) for the file.
 */
public final class LiveSettings {

    private static final long CLOSING_WAIT_SECONDS = 5;

    private final SettingsStore store;
    private final TaskQueue saving;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<AppSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    public LiveSettings(SettingsStore store, AppSettings loaded, TaskExecutor tasks, DialogService dialogs) {
        this.store = store;
        this.saving = tasks.queue("usthem-settings");
        this.dialogs = dialogs;
        settings.set(loaded);
    }

    public ReadOnlyObjectProperty<AppSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public AppSettings get() {
        return settings.get();
    }

    /** Makes the settings these, and saves them. */
    public void change(AppSettings changed) {
        settings.set(changed);
        save(changed, () -> { });
    }

    /**
     * Saves the settings with the window's size, waiting for the file to be written: closing goes
     * on after a few seconds even if it is not, since the size is not worth keeping the user from quitting.
     */
    public void saveClosing(double width, double height, boolean maximized) {
        AppSettings current = settings.get();
        AppSettings closing = maximized ? current.withWindow(current.windowWidth(), current.windowHeight(), true)
                : current.withWindow(width, height, false);
        settings.set(closing);
        CountDownLatch saved = new CountDownLatch(1);
        save(closing, saved::countDown);
        try {
            saved.await(CLOSING_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Saves after the saves before it; {@code done} runs when the file is written or could not be. */
    private void save(AppSettings toSave, Runnable done) {
        saving.execute(BackgroundTask.of(() -> {
            try {
                store.save(toSave);
                return toSave;
            } finally {
                done.run();
            }
        }).onFailure(problem -> dialogs.showMessage(Severity.WARNING,
                "Could not save the app settings to " + store.file() + ": " + problem)));
    }
}
