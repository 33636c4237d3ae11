package com.usthem.core.train;

/** Training was stopped by the user before it finished; nothing was written. */
public class TrainingCancelledException extends Exception {
    public TrainingCancelledException() {
        super("training cancelled");
    }
}
