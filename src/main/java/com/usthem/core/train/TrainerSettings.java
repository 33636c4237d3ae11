package com.usthem.core.train;

import com.usthem.core.features.FeatureSet;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.util.TrainingParameters;

import java.util.Locale;

/** Which learner, with which cutoff and iterations, over which features. */
public record TrainerSettings(String algorithm, int cutoff, int iterations, String featureSet) {

    public static final String MAXENT = GISTrainer.MAXENT_VALUE;
    public static final String PERCEPTRON = PerceptronTrainer.PERCEPTRON_VALUE;
    public static final String NAIVE_BAYES = NaiveBayesTrainer.NAIVE_BAYES_VALUE;

    /** The settings the shipped model was chosen with (see the README's model selection table). */
    public static final TrainerSettings DEFAULT = new TrainerSettings(MAXENT, 3, 300, FeatureSet.FULL.id());

    public TrainerSettings {
        String upper = algorithm.toUpperCase(Locale.ROOT);
        if (!upper.equals(MAXENT) && !upper.equals(PERCEPTRON) && !upper.equals(NAIVE_BAYES)) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm
                    + "' (expected maxent, perceptron or naivebayes)");
        }
        algorithm = upper;
        if (cutoff < 0 || iterations < 1) {
            throw new IllegalArgumentException("cutoff must be >= 0 and iterations >= 1");
        }
        FeatureSet.parse(featureSet);
    }

    public FeatureSet features() {
        return FeatureSet.parse(featureSet);
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
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm.toLowerCase(Locale.ROOT) + " cutoff=" + cutoff + " iterations=" + iterations
                + " features=" + featureSet;
    }
}
