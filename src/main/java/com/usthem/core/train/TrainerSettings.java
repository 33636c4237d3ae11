package com.usthem.core.train;

import com.usthem.core.features.FeatureSet;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.util.TrainingParameters;

import java.util.Locale;

/**
 * Which learner, with which cutoff, iterations and (for L-BFGS maxent) L2 penalty, over which
 * features.
 */
public record TrainerSettings(String algorithm, int cutoff, int iterations, String featureSet, double l2) {

    public static final String MAXENT = GISTrainer.MAXENT_VALUE;
    /** Maxent fitted by L-BFGS with an L2 penalty: the weights of a regularised logistic regression. */
    public static final String MAXENT_QN = QNTrainer.MAXENT_QN_VALUE;
    public static final String PERCEPTRON = PerceptronTrainer.PERCEPTRON_VALUE;
    public static final String NAIVE_BAYES = NaiveBayesTrainer.NAIVE_BAYES_VALUE;

    private static final int DISTINCTION_ITERATIONS = 100;

    /** The settings the shipped model was chosen with (see the README's model selection table). */
    public static final TrainerSettings DEFAULT = new TrainerSettings(MAXENT, 3, 300, FeatureSet.FULL.id());

    public TrainerSettings {
        String upper = algorithm.toUpperCase(Locale.ROOT).replace('-', '_');
        if (!upper.equals(MAXENT) && !upper.equals(MAXENT_QN) && !upper.equals(PERCEPTRON)
                && !upper.equals(NAIVE_BAYES)) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm
                    + "' (expected maxent, maxent-qn, perceptron or naivebayes)");
        }
        algorithm = upper;
        if (cutoff < 0 || iterations < 1 || l2 < 0) {
            throw new IllegalArgumentException("cutoff and l2 must be >= 0 and iterations >= 1");
        }
        if (l2 > 0 && !upper.equals(MAXENT_QN)) {
            throw new IllegalArgumentException("an L2 penalty applies to maxent-qn only");
        }
        FeatureSet.parse(featureSet);
    }

    /** Settings without an L2 penalty (every learner but maxent-qn). */
    public TrainerSettings(String algorithm, int cutoff, int iterations, String featureSet) {
        this(algorithm, cutoff, iterations, featureSet, 0);
    }

    /**
     * The settings for the model of the six distinctions: the same learner and features, with at
     * most 100 iterations, since it only ranks distinctions and six classes cost three times the
     * work per iteration of two.
     */
    public TrainerSettings forDistinctions() {
        return new TrainerSettings(algorithm, cutoff, Math.min(iterations, DISTINCTION_ITERATIONS), featureSet, l2);
    }

    public FeatureSet features() {
        return FeatureSet.parse(featureSet);
    }

    public boolean quasiNewton() {
        return algorithm.equals(MAXENT_QN);
    }

    public TrainingParameters toParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        // Index events in memory: OpenNLP's default writes every event to a temporary file and reads it back.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        // Two threads halve maxent training time on a laptop; a fixed count (not the machine's cores)
        // keeps the trained weights the same wherever the model is retrained.
        parameters.put(TrainingParameters.THREADS_PARAM, 2);
        if (quasiNewton()) {
            parameters.put(QNTrainer.L1COST_PARAM, 0.0);
            parameters.put(QNTrainer.L2COST_PARAM, l2);
        }
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm.toLowerCase(Locale.ROOT).replace('_', '-') + (quasiNewton() ? " l2=" + l2 : "")
                + " cutoff=" + cutoff + " iterations=" + iterations + " features=" + featureSet;
    }
}
