package com.usthem.app.workspace;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.ErrorMessages;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.CorpusEdit;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import com.usthem.core.workspace.WorkspaceSeeder;
import com.usthem.core.workspace.WorkspaceWatcher;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The workspace the app works in, shared by every window: its one {@link WorkspaceCorpus} (which
 * holds the undo history of every labeling action, so there must be only one), who labels in it
 * ({@link #labeler()}), the one model in use ({@link #engineProperty()}: every window scores with
 * it), and the queue every change to the workspace's files runs on, one after another. The app
 * waits for that queue when it quits, so a label being saved is saved. Changes made to the files
 * by someone else reach the windows through it too ({@link #watchForChanges}).
 *
 * <p>Properties change on the FX thread only.
 */
public final class WorkspaceSession {

    private final TaskExecutor tasks;
    private final TaskQueue changes;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<WorkspaceCorpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<ScoringEngine> engine = new ReadOnlyObjectWrapper<>(this, "engine");
    private final ReadOnlyStringWrapper modelProblem = new ReadOnlyStringWrapper(this, "modelProblem");
    private final ReadOnlyIntegerWrapper corpusRevision = new ReadOnlyIntegerWrapper(this, "corpusRevision");
    private final Labeler labeler = new Labeler();
    private int switches;
    /** Model loads under way (the first, a reload, a switch); a change of models seen meanwhile waits for them. */
    private int loads = 1;
    private boolean modelsChangedMeanwhile;
    private ChangesElsewhere elsewhere;

    /**
     * @param start      the workspace the app starts in
     * @param firstModel its model, being loaded since before the window opened (see {@link #seedAndLoad})
     */
    public WorkspaceSession(Workspace start, CompletionStage<ScoringEngine> firstModel, TaskExecutor tasks) {
        this.tasks = tasks;
        this.changes = tasks.finishingQueue("usthem-workspace");
        workspace.set(start);
        corpus.set(corpusOf(start));
        firstModel.whenComplete((ready, error) -> Platform.runLater(() -> {
            if (error == null) {
                modelLoaded(ready);
            } else {
                modelFailed(ErrorMessages.describe(error));
            }
            loadDone();
        }));
    }

    /** The folder of the app setting when set, else {@code $USTHEM_WORKSPACE} or {@code ~/.usthem}. */
    public static Workspace chosen(String settingsFolder) {
        return settingsFolder == null ? Workspace.fromEnvironment() : new Workspace(Path.of(settingsFolder));
    }

    /**
     * Starts {@link #seedAndLoadNow} at once on a thread of its own: the app calls it before JavaFX
     * is up (there is no task executor yet), so the model loads while the window is being made.
     */
    public static CompletableFuture<ScoringEngine> seedAndLoad(Workspace workspace) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return seedAndLoadNow(workspace);
            } catch (ModelLoadException e) {
                throw new CompletionException(e);
            }
        });
    }

    /**
     * Creates what the workspace lacks from the shipped corpus and model, then loads its current
     * model. When the workspace cannot be created (a read-only folder, a full disk) the shipped
     * model is used, and the engine's warnings say why.
     */
    static ScoringEngine seedAndLoadNow(Workspace workspace) throws ModelLoadException {
        String seedProblem = null;
        try {
            WorkspaceSeeder.seed(workspace);
        } catch (IOException | ModelLoadException | RuntimeException e) {
            seedProblem = "the workspace " + workspace.root() + " could not be set up ("
                    + ErrorMessages.describe(e) + "); your examples and models cannot be saved there";
        }
        ScoringEngine loaded = ScoringEngine.load(workspace);
        return seedProblem == null ? loaded : loaded.withWarning(seedProblem);
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

    /** Who labels: every corpus of the session gives its labels this labeler's author. */
    public Labeler labeler() {
        return labeler;
    }

    private WorkspaceCorpus corpusOf(Workspace folder) {
        return new WorkspaceCorpus(folder, Clock.systemUTC(), labeler::author);
    }

    /**
     * The model in use; null until the first one has loaded. It changes when a retrained model is
     * accepted, after a rollback and with the workspace.
     */
    public ReadOnlyObjectProperty<ScoringEngine> engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public ScoringEngine engine() {
        return engine.get();
    }

    /**
     * Why the latest model asked for could not be loaded, in words for the user; null once one has
     * loaded. Told each time it happens, even when the reason is the same as the last time.
     */
    public ReadOnlyStringProperty modelProblemProperty() {
        return modelProblem.getReadOnlyProperty();
    }

    /** Counts the changes made to the corpus from the app, so that views showing it know to read it again. */
    public ReadOnlyIntegerProperty corpusRevisionProperty() {
        return corpusRevision.getReadOnlyProperty();
    }

    public void corpusChanged() {
        corpusRevision.set(corpusRevision.get() + 1);
    }

    /**
     * Runs a change to the workspace's files after the ones before it, off the FX thread; then,
     * on the FX thread, {@code done} with its result or {@code failed} with a message for the user.
     */
    public <T> void run(Callable<T> change, Consumer<T> done, Consumer<String> failed) {
        changes.execute(BackgroundTask.of(change).onSuccess(done).onFailure(failed));
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
        loads++;
        tasks.execute(BackgroundTask.of(() -> ScoringEngine.load(current))
                .onSuccess(ready -> {
                    if (expected == switches) {
                        modelLoaded(ready);
                    }
                    loadDone();
                })
                .onFailure(problem -> {
                    if (expected == switches) {
                        modelFailed(problem);
                    }
                    loadDone();
                }));
    }

    /**
     * Notices, from now on, the changes someone else makes to the workspace's files (another person
     * on a shared folder, the command line), checking every {@code interval}: the views showing
     * the corpus read it again, and a model made current elsewhere is loaded. The app's own writes
     * are noticed too; reading the corpus again then shows what is shown already, and the model in
     * use is loaded again only when another version has become current.
     */
    public void watchForChanges(Duration interval) {
        stopWatching();
        elsewhere = new ChangesElsewhere(tasks, interval, this::changedElsewhere);
        elsewhere.watch(workspace.get());
    }

    public void stopWatching() {
        if (elsewhere != null) {
            elsewhere.stop();
            elsewhere = null;
        }
    }

    private void changedElsewhere(Workspace folder, Set<WorkspaceWatcher.Part> parts) {
        if (!folder.equals(workspace.get())) {
            return;
        }
        if (parts.contains(WorkspaceWatcher.Part.CORPUS)) {
            corpusChanged();
        }
        if (parts.contains(WorkspaceWatcher.Part.MODELS)) {
            modelsChanged();
        }
    }

    /** Loads the current model when it is another version than the one in use, once the loads under way are done. */
    private void modelsChanged() {
        if (loads > 0) {
            modelsChangedMeanwhile = true;
            return;
        }
        ScoringEngine inUse = engine.get();
        if (inUse == null) {
            reloadModel();
            return;
        }
        Workspace current = workspace.get();
        int expected = switches;
        tasks.execute(BackgroundTask.of(() -> current.models().current().orElse(null)).onSuccess(version -> {
            if (expected == switches && engine.get() == inUse && !Objects.equals(version, inUse.loaded().version())) {
                reloadModel();
            }
        }));
    }

    private void loadDone() {
        loads--;
        if (loads == 0 && modelsChangedMeanwhile) {
            modelsChangedMeanwhile = false;
            modelsChanged();
        }
    }

    /**
     * Moves to another workspace folder: creates it if needed and loads its model, meanwhile the
     * current model keeps scoring. The workspace, its corpus and its model change together when it is
     * ready; a later switch overtakes an earlier one still loading.
     */
    public void switchTo(Workspace next) {
        int expected = ++switches;
        loads++;
        tasks.execute(BackgroundTask.of(() -> seedAndLoadNow(next))
                .onSuccess(ready -> {
                    if (expected == switches) {
                        workspace.set(next);
                        corpus.set(corpusOf(next));
                        corpusChanged();
                        modelLoaded(ready);
                        if (elsewhere != null) {
                            elsewhere.watch(next);
                        }
                    }
                    loadDone();
                })
                .onFailure(problem -> {
                    if (expected == switches) {
                        modelFailed(problem);
                    }
                    loadDone();
                }));
    }

    private void modelLoaded(ScoringEngine ready) {
        modelProblem.set(null);
        engine.set(ready);
    }

    private void modelFailed(String problem) {
        // Cleared first, so the same reason told twice is heard twice.
        modelProblem.set(null);
        modelProblem.set(problem);
    }
}
