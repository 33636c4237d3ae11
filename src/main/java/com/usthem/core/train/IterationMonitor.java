package com.usthem.core.train;

import com.usthem.core.job.ProgressListener;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;

/** Turns OpenNLP's per-iteration callbacks into progress for a {@link ProgressListener}. */
final class IterationMonitor implements TrainingProgressMonitor {

    private final ProgressListener listener;
    private final int iterations;
    private volatile boolean finished;

    IterationMonitor(ProgressListener listener, int iterations) {
        this.listener = listener;
        this.iterations = iterations;
    }

    @Override
    public void finishedIteration(int iteration, int numberCorrectEvents, int totalEvents,
                                  TrainingMeasure measure, double measureValue) {
        listener.progress("iteration " + iteration + " of " + iterations, (double) iteration / iterations);
    }

    @Override
    public void finishedTraining(int iterations, StopCriteria<?> stopCriteria) {
        finished = true;
    }

    @Override
    public boolean isTrainingFinished() {
        return finished;
    }

    @Override
    public void display(boolean clear) {
        // Progress already went to the listener as it happened.
    }
}
