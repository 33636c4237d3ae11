package com.usthem.cli;

import com.usthem.core.job.ProgressListener;

import java.io.PrintWriter;

/**
 * Prints a long job's progress to stderr, one line per tenth, so logs stay short; wrapped in a
 * {@link com.usthem.core.job.TimeLeft} (as training is), each line also says how long is left.
 */
final class StderrProgress implements ProgressListener {

    private final PrintWriter err;
    private int lastTenth = -1;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(String message, double fraction) {
        int tenth = (int) Math.floor(fraction * 10);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.printf("[%3d%%] %s%n", (int) Math.round(fraction * 100), message);
            err.flush();
        }
    }
}
