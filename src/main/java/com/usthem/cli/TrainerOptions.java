package com.usthem.cli;

import com.usthem.core.train.TrainerSettings;
import picocli.CommandLine.Option;

/** Learner options shared by train and eval. */
public class TrainerOptions {

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "maxent, maxent-qn (L-BFGS with an L2 penalty), perceptron or naivebayes "
                    + "(default: ${DEFAULT-VALUE}).")
    String algorithm = TrainerSettings.DEFAULT.algorithm().toLowerCase(java.util.Locale.ROOT);

    @Option(names = "--cutoff", paramLabel = "N", description = "Ignore features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff = TrainerSettings.DEFAULT.cutoff();

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = TrainerSettings.DEFAULT.iterations();

    @Option(names = "--features", paramLabel = "SET",
            description = "full, words-and-cues, words-and-bigrams or bag-of-words (default: ${DEFAULT-VALUE}).")
    String features = TrainerSettings.DEFAULT.featureSet();

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty of maxent-qn (default: ${DEFAULT-VALUE}).")
    double l2 = TrainerSettings.DEFAULT.l2();

    TrainerSettings settings() {
        return new TrainerSettings(algorithm, cutoff, iterations, features, l2);
    }
}
