package com.usthem.core.train;

/** Receives training progress: what is happening and how far along, 0..1. */
@FunctionalInterface
public interface TrainingListener {

    TrainingListener NONE = (message, fraction) -> { };

    void progress(String message, double fraction);

    /** Maps this listener's 0..1 onto the slice [from, to] of a longer job. */
    default TrainingListener slice(double from, double to, String prefix) {
        return (message, fraction) -> progress(prefix + message, from + (to - from) * fraction);
    }
}
