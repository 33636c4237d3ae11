package com.usthem.app;

import com.usthem.core.scoring.Scorer;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/**
 * Holds back scorings on the app's scoring thread until released, so a test can act while a
 * scoring is known to be in progress.
 */
public final class ScoringGate {

    private final CountDownLatch release = new CountDownLatch(1);

    /** A scorer that waits at the gate for the texts {@code held} accepts, then scores with {@code scorer}. */
    public Scorer around(Scorer scorer, Predicate<String> held) {
        return text -> {
            if (held.test(text)) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return scorer.score(text);
        };
    }

    /** Whether the scoring thread is waiting here right now. */
    public boolean isHolding() {
        return release.getCount() == 1 && Thread.getAllStackTraces().entrySet().stream().anyMatch(entry -> {
            List<StackTraceElement> frames = List.of(entry.getValue());
            return entry.getKey().getName().equals("usthem-scoring")
                    && frames.stream().anyMatch(frame -> frame.getClassName().equals(CountDownLatch.class.getName())
                    && frame.getMethodName().equals("await"))
                    && frames.stream().anyMatch(frame -> frame.getClassName().equals(ScoringGate.class.getName()));
        });
    }

    public void release() {
        release.countDown();
    }
}
