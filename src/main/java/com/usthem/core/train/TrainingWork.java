package com.usthem.core.train;

/**
 * How long the parts of a training take relative to each other, so that a progress bar moves
 * with the clock and the time left it shows can be believed. The unit is one GIS iteration over
 * one event for one outcome; analysing an example (sentences, tokens, features) costs about
 * {@value #ANALYSIS} of them, as measured on the benchmark's 100,000 drafts (README, Benchmarks:
 * analysis took about a third of the time of 300 iterations over two outcomes).
 */
final class TrainingWork {

    static final double ANALYSIS = 250;

    private TrainingWork() {
    }

    static double analysis(int examples) {
        return examples * ANALYSIS;
    }

    static double fit(int events, int iterations, int outcomes) {
        return (double) events * iterations * outcomes;
    }
}
