package com.usthem.app;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.task.FxTaskExecutor;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.Workspace;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop app: opens the write-and-score window on the workspace given by {@code --workspace
 * DIR}, else the one chosen in the app's settings, else {@code $USTHEM_WORKSPACE} or {@code ~/.usthem}.
 */
public class UsThemApp extends Application {

    private static Path commandLineWorkspace;
    private static Workspace workspace;
    private static CompletableFuture<ScoringEngine> engine;

    public static void main(String[] args) {
        commandLineWorkspace = AppArguments.workspace(args);
        // The settings are read, the workspace set up and its model loaded while JavaFX starts: on two
        // cores that halves the wait for a first verdict. Reading the settings (JSON) takes a while
        // in a new JVM, so not even that is done before JavaFX is started.
        Thread early = new Thread(UsThemApp::loadEngine, "usthem-load");
        early.setDaemon(true);
        early.start();
        launch(UsThemApp.class, args);
    }

    /** Starts setting up the workspace and loading its model, once per run. */
    static synchronized CompletableFuture<ScoringEngine> loadEngine() {
        if (engine == null) {
            workspace = commandLineWorkspace != null ? new Workspace(commandLineWorkspace)
                    : WorkspaceSession.chosen(SettingsStore.fromEnvironment().load().settings().workspace());
            engine = WorkspaceSession.seedAndLoad(workspace);
        }
        return engine;
    }

    /** How often the workspace's files are looked at for changes made by someone else. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    private WorkspaceSession session;

    @Override
    public void start(Stage stage) {
        TaskExecutor tasks = new FxTaskExecutor();
        // First: loadEngine() sets the workspace (waiting for the thread started in main if it is still
        // reading the settings), which the session is then given.
        CompletableFuture<ScoringEngine> loading = loadEngine();
        session = new WorkspaceSession(workspace, loading, tasks);
        session.watchForChanges(WATCH_INTERVAL);
        MainWindow window = new MainWindow(stage, SettingsStore.fromEnvironment(), session, tasks, FileDialogs.NATIVE);
        window.setDocumentOpener(getHostServices()::showDocument);
        window.show();
    }

    @Override
    public void stop() {
        session.stopWatching();
    }
}
