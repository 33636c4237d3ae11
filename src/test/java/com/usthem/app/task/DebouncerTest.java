package com.usthem.app.task;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the newest request's outcome is ever reported, however the older ones were caught. */
class DebouncerTest {

    /** The same-thread executor turned by hand: pauses end and queued tasks run when the test says. */
    private static final class ByHand extends CurrentThreadTaskExecutor {
        final Deque<Runnable> pauses = new ArrayDeque<>();
        final Deque<BackgroundTask<?>> queued = new ArrayDeque<>();

        @Override
        public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
            queued.add(task);
            return task;
        }

        @Override
        public Scheduled schedule(Duration pause, Runnable action) {
            boolean[] cancelled = new boolean[1];
            pauses.add(() -> {
                if (!cancelled[0]) {
                    action.run();
                }
            });
            return () -> cancelled[0] = true;
        }

        void endPauses() {
            while (!pauses.isEmpty()) {
                pauses.remove().run();
            }
        }

        void runNext() throws Exception {
            finish(queued.remove());
        }

        private static <V> void finish(BackgroundTask<V> task) throws Exception {
            runWithoutReporting(task).run();
        }

        /** Runs the task's work now; what it returns reaches the task when the runnable returned is run. */
        static <V> Runnable runWithoutReporting(BackgroundTask<V> task) throws Exception {
            V value = task.run((message, fraction) -> { });
            return () -> task.succeeded(value);
        }
    }

    private final ByHand executor = new ByHand();
    private final Debouncer debouncer = new Debouncer(executor, executor.queue("test"), Duration.millis(250));
    private final List<String> ran = new ArrayList<>();
    private final List<String> reported = new ArrayList<>();

    private BackgroundTask<String> task(String name) {
        return BackgroundTask.of(() -> {
            ran.add(name);
            return name;
        }).onSuccess(reported::add);
    }

    @Test
    void aRequestWaitsForThePauseAndANewerOneTakesItsPlace() throws Exception {
        debouncer.request(task("a"));
        debouncer.request(task("ab"));
        assertTrue(executor.queued.isEmpty(), "nothing runs before the pause");
        executor.endPauses();
        executor.runNext();
        assertEquals(List.of("ab"), ran);
        assertEquals(List.of("ab"), reported);
    }

    @Test
    void aQueuedRequestOvertakenIsSkippedAndARunningOnesOutcomeIsDropped() throws Exception {
        debouncer.requestNow(task("old"));
        Runnable oldOutcome = ByHand.runWithoutReporting(executor.queued.remove());
        debouncer.requestNow(task("queued"));
        debouncer.requestNow(task("new"));
        oldOutcome.run();
        executor.runNext();
        executor.runNext();
        assertEquals(List.of("old", "new"), ran, "the queued request was overtaken before it started");
        assertEquals(List.of("new"), reported);
    }

    @Test
    void cancellingDropsTheRequestWhereverItIs() throws Exception {
        debouncer.request(task("typed"));
        debouncer.cancel();
        executor.endPauses();
        assertTrue(executor.queued.isEmpty());
        debouncer.requestNow(task("scoring"));
        debouncer.cancel();
        executor.runNext();
        assertTrue(reported.isEmpty());
    }
}
