package com.usthem.core.train;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.ParallelNegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractDataIndexer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;

/**
 * Maxent weights fitted by L-BFGS with an L2 penalty: a regularised logistic regression, which
 * keeps any one word from carrying a verdict and so holds up better on copy unlike the training
 * files than plain GIS does. It is OpenNLP's own quasi-Newton minimiser and objective; only the
 * loop around them is ours, for two reasons: OpenNLP's QN trainer reports no progress and cannot be
 * cancelled, and its weights are returned as a standard GIS-format model, which evaluates exactly
 * the same sum of weights and softmax, so stock OpenNLP loads the model and UsThem's cached scoring
 * path and explanations work unchanged.
 */
final class RegularisedMaxent {

    /** Thrown out of the objective to stop the minimiser when the user cancels. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private RegularisedMaxent() {
    }

    static GISModel train(ObjectStream<Event> events, TrainerSettings settings, ProgressListener listener,
                          Cancellation cancellation) throws CancelledException {
        TrainingParameters parameters = settings.toParameters();
        parameters.put(AbstractDataIndexer.SORT_PARAM, true);
        DataIndexer indexer = DataIndexerFactory.getDataIndexer(parameters, new HashMap<>());
        try {
            indexer.index(events);
        } catch (IOException e) {
            throw new UncheckedIOException("training reads from memory and cannot fail on I/O", e);
        }
        Function objective = new Watched(new ParallelNegLogLikelihood(indexer, 2), settings.iterations(), listener,
                cancellation);
        QNMinimizer minimizer = new QNMinimizer(0, settings.l2(), settings.iterations(), QNTrainer.M_DEFAULT,
                QNTrainer.MAX_FCT_EVAL_DEFAULT);
        double[] weights;
        try {
            weights = minimizer.minimize(objective);
        } catch (Stopped e) {
            throw new CancelledException();
        }
        return model(indexer, weights);
    }

    /** OpenNLP's QN trainer lays weights out outcome by outcome; a model wants them feature by feature. */
    private static GISModel model(DataIndexer indexer, double[] weights) {
        String[] features = indexer.getPredLabels();
        String[] outcomes = indexer.getOutcomeLabels();
        int[] allOutcomes = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            allOutcomes[o] = o;
        }
        Context[] contexts = new Context[features.length];
        for (int f = 0; f < features.length; f++) {
            double[] perOutcome = new double[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                perOutcome[o] = weights[o * features.length + f];
            }
            contexts[f] = new Context(allOutcomes, perOutcome);
        }
        return new GISModel(contexts, features, outcomes);
    }

    /** The objective, watched: each evaluation checks for cancellation and reports progress. */
    private static final class Watched implements Function {
        private final Function objective;
        private final int iterations;
        private final ProgressListener listener;
        private final Cancellation cancellation;
        private int evaluations;

        Watched(Function objective, int iterations, ProgressListener listener, Cancellation cancellation) {
            this.objective = objective;
            this.iterations = iterations;
            this.listener = listener;
            this.cancellation = cancellation;
        }

        @Override
        public int getDimension() {
            return objective.getDimension();
        }

        @Override
        public double valueAt(double[] x) {
            if (cancellation.isCancelled()) {
                throw new Stopped();
            }
            evaluations++;
            // L-BFGS usually needs about one evaluation per iteration and stops early once it converges.
            listener.progress("step " + evaluations, Math.min(0.99, (double) evaluations / iterations));
            return objective.valueAt(x);
        }

        @Override
        public double[] gradientAt(double[] x) {
            return objective.gradientAt(x);
        }
    }
}
