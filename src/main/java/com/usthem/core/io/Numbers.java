package com.usthem.core.io;

/** How numbers are written in output files. */
public final class Numbers {

    private Numbers() {
    }

    /** Probabilities with four decimals: enough to compare two drafts, short enough to read. */
    public static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Log-odds with two decimals: a lean of 0.01 means nothing to a reader. */
    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
