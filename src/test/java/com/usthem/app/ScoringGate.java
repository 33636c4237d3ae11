package com.usthem.app;

import com.usthem.core.scoring.Scorer;

import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/**
 * Holds back scorings until released, so a test can act while a scoring is known to be in
 * progress: the scoring itself says when it has reached the gate.
 */
public final class ScoringGate {

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** A scorer that waits at the gate for the texts {@code held} accepts, then scores with {@code scorer}. */
    public Scorer around(Scorer scorer, Predicate<String> held) {
        return text -> {
            if (held.test(text)) {
                reached.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return scorer.score(text);
        };
    }

    /** Whether a scoring is waiting here right now. */
    public boolean isHolding() {
        return reached.getCount() == 0 && release.getCount() == 1;
    }

    public void release() {
        release.countDown();
    }
}
