package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.core.train.LearningCurve;
import com.usthem.core.workspace.Retrainer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Would more examples help?" for the retrain report: the learning curve of the workspace's
 * training set, measured in the background once the new model is trained (four more models, so
 * it comes after the report rather than holding it up). Nothing is written.
 */
public final class LearningCurveViewModel {

    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<LearningCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private BackgroundTask<LearningCurve> task;

    public LearningCurveViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** The curve measured; null while measuring, or when it could not be. */
    public ReadOnlyObjectProperty<LearningCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    /** How far measuring is, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the curve could not be measured; null when it was, or is being. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Measures the curve with the trainer settings of the model in use, as the retraining trained. */
    void measure(Retrainer retrainer) {
        cancel();
        BackgroundTask<LearningCurve> measured = BackgroundTask.job((listener, cancellation) ->
                retrainer.learningCurve(retrainer.currentSettings(), listener, cancellation));
        task = measured;
        problem.set(null);
        measuring.set(true);
        progress.bind(measured.progressProperty());
        tasks.execute(measured.onSuccess(done -> {
            stop();
            curve.set(done);
        }).onFailure(failure -> {
            stop();
            problem.set("The learning curve could not be measured: " + failure);
        }));
    }

    /** Stops measuring and forgets the curve: the report it belongs to is gone. */
    void cancel() {
        if (task != null) {
            task.cancel();
            stop();
        }
        curve.set(null);
        problem.set(null);
    }

    private void stop() {
        task = null;
        measuring.set(false);
        progress.unbind();
    }
}
