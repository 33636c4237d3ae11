package com.usthem.app;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.task.FxTaskExecutor;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceSeeder;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Small workspaces for the app's team tests: a slice of the shipped corpus (so a retrain takes
 * seconds, not a minute), a slice of its held-out test split, and the shipped model as v0001.
 */
public final class TeamWorkspaces {

    /** The app's own executor, shared by the tests that drive whole windows. */
    public static final TaskExecutor TASKS = new FxTaskExecutor();
    /** Examples taken from each shipped training file. */
    static final int PER_FILE = 10;
    static final int TEST_EXAMPLES = 20;

    private TeamWorkspaces() {
    }

    /** A workspace under {@code dir} with a small corpus; its model is installed when a session loads it. */
    public static Workspace small(Path dir) {
        Workspace workspace = new Workspace(dir.resolve("workspace"));
        try {
            Files.createDirectories(workspace.corpusDir());
            try (Stream<Path> files = Files.list(Path.of("training-data"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                    boolean test = file.getFileName().toString().equals(CorpusFiles.TEST_FILE);
                    List<String> lines = Files.readAllLines(file).stream().limit(test ? TEST_EXAMPLES : PER_FILE)
                            .toList();
                    Files.write(workspace.corpusDir().resolve(file.getFileName()), lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workspace;
    }

    /** A session on the workspace, which seeds it (the model) and loads its model in the background. */
    public static WorkspaceSession session(Workspace workspace) {
        return session(workspace, TASKS);
    }

    public static WorkspaceSession session(Workspace workspace, TaskExecutor tasks) {
        return new WorkspaceSession(workspace, WorkspaceSession.seedAndLoad(workspace), tasks);
    }

    /**
     * The write-and-score window on the session, with settings of its own under {@code dir}, shown;
     * its user chose to label without a name, so a first label does not stop to ask for one.
     */
    public static MainWindow mainWindow(Stage stage, Path dir, WorkspaceSession session) {
        SettingsStore settings = new SettingsStore(settingsFile(dir));
        try {
            settings.save(AppSettings.DEFAULTS.withAuthor(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mainWindow(stage, settings, session, TASKS, new ScriptedFileDialogs());
    }

    /** The window as the app opens it, on the test workspace and with its model being the one given, shown. */
    public static MainWindow mainWindow(Stage stage, Path settingsFile, CompletionStage<ScoringEngine> model,
                                        FileDialogs files) {
        WorkspaceSession session = new WorkspaceSession(WorkspaceSession.chosen(null), model, TASKS);
        return mainWindow(stage, new SettingsStore(settingsFile), session, TASKS, files);
    }

    /** The write-and-score window, shown. */
    public static MainWindow mainWindow(Stage stage, SettingsStore settings, WorkspaceSession session,
                                        TaskExecutor tasks, FileDialogs files) {
        MainWindow window = new MainWindow(stage, settings, session, tasks, files);
        window.show();
        return window;
    }

    public static Path settingsFile(Path dir) {
        return dir.resolve("config/settings.json");
    }

    /** Shows the stage as the main window standing behind a team window under test. */
    public static Stage owner(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
        return stage;
    }

    /** Seeds the workspace now, for tests that change its models before a session opens it. */
    public static Workspace seeded(Workspace workspace) {
        try {
            return WorkspaceSeeder.seed(workspace);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
