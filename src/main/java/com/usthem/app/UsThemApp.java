package com.usthem.app;

import com.usthem.app.score.ScoringEngine;
import com.usthem.app.settings.SettingsStore;
import com.usthem.core.Workspace;
import com.usthem.core.model.ModelLoadException;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The desktop app: opens the write-and-score window. */
public class UsThemApp extends Application {

    private static CompletableFuture<ScoringEngine> engine;

    public static void main(String[] args) {
        // The model loads while JavaFX starts: on two cores that halves the wait for a first verdict.
        loadEngine();
        launch(UsThemApp.class, args);
    }

    /** Starts loading the workspace's model, once per run. */
    static synchronized CompletableFuture<ScoringEngine> loadEngine() {
        if (engine == null) {
            engine = CompletableFuture.supplyAsync(() -> {
                try {
                    return ScoringEngine.load(Workspace.fromEnvironment());
                } catch (ModelLoadException e) {
                    throw new CompletionException(e);
                }
            });
        }
        return engine;
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, SettingsStore.fromEnvironment(), loadEngine());
        window.tools().setDocumentOpener(getHostServices()::showDocument);
        window.show();
    }
}
