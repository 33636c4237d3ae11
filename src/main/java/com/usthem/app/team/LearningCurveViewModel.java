package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.core.train.LearningCurve;
import com.usthem.core.workspace.Retrainer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Would more examples help?" for the retrain report: the learning curve of the workspace's
 * training set, measured in the background once the new model is trained (four more models, so
 * it comes after the report rather than holding it up). Nothing is written.
 */
public final class LearningCurveViewModel {

    /**
     * What the report shows of it.
     *
     * @param measuring whether the models are being trained
     * @param progress  how far, 0..1
     * @param curve     the curve measured; null until it is, or when it could not be
     * @param problem   why it could not be measured; null unless it failed
     */
    public record Measure(boolean measuring, double progress, LearningCurve curve, String problem) {

        static final Measure NONE = new Measure(false, 0, null, null);

        static Measure under(double progress) {
            return new Measure(true, progress, null, null);
        }
    }

    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Measure> measure = new ReadOnlyObjectWrapper<>(this, "measure", Measure.NONE);
    private BackgroundTask<LearningCurve> task;

    public LearningCurveViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Where measuring the curve of the report shown is. */
    public ReadOnlyObjectProperty<Measure> measureProperty() {
        return measure.getReadOnlyProperty();
    }

    /** Measures the curve with the trainer settings of the model in use, as the retraining trained. */
    void measure(Retrainer retrainer) {
        cancel();
        BackgroundTask<LearningCurve> measured = BackgroundTask.job((listener, cancellation) ->
                retrainer.learningCurve(retrainer.currentSettings(), listener, cancellation));
        task = measured;
        measure.set(Measure.under(0));
        measured.progressProperty().addListener((observable, old, now) -> {
            if (task == measured) {
                measure.set(Measure.under(Math.max(0, now.doubleValue())));
            }
        });
        tasks.execute(measured.onSuccess(done -> {
            task = null;
            measure.set(new Measure(false, 1, done, null));
        }).onFailure(failure -> {
            task = null;
            measure.set(new Measure(false, 0, null, "The learning curve could not be measured: " + failure));
        }));
    }

    /** Stops measuring and forgets the curve: the report it belongs to is gone. */
    void cancel() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        measure.set(Measure.NONE);
    }
}
