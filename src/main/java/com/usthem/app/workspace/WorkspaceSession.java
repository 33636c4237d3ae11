package com.usthem.app.workspace;

import com.usthem.core.model.ModelLoadException;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.CorpusEdit;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import com.usthem.core.workspace.WorkspaceSeeder;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The workspace the app works in, shared by every window: its one {@link WorkspaceCorpus} (which
 * holds the undo history of every labeling action, so there must be only one), the model that
 * scores, and the thread every change to the workspace's files runs on, one after another.
 *
 * <p>That thread is not a daemon: quitting the app lets a label that is being saved finish first.
 * It stops a second after its last job, so it never keeps a closed app alive.
 *
 * <p>Properties change on the FX thread only.
 */
public final class WorkspaceSession {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<WorkspaceCorpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<ScoringEngine> engine = new ReadOnlyObjectWrapper<>(this, "engine");
    private final ReadOnlyIntegerWrapper corpusRevision = new ReadOnlyIntegerWrapper(this, "corpusRevision");
    private final List<BiConsumer<ScoringEngine, Throwable>> engineListeners = new ArrayList<>();
    private final ExecutorService files = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> new Thread(runnable, "usthem-workspace"));
    private int switches;

    /**
     * @param start   the workspace the app starts in
     * @param loading its model, being loaded (see {@link #seedAndLoad}); the session takes it when ready
     */
    public WorkspaceSession(Workspace start, CompletionStage<ScoringEngine> loading) {
        workspace.set(start);
        corpus.set(new WorkspaceCorpus(start, Clock.systemUTC()));
        loading.whenComplete((ready, error) -> Platform.runLater(() -> engineLoaded(ready, error)));
    }

    /** The folder of the app setting when set, else {@code $USTHEM_WORKSPACE} or {@code ~/.usthem}. */
    public static Workspace chosen(String settingsFolder) {
        return settingsFolder == null ? Workspace.fromEnvironment() : new Workspace(Path.of(settingsFolder));
    }

    /**
     * Creates what the workspace lacks from the shipped corpus and model, then loads its current
     * model, on a thread of its own. When the workspace cannot be created (a read-only folder, a full
     * disk) the shipped model is used, and the engine's warnings say why.
     */
    public static CompletableFuture<ScoringEngine> seedAndLoad(Workspace workspace) {
        return CompletableFuture.supplyAsync(() -> {
            String seedProblem = null;
            try {
                WorkspaceSeeder.seed(workspace);
            } catch (IOException | ModelLoadException | RuntimeException e) {
                seedProblem = "the workspace " + workspace.root() + " could not be set up (" + e.getMessage()
                        + "); your examples and models cannot be saved there";
            }
            try {
                ScoringEngine loaded = ScoringEngine.load(workspace);
                return seedProblem == null ? loaded : loaded.withWarning(seedProblem);
            } catch (ModelLoadException e) {
                throw new CompletionException(e);
            }
        });
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace.get();
    }

    /** The corpus of the workspace in use; replaced (with a fresh undo history) when the workspace changes. */
    public ReadOnlyObjectProperty<WorkspaceCorpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    public WorkspaceCorpus corpus() {
        return corpus.get();
    }

    /** The model in use; null until the first one has loaded. */
    public ReadOnlyObjectProperty<ScoringEngine> engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public ScoringEngine engine() {
        return engine.get();
    }

    /** Counts the changes made to the corpus from the app, so that views showing it know to read it again. */
    public ReadOnlyIntegerProperty corpusRevisionProperty() {
        return corpusRevision.getReadOnlyProperty();
    }

    public void corpusChanged() {
        corpusRevision.set(corpusRevision.get() + 1);
    }

    /**
     * Called on the FX thread with every model loaded (first, after a retrain is accepted, after a
     * rollback, after a workspace change) or with the error when one could not be loaded.
     */
    public void onEngineLoaded(BiConsumer<ScoringEngine, Throwable> listener) {
        engineListeners.add(listener);
    }

    /**
     * Runs a change to the workspace's files after the ones before it, off the FX thread; then,
     * on the FX thread, {@code done} with its result or {@code failed} with a message for the user.
     */
    public <T> void run(Callable<T> change, Consumer<T> done, Consumer<String> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return change.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(ErrorMessages.describe(task.getException())));
        files.execute(task);
    }

    /** Takes back the latest change to the corpus, whichever window made it; tells what it did. */
    public void undo(Consumer<String> told) {
        step(WorkspaceCorpus::undo, "Undone", "undo", told);
    }

    /** Does again the latest change undone. */
    public void redo(Consumer<String> told) {
        step(WorkspaceCorpus::redo, "Redone", "redo", told);
    }

    /** Undo or redo. */
    private interface Step {
        Optional<CorpusEdit> apply(WorkspaceCorpus corpus) throws Exception;
    }

    private void step(Step step, String done, String verb, Consumer<String> told) {
        WorkspaceCorpus current = corpus.get();
        run(() -> step.apply(current), edit -> {
            told.accept(edit.map(e -> done + ": " + e.description() + ".").orElse("Nothing to " + verb + "."));
            corpusChanged();
        }, problem -> told.accept("Could not " + verb + ": " + problem));
    }

    /** Loads the workspace's current model again, e.g. after a new model was accepted or an old one made current. */
    public void reloadModel() {
        Workspace current = workspace.get();
        int expected = switches;
        CompletableFuture.supplyAsync(() -> {
            try {
                return ScoringEngine.load(current);
            } catch (ModelLoadException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((ready, error) -> Platform.runLater(() -> {
            if (expected == switches) {
                engineLoaded(ready, error);
            }
        }));
    }

    /**
     * Moves to another workspace folder: creates it if needed and loads its model, meanwhile the
     * current model keeps scoring. The workspace, its corpus and its model change together when it is
     * ready; a later switch overtakes an earlier one still loading.
     */
    public void switchTo(Workspace next) {
        int expected = ++switches;
        seedAndLoad(next).whenComplete((ready, error) -> Platform.runLater(() -> {
            if (expected != switches) {
                return;
            }
            if (error == null) {
                workspace.set(next);
                corpus.set(new WorkspaceCorpus(next, Clock.systemUTC()));
                corpusChanged();
            }
            engineLoaded(ready, error);
        }));
    }

    private void engineLoaded(ScoringEngine ready, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null) {
            engine.set(ready);
        }
        engineListeners.forEach(listener -> listener.accept(ready, cause));
    }
}
