package com.usthem.bench;

import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.Cancellation;
import com.usthem.core.train.Trainer;
import com.usthem.core.train.TrainerSettings;
import com.usthem.core.train.TrainingListener;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Trains the default settings on {@code size} recombined examples and prints the time and the
 * peak heap. Run in its own JVM (with the heap limit under test) so the peak is this run's alone.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        var examples = new BenchCorpus(Path.of("training-data")).recombined(size, 7);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        new Trainer(new TextAnalyzer()).train(examples, TrainerSettings.DEFAULT, CompanyVocabulary.EMPTY,
                TrainingListener.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "train-result size=%d seconds=%.2f peak-heap-mb=%d max-heap-mb=%d%n", size,
                seconds, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
