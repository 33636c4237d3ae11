package com.usthem.bench;

import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.Trainer;
import com.usthem.core.train.TrainerSettings;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Trains the default settings on {@code size} recombined examples and prints the time and the
 * peak heap in use (sampled every 10 ms, so it includes garbage not yet collected). Run in its own
 * JVM with the heap limit under test: finishing at all proves the limit is enough.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    /** Samples the used heap every 10 ms and keeps the highest value seen. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        var examples = new BenchCorpus(Path.of("training-data")).recombined(size, 7);
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        new Trainer(new TextAnalyzer()).train(examples, TrainerSettings.DEFAULT, CompanyVocabulary.EMPTY,
                ProgressListener.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = sampler.finish();
        System.out.printf(Locale.ROOT, "train-result size=%d seconds=%.2f peak-heap-mb=%d max-heap-mb=%d%n", size,
                seconds, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
