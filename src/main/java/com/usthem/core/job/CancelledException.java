package com.usthem.core.job;

/** A long job was stopped by the user before it finished; it wrote nothing. */
public class CancelledException extends Exception {
    public CancelledException() {
        super("cancelled");
    }
}
