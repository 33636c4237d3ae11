package com.usthem.core.train;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generalized iterative scaling as OpenNLP's {@code GISTrainer} does it (no smoothing, uniform
 * prior), with the same arithmetic in the same order, so the weights are bit for bit OpenNLP's:
 * the same events split the same way among the threads, the same sums, {@code StrictMath} where it
 * uses it, the same stop rules. What differs is the layout: a feature's weights and expectations
 * for all outcomes sit side by side in one array instead of behind two objects per feature and
 * thread, which makes each pass over 100,000 drafts several times faster. An outcome a feature was
 * never seen with keeps a weight of exactly zero, so adding it changes no sum.
 */
final class GisFitter {

    private final int[][] contexts;
    private final int[] outcomeList;
    private final int[] seen;
    private final int outcomes;
    private final int predicates;
    private final double correctionConstant;
    private final double uniformLogPrior;
    /** Weight of predicate p for outcome o at p * outcomes + o. */
    private final double[] parameters;
    private final double[] observed;
    private final boolean[] active;
    /** Each thread's model expectations, laid out as the weights. */
    private final double[][] expected;
    private final String[] predicateLabels;
    private final String[] outcomeLabels;

    private GisFitter(DataIndexer data, int threads) {
        contexts = data.getContexts();
        outcomeList = data.getOutcomeList();
        seen = data.getNumTimesEventsSeen();
        outcomeLabels = data.getOutcomeLabels();
        predicateLabels = data.getPredLabels();
        outcomes = outcomeLabels.length;
        predicates = predicateLabels.length;
        double longest = 0;
        for (int[] context : contexts) {
            longest = Math.max(longest, context.length);
        }
        correctionConstant = longest;
        uniformLogPrior = StrictMath.log(1.0 / outcomes);
        // OpenNLP counts a feature's occurrences per outcome in floats, then reads them as doubles.
        float[] counts = new float[predicates * outcomes];
        for (int e = 0; e < contexts.length; e++) {
            for (int predicate : contexts[e]) {
                counts[predicate * outcomes + outcomeList[e]] += seen[e];
            }
        }
        observed = new double[counts.length];
        active = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            active[i] = counts[i] > 0;
            observed[i] = active[i] ? counts[i] : 0;
        }
        parameters = new double[counts.length];
        expected = new double[threads][counts.length];
    }

    /**
     * Fits a maxent model to indexed events with {@code threads} threads, as
     * {@code GISTrainer.trainModel(iterations, data, threads)} would with these monitors.
     */
    static GISModel fit(DataIndexer data, int iterations, int threads, TrainingProgressMonitor monitor,
                        StopCriteria<Double> stop) {
        return new GisFitter(data, threads).fit(iterations, monitor, stop);
    }

    private GISModel fit(int iterations, TrainingProgressMonitor monitor, StopCriteria<Double> stop) {
        ExecutorService pool = Executors.newFixedThreadPool(expected.length, runnable -> {
            Thread thread = new Thread(runnable, "usthem-gis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            double previous = 0;
            for (int i = 1; i <= iterations; i++) {
                double current = iterate(i, pool, monitor);
                if (i > 1) {
                    if (previous > current) {
                        // OpenNLP stops when the model diverges, keeping the weights of this iteration.
                        break;
                    }
                    if (stop.test(current - previous)) {
                        monitor.finishedTraining(iterations, stop);
                        break;
                    }
                }
                previous = current;
            }
        } finally {
            pool.shutdown();
        }
        if (!monitor.isTrainingFinished()) {
            monitor.finishedTraining(iterations, null);
        }
        return model();
    }

    /** One iteration: the model's expectations on every event, then new weights; returns the log-likelihood. */
    private double iterate(int iteration, ExecutorService pool, TrainingProgressMonitor monitor) {
        int threads = expected.length;
        int size = contexts.length / threads;
        int leftOver = contexts.length % threads;
        List<Future<Pass>> passes = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int start = t < leftOver ? t * size + t : t * size + leftOver;
            int length = t < leftOver ? size + 1 : size;
            passes.add(pool.submit(() -> expectations(thread, start, length)));
        }
        double logLikelihood = 0;
        int events = 0;
        int correct = 0;
        for (Future<Pass> future : passes) {
            Pass pass = result(future);
            events += pass.events;
            correct += pass.correct;
            logLikelihood += pass.logLikelihood;
        }
        double[] model = expected[0];
        for (int i = 0; i < model.length; i++) {
            if (active[i]) {
                for (int t = 1; t < threads; t++) {
                    model[i] += expected[t][i];
                }
                parameters[i] += (StrictMath.log(observed[i]) - StrictMath.log(model[i])) / correctionConstant;
            }
        }
        for (double[] thread : expected) {
            Arrays.fill(thread, 0);
        }
        monitor.finishedIteration(iteration, correct, events, TrainingMeasure.LOG_LIKELIHOOD, logLikelihood);
        return logLikelihood;
    }

    private static Pass result(Future<Pass> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** One thread's share of an iteration's events. */
    private static final class Pass {
        double logLikelihood;
        int events;
        int correct;
    }

    private Pass expectations(int thread, int start, int length) {
        return outcomes == 2 ? twoOutcomes(thread, start, length) : anyOutcomes(thread, start, length);
    }

    /** {@link #anyOutcomes} for the verdict's two outcomes, with the sums in registers: the same arithmetic. */
    private Pass twoOutcomes(int thread, int start, int length) {
        double[] expectation = expected[thread];
        double[] weights = parameters;
        Pass pass = new Pass();
        for (int e = start; e < start + length; e++) {
            int[] context = contexts[e];
            double first = uniformLogPrior;
            double second = uniformLogPrior;
            for (int predicate : context) {
                first += weights[2 * predicate];
                second += weights[2 * predicate + 1];
            }
            first = StrictMath.exp(first);
            second = StrictMath.exp(second);
            double normal = 0;
            normal += first;
            normal += second;
            first /= normal;
            second /= normal;
            int times = seen[e];
            for (int predicate : context) {
                expectation[2 * predicate] += first * times;
                expectation[2 * predicate + 1] += second * times;
            }
            int outcome = outcomeList[e];
            pass.logLikelihood += StrictMath.log(outcome == 0 ? first : second) * times;
            pass.events += times;
            // ArrayMath.argmax: the first of equal probabilities wins.
            if ((second > first ? 1 : 0) == outcome) {
                pass.correct += times;
            }
        }
        return pass;
    }

    private Pass anyOutcomes(int thread, int start, int length) {
        double[] expectation = expected[thread];
        double[] distribution = new double[outcomes];
        Pass pass = new Pass();
        for (int e = start; e < start + length; e++) {
            int[] context = contexts[e];
            Arrays.fill(distribution, uniformLogPrior);
            for (int predicate : context) {
                int at = predicate * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    distribution[o] += parameters[at + o];
                }
            }
            double normal = 0;
            for (int o = 0; o < outcomes; o++) {
                distribution[o] = StrictMath.exp(distribution[o]);
                normal += distribution[o];
            }
            for (int o = 0; o < outcomes; o++) {
                distribution[o] /= normal;
            }
            for (int predicate : context) {
                int at = predicate * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    expectation[at + o] += distribution[o] * seen[e];
                }
            }
            pass.logLikelihood += StrictMath.log(distribution[outcomeList[e]]) * seen[e];
            pass.events += seen[e];
            if (ArrayMath.argmax(distribution) == outcomeList[e]) {
                pass.correct += seen[e];
            }
        }
        return pass;
    }

    /** The weights as OpenNLP keeps them: per feature, the outcomes it was seen with and their weights. */
    private GISModel model() {
        Context[] contextParameters = new Context[predicates];
        for (int p = 0; p < predicates; p++) {
            int count = 0;
            for (int o = 0; o < outcomes; o++) {
                if (active[p * outcomes + o]) {
                    count++;
                }
            }
            int[] pattern = new int[count];
            double[] weights = new double[count];
            for (int o = 0, k = 0; o < outcomes; o++) {
                if (active[p * outcomes + o]) {
                    pattern[k] = o;
                    weights[k++] = parameters[p * outcomes + o];
                }
            }
            contextParameters[p] = new Context(pattern, weights);
        }
        return new GISModel(contextParameters, predicateLabels, outcomeLabels);
    }
}
