package com.usthem.core.job;

/** Receives a long job's progress: what is happening and how far along, 0..1. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (message, fraction) -> { };

    void progress(String message, double fraction);

    /** Maps this listener's 0..1 onto the slice [from, to] of a longer job. */
    default ProgressListener slice(double from, double to, String prefix) {
        return (message, fraction) -> progress(prefix + message, from + (to - from) * fraction);
    }
}
