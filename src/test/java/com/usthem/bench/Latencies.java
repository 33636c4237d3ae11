package com.usthem.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collected durations with nearest-rank percentiles. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long duration) {
        nanos[count++] = duration;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    int count() {
        return count;
    }

    String summary() {
        return String.format(Locale.ROOT, "p50 %9.3f ms  p99 %9.3f ms  (n=%d)", percentileMillis(50),
                percentileMillis(99), count);
    }
}
