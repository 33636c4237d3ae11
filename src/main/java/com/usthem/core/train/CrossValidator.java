package com.usthem.core.train;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.corpus.Example;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-validation of any {@link Learner}: each example is predicted by a model that never saw it,
 * and the predictions of all folds are pooled into one set of metrics. The folds are the same for
 * every learner given the same {@link Folds}, so their figures compare like for like.
 */
public final class CrossValidator {

    /** The pooled evaluation and each fold's own, in fold order. */
    public record Result(Evaluation pooled, List<FoldResult> folds) {

        /** The mean of the folds' accuracies: every group counts the same, however large. */
        public double meanFoldAccuracy() {
            return folds.stream().mapToDouble(f -> f.evaluation().metrics().accuracy()).average().orElse(0);
        }
    }

    /** One held-out fold: its name (a group's value, or "fold 3") and how the model trained without it did. */
    public record FoldResult(String name, Evaluation evaluation) {
    }

    private CrossValidator() {
    }

    public static Result run(Learner learner, List<Example> examples, Folds folds, ProgressListener listener,
                             Cancellation cancellation) throws CancelledException {
        List<String> names = folds.names(examples);
        int[] foldOf = folds.assign(examples);
        int[] heldOut = new int[names.size()];
        for (int fold : foldOf) {
            heldOut[fold]++;
        }
        // Each part's share of the progress bar is its share of the work, so the bar moves with the clock.
        double[] ends = new double[names.size() + 1];
        ends[0] = learner.preparationWork(examples.size());
        for (int fold = 0; fold < names.size(); fold++) {
            ends[fold + 1] = ends[fold] + learner.trainingWork(examples.size() - heldOut[fold]);
        }
        double total = ends[names.size()];
        Learner ready = learner.over(examples, listener.slice(0, ends[0] / total, ""), cancellation);
        List<Prediction> pooled = new ArrayList<>(examples.size());
        List<FoldResult> results = new ArrayList<>(names.size());
        for (int fold = 0; fold < names.size(); fold++) {
            List<Example> training = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (foldOf[i] == fold ? held : training).add(examples.get(i));
            }
            ProgressListener foldListener = listener.slice(ends[fold] / total, ends[fold + 1] / total,
                    names.get(fold) + " (" + (fold + 1) + " of " + names.size() + "): ");
            Predictor predictor = ready.train(training, foldListener, cancellation);
            List<Prediction> predictions = held.stream().map(predictor::predict).toList();
            pooled.addAll(predictions);
            results.add(new FoldResult(names.get(fold), Evaluation.of(predictions)));
        }
        return new Result(Evaluation.of(pooled), results);
    }
}
