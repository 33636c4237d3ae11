package com.usthem.bench;

import com.usthem.cli.UsThemCommand;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Runs {@code usthem train ARGS...} as the command line does and prints the time and the peak heap
 * in use (sampled every 10 ms, so it includes garbage not yet collected). Run in its own JVM with
 * the heap limit under test: finishing at all proves the limit is enough.
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
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        int exit = UsThemCommand.run(args);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = sampler.finish();
        System.out.printf(Locale.ROOT, "train-result exit=%d seconds=%.1f peak-heap-mb=%d max-heap-mb=%d%n", exit,
                seconds, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.exit(exit);
    }
}
