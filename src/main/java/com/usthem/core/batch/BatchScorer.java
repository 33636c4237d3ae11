package com.usthem.core.batch;

import com.usthem.core.classify.TextScore;
import com.usthem.core.io.FileProblem;
import com.usthem.core.job.Cancellation;
import com.usthem.core.scoring.ScoringEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores every draft in the files and folders a user chose, on a fixed pool of threads (one per
 * processor; the engine is thread-safe), telling a {@link BatchListener} about each result and
 * problem as it comes. A file that cannot be read, or a draft with nothing to score, becomes a
 * problem and the rest are scored. Blocks until done or cancelled: run it off the UI thread.
 */
public final class BatchScorer {

    private final ScoringEngine engine;
    private final int threads;

    public BatchScorer(ScoringEngine engine) {
        this(engine, Runtime.getRuntime().availableProcessors());
    }

    public BatchScorer(ScoringEngine engine, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.engine = engine;
        this.threads = threads;
    }

    /**
     * Reads every file, then scores the drafts in parallel. Cancelling (or interrupting the calling
     * thread) stops it after the drafts being scored; the summary then says it was cancelled.
     */
    public BatchSummary score(List<Path> paths, BatchListener listener, Cancellation cancellation) {
        BatchInputs inputs = BatchInputs.of(paths);
        Collector collector = new Collector(listener);
        inputs.problems().forEach(collector::problem);
        List<Draft> drafts = new ArrayList<>();
        int filesRead = 0;
        for (Path file : inputs.files()) {
            if (cancellation.isCancelled()) {
                break;
            }
            DraftFile read = DraftReader.read(file);
            drafts.addAll(read.drafts());
            read.problems().forEach(collector::problem);
            filesRead++;
        }
        boolean finished = filesRead == inputs.files().size() && scoreInParallel(drafts, collector, cancellation);
        return collector.summary(filesRead, inputs.skipped(), !finished);
    }

    /** True when every draft was scored, false when the run was stopped first. */
    private boolean scoreInParallel(List<Draft> drafts, Collector collector, Cancellation cancellation) {
        collector.start(drafts.size());
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < drafts.size(); i = next.getAndIncrement()) {
                if (cancellation.isCancelled() || interrupted.get()) {
                    return;
                }
                scoreOne(i, drafts.get(i), collector);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "batch-scoring");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(worker));
            }
            for (Future<?> future : workers) {
                awaitWorker(future, interrupted);
            }
        } finally {
            pool.shutdown();
        }
        if (interrupted.get()) {
            Thread.currentThread().interrupt();
        }
        return collector.done() == drafts.size();
    }

    /** Waits for a worker even when interrupted (telling all workers to stop), so no result arrives late. */
    private static void awaitWorker(Future<?> future, AtomicBoolean interrupted) {
        while (true) {
            try {
                future.get();
                return;
            } catch (InterruptedException e) {
                interrupted.set(true);
            } catch (ExecutionException e) {
                interrupted.set(true);
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
    }

    private void scoreOne(int index, Draft draft, Collector collector) {
        TextScore score = engine.verdict(draft.text());
        if (score.isEmpty()) {
            collector.unscorable(new FileProblem(draft.file().toString(), draft.line(), "empty text: nothing to score"));
        } else {
            collector.scored(BatchResult.of(index, draft, score, engine.profile(score)));
        }
    }

    /** Keeps results and problems and passes them on, one call at a time. */
    private static final class Collector {
        private final BatchListener listener;
        private final List<BatchResult> results = new ArrayList<>();
        private final List<FileProblem> problems = new ArrayList<>();
        private int done;
        private int total;

        Collector(BatchListener listener) {
            this.listener = listener;
        }

        synchronized void problem(FileProblem problem) {
            problems.add(problem);
            listener.problem(problem);
        }

        synchronized void start(int drafts) {
            total = drafts;
            listener.progress(0, total);
        }

        synchronized void scored(BatchResult result) {
            results.add(result);
            listener.scored(result);
            listener.progress(++done, total);
        }

        synchronized void unscorable(FileProblem problem) {
            problem(problem);
            listener.progress(++done, total);
        }

        synchronized int done() {
            return done;
        }

        synchronized BatchSummary summary(int files, List<Path> skipped, boolean cancelled) {
            results.sort(Comparator.comparingInt(BatchResult::index));
            return new BatchSummary(files, results, problems, skipped, cancelled);
        }
    }
}
