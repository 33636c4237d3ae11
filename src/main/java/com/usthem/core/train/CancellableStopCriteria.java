package com.usthem.core.train;

import com.usthem.core.job.Cancellation;
import opennlp.tools.monitoring.StopCriteria;

/**
 * The learner's own convergence test, plus the user's cancel: OpenNLP checks this after every
 * iteration, which is the only point at which an iterating learner can be stopped cleanly.
 */
final class CancellableStopCriteria implements StopCriteria<Double> {

    private final StopCriteria<Double> convergence;
    private final Cancellation cancellation;

    CancellableStopCriteria(StopCriteria<Double> convergence, Cancellation cancellation) {
        this.convergence = convergence;
        this.cancellation = cancellation;
    }

    @Override
    public String getMessageIfSatisfied() {
        return cancellation.isCancelled() ? "cancelled by the user" : convergence.getMessageIfSatisfied();
    }

    @Override
    public boolean test(Double change) {
        return cancellation.isCancelled() || convergence.test(change);
    }
}
