package com.usthem.core.train;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.corpus.Example;

import java.util.List;

/**
 * Something that learns a verdict from labeled examples: UsThem's own model, or one of the plain
 * baselines it is measured against. Cross-validation and leave-one-group-out treat them alike, so
 * every figure in a comparison comes from the same folds.
 */
public interface Learner {

    /** What was trained, in a few words ("maxent cutoff=3 ...", "TF-IDF logistic regression"). */
    String description();

    Predictor train(List<Example> examples, ProgressListener listener, Cancellation cancellation)
            throws CancelledException;

    /** Roughly how long training on {@code examples} takes, in units of the learner's own: progress moves with it. */
    default double trainingWork(int examples) {
        return examples;
    }

    /** Roughly how long {@link #over} takes to prepare {@code examples}, in the units of {@link #trainingWork}. */
    default double preparationWork(int examples) {
        return 0;
    }

    /**
     * This learner, ready to train on parts of {@code examples} (cross-validation's folds) and to
     * predict the others. By default itself; a learner that prepares each example at a cost does it
     * here, once for all the folds.
     */
    default Learner over(List<Example> examples, ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        return this;
    }
}
