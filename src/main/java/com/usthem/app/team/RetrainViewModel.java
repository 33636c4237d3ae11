package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.job.TimeLeft;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.RetrainReport;
import com.usthem.core.workspace.Retrainer;
import com.usthem.core.workspace.Workspace;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;

/**
 * Retraining from the app: trains on the workspace corpus in the background (the current model
 * keeps scoring meanwhile), then holds the report, with the learning curve measured after it, until
 * the user accepts the new model, which makes it current and swaps it in, or discards it, which
 * leaves everything as it was.
 */
public final class RetrainViewModel {

    /** Nothing going on; training; a report waiting for a decision; installing the accepted model; failed. */
    public enum Phase { IDLE, TRAINING, REPORT, ACCEPTING, FAILED }

    /** Cross-validation folds, as {@code usthem train} uses by default. */
    static final int FOLDS = 5;

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyObjectWrapper<RetrainReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper accepted = new ReadOnlyStringWrapper(this, "accepted");
    private final LearningCurveViewModel curve;
    private BackgroundTask<RetrainReport> training;
    private Retrainer retrainer;
    private Workspace trainedIn;

    public RetrainViewModel(WorkspaceSession session, TaskExecutor tasks) {
        this.session = session;
        this.tasks = tasks;
        this.curve = new LearningCurveViewModel(tasks);
        session.workspaceProperty().addListener((observable, old, now) -> {
            if (phase.get() == Phase.TRAINING || phase.get() == Phase.REPORT) {
                cancel();
                problem.set("The workspace changed, so the retraining on the other workspace was dropped.");
                phase.set(Phase.FAILED);
            }
        });
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** The report of the latest training; null until one is ready. */
    public ReadOnlyObjectProperty<RetrainReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What training is doing now ("cross-validation fold 2 of 5: ..."). */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Why training or accepting failed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The version the latest accepted model was installed as. */
    public ReadOnlyStringProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    /** Whether more examples would help: measured for each report, after it. */
    public LearningCurveViewModel curve() {
        return curve;
    }

    /** The version the new model is compared with: the one in use. */
    public String versionInUse() {
        ScoringEngine engine = session.engine();
        return engine == null ? "" : engine.loaded().version();
    }

    /**
     * Trains a new model on the workspace corpus with the current model's trainer settings, off the
     * FX thread; nothing is written. Does nothing while a training or a report is pending.
     */
    public void start() {
        ScoringEngine engine = session.engine();
        if (phase.get() == Phase.TRAINING || phase.get() == Phase.REPORT || phase.get() == Phase.ACCEPTING) {
            return;
        }
        if (engine == null) {
            problem.set("The model is still loading; try again in a moment.");
            phase.set(Phase.FAILED);
            return;
        }
        trainedIn = session.workspace();
        // The analyzer in use has the corpus sentences cached once the examples were looked at.
        retrainer = new Retrainer(trainedIn, engine.classifier().analyzer(), Clock.systemUTC());
        Retrainer current = retrainer;
        BackgroundTask<RetrainReport> task = BackgroundTask.job((listener, cancellation) ->
                current.retrain(current.currentSettings(), FOLDS, new TimeLeft(listener), cancellation));
        training = task;
        report.set(null);
        problem.set(null);
        progress.bind(task.progressProperty());
        activity.bind(task.messageProperty());
        phase.set(Phase.TRAINING);
        tasks.execute(task.onSuccess(trained -> {
            stopTraining();
            report.set(trained);
            phase.set(Phase.REPORT);
            curve.measure(current);
        }).onFailure(failure -> {
            stopTraining();
            problem.set("Training failed: " + failure);
            phase.set(Phase.FAILED);
        }));
    }

    private void stopTraining() {
        training = null;
        progress.unbind();
        activity.unbind();
    }

    /** Stops training, or discards the report: nothing was written, so the model in use stays. */
    public void cancel() {
        if (training != null) {
            training.cancel();
            stopTraining();
        }
        curve.cancel();
        report.set(null);
        phase.set(Phase.IDLE);
    }

    /** Installs the new model as the next version, makes it current and loads it for scoring. */
    public void accept() {
        RetrainReport pending = report.get();
        if (phase.get() != Phase.REPORT || pending == null) {
            return;
        }
        Retrainer installer = retrainer;
        curve.cancel();
        phase.set(Phase.ACCEPTING);
        session.run(() -> installer.accept(pending), version -> {
            report.set(null);
            phase.set(Phase.IDLE);
            accepted.set(null);
            accepted.set(version);
            if (trainedIn.equals(session.workspace())) {
                session.reloadModel();
            }
        }, failure -> {
            problem.set("The new model could not be saved, so the model in use stays: " + failure);
            phase.set(Phase.FAILED);
        });
    }
}
