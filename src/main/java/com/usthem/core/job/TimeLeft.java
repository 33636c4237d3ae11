package com.usthem.core.job;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Adds to a long job's progress messages how long it still needs, judged from how far it got in
 * the time it took. That is honest when the job's progress moves with the clock, as training's
 * does (its parts are sized by their work); the first seconds and percent are too little to judge
 * from, so nothing is said until then.
 */
public final class TimeLeft implements ProgressListener {

    private static final long JUDGE_AFTER_NANOS = 3_000_000_000L;
    private static final double JUDGE_AFTER_FRACTION = 0.02;

    private final ProgressListener listener;
    private final LongSupplier nanoTime;
    private final long start;

    public TimeLeft(ProgressListener listener) {
        this(listener, System::nanoTime);
    }

    /** @param nanoTime the clock, as {@link System#nanoTime()} reads it */
    public TimeLeft(ProgressListener listener, LongSupplier nanoTime) {
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void progress(String message, double fraction) {
        long elapsed = nanoTime.getAsLong() - start;
        if (elapsed < JUDGE_AFTER_NANOS || fraction < JUDGE_AFTER_FRACTION || fraction >= 1) {
            listener.progress(message, fraction);
            return;
        }
        double seconds = elapsed / 1e9 * (1 - fraction) / fraction;
        listener.progress(message + " (about " + words(seconds) + " left)", fraction);
    }

    /** "40 s", "1 min 30 s", "12 min": to the nearest 5 s below two minutes, 30 s below ten, then minutes. */
    static String words(double seconds) {
        if (seconds < 117.5) {
            long rounded = Math.max(5, Math.round(seconds / 5) * 5);
            return rounded < 60 ? rounded + " s" : String.format(Locale.ROOT, "1 min%s",
                    rounded == 60 ? "" : " " + (rounded - 60) + " s");
        }
        if (seconds < 600) {
            long halves = Math.round(seconds / 30);
            return halves / 2 + " min" + (halves % 2 == 1 ? " 30 s" : "");
        }
        return Math.round(seconds / 60) + " min";
    }
}
