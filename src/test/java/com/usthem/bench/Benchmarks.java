package com.usthem.bench;

import com.usthem.core.batch.BatchListener;
import com.usthem.core.batch.BatchScorer;
import com.usthem.core.batch.BatchSummary;
import com.usthem.core.classify.Classifier;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelStore;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatModel;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * UsThem's benchmark: run with {@code mvn -Pbench verify}. Prints one table of scoring latency by
 * text length (with the pronoun-count floor), as-you-type rescoring, batch throughput and training
 * time and heap by corpus size. Inputs are built from the shipped corpus with fixed seeds.
 */
public final class Benchmarks {

    private static final int[] LENGTHS = {50, 500, 5_000, 50_000};
    private static final int[] RUNS = {300, 100, 20, 5};
    private static final int[] TRAINING_SIZES = {1_000, 10_000, 100_000};

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        BenchCorpus corpus = new BenchCorpus(Path.of("training-data"));
        DoccatModel model = ModelFiles.loadBundled().model();
        System.out.printf(Locale.ROOT, "UsThem benchmark — %d cores, Java %s, %s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        warmUp(model, corpus);

        System.out.println("Scoring a new text (cold caches), by length:");
        for (int i = 0; i < LENGTHS.length; i++) {
            String text = corpus.draft(LENGTHS[i], i);
            Latencies model_ = new Latencies(RUNS[i]);
            Latencies floor = new Latencies(RUNS[i]);
            for (int run = 0; run < RUNS[i]; run++) {
                Classifier fresh = new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer());
                long start = System.nanoTime();
                fresh.score(text);
                model_.add(System.nanoTime() - start);
                start = System.nanoTime();
                PronounRegexBaseline.verdict(text);
                floor.add(System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "  %,6d words  model    %s%n", LENGTHS[i], model_.summary());
            System.out.printf(Locale.ROOT, "  %,6d words  pronouns %s%n", LENGTHS[i], floor.summary());
        }

        System.out.println();
        System.out.println("Rescoring a 5,000-word draft after a one-character edit (warm):");
        Latencies typing = asYouType(model, corpus.draft(5_000, 99), 2_000);
        System.out.printf(Locale.ROOT, "  %s%n", typing.summary());

        System.out.println();
        System.out.println("Batch scoring 2,000 draft files of 30-200 words (cold caches, includes reading):");
        List<String> drafts = new ArrayList<>();
        Random random = new Random(5);
        Path folder = Files.createTempDirectory("usthem-bench");
        for (int i = 0; i < 2_000; i++) {
            drafts.add(corpus.draft(30 + random.nextInt(170), 1_000 + i));
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "draft-%04d.txt", i)), drafts.get(i));
        }
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            System.out.printf(Locale.ROOT, "  %d thread(s): %8.1f drafts/s%n", threads,
                    batch(model, folder, drafts.size(), threads));
        }
        long start = System.nanoTime();
        drafts.forEach(PronounRegexBaseline::verdict);
        System.out.printf(Locale.ROOT, "  pronoun-count floor, 1 thread: %8.1f drafts/s%n",
                drafts.size() / ((System.nanoTime() - start) / 1e9));

        System.out.println();
        System.out.println("App cold start to an interactive window with the default model loaded (own JVM, headless):");
        System.out.println("  " + appStart(5));

        System.out.println();
        System.out.println("Training the default settings on recombined corpus sentences (own JVM, -Xmx1g):");
        for (int size : TRAINING_SIZES) {
            System.out.println("  " + trainInChildJvm(size));
        }
    }

    private static void warmUp(DoccatModel model, BenchCorpus corpus) {
        Classifier classifier = new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer());
        for (int i = 0; i < 200; i++) {
            classifier.score(corpus.draft(200, 10_000 + i));
        }
        asYouType(model, corpus.draft(5_000, 98), 300);
    }

    /** Edits one character of a random sentence, rescoring after each edit, as a writer typing would. */
    private static Latencies asYouType(DoccatModel model, String draft, int edits) {
        Classifier classifier = new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer());
        classifier.score(draft);
        Random random = new Random(3);
        Latencies latencies = new Latencies(edits);
        StringBuilder text = new StringBuilder(draft);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() - 1);
            if (i % 2 == 0) {
                text.insert(at, (char) ('a' + random.nextInt(26)));
            } else if (Character.isLetter(text.charAt(at))) {
                text.deleteCharAt(at);
            } else {
                text.insert(at, 'e');
            }
            String current = text.toString();
            long start = System.nanoTime();
            classifier.score(current);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /** Drafts per second of the app's and CLI's batch scorer over one .txt file per draft. */
    private static double batch(DoccatModel model, Path folder, int drafts, int threads) {
        ScoringEngine engine = new ScoringEngine(new ModelStore.Loaded(new LoadedModel("benchmark", model, null),
                ModelStore.BUNDLED, List.of()), new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer()));
        long start = System.nanoTime();
        BatchSummary summary = new BatchScorer(engine, threads).score(List.of(folder), new BatchListener() { },
                Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (summary.results().size() != drafts) {
            throw new IllegalStateException("scored " + summary.results().size() + " of " + drafts + " drafts");
        }
        return drafts / seconds;
    }

    /**
     * Starts the desktop app in a fresh JVM on the headless Monocle platform, with an empty
     * workspace and settings, and reads the time the app logs once its window is shown and the
     * model has scored: the median of {@code runs} starts.
     */
    private static String appStart(int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path scratch = Files.createTempDirectory("usthem-start");
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dusthem.config=" + scratch.resolve("settings.json"),
                    "-Dorg.slf4j.simpleLogger.log.com.usthem.app=info",
                    "-cp", System.getProperty("java.class.path"), "com.usthem.Main")
                    .redirectErrorStream(true);
            builder.environment().put("USTHEM_WORKSPACE", scratch.resolve("workspace").toString());
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    int at = line.indexOf("startup: ready ");
                    if (at >= 0) {
                        millis.add(Long.parseLong(line.substring(at + 15).split(" ")[0]));
                        break;
                    }
                }
            } finally {
                process.destroyForcibly().waitFor();
            }
        }
        if (millis.size() < runs) {
            return "FAILED: the app logged its start-up time in only " + millis.size() + " of " + runs + " runs";
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %d ms, range %d-%d ms (n=%d)", sorted.get(runs / 2), sorted.get(0),
                sorted.get(runs - 1), runs);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String trainInChildJvm(int size) throws Exception {
        Process process = new ProcessBuilder(javaBinary(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TrainingRun.class.getName(), Integer.toString(size)).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("train-result")) {
                    result = line.substring("train-result ".length());
                } else if (line.contains("Exception") || line.contains("Error")) {
                    result = "FAILED: " + line;
                }
            }
        }
        int exit = process.waitFor();
        return exit == 0 && result != null ? result : "FAILED (exit " + exit + "): " + result;
    }
}
