package com.usthem.bench;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelStore;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatModel;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * UsThem's benchmark: run with {@code mvn -Pbench verify}. Prints one table of scoring latency by
 * text length, as-you-type rescoring with the app's reasons and profile, the command line's
 * {@code score --jsonl} and {@code batch} end to end, the app's cold start, and training time and
 * heap on distinct drafts; every figure beside a reference taken in the same run (the pronoun
 * count, or a bare JVM), since machines differ. Inputs are built from the shipped corpus with fixed
 * seeds: drafts of two to five corpus sentences, no two the same.
 */
public final class Benchmarks {

    private static final int[] LENGTHS = {50, 500, 5_000, 50_000};
    private static final int[] RUNS = {300, 100, 20, 5};
    private static final int BATCH_DRAFTS = 5_000;
    private static final int[] TRAINING_SIZES = {1_000, 10_000, 100_000};
    private static final Path JAR = Path.of("target", "usthem.jar");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        BenchCorpus corpus = new BenchCorpus(Path.of("training-data"));
        DoccatModel model = ModelFiles.loadBundled().model();
        System.out.printf(Locale.ROOT, "UsThem benchmark \u2014 %d cores, Java %s, %s, load average %.2f at start%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        warmUp(model, corpus);

        System.out.println("Scoring a new text (cold caches), by length:");
        for (int i = 0; i < LENGTHS.length; i++) {
            String text = corpus.draft(LENGTHS[i], i);
            Latencies scored = new Latencies(RUNS[i]);
            Latencies floor = new Latencies(RUNS[i]);
            for (int run = 0; run < RUNS[i]; run++) {
                Classifier fresh = new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer());
                long start = System.nanoTime();
                fresh.score(text);
                scored.add(System.nanoTime() - start);
                start = System.nanoTime();
                PronounRegexBaseline.verdict(text);
                floor.add(System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "  %,6d words  model    %s%n", LENGTHS[i], scored.summary());
            System.out.printf(Locale.ROOT, "  %,6d words  pronouns %s%n", LENGTHS[i], floor.summary());
        }

        System.out.println();
        System.out.println("Rescoring a 5,000-word draft after a one-character edit, with the reasons and the profile"
                + " the app shows (warm):");
        String draft = corpus.draft(5_000, 99);
        System.out.printf(Locale.ROOT, "  model    %s%n", asYouType(model, draft, 2_000).summary());
        System.out.printf(Locale.ROOT, "  pronouns %s%n", pronounsAfterEdits(draft, 2_000).summary());

        Path scratch = Files.createTempDirectory("usthem-bench");
        System.out.println();
        System.out.printf(Locale.ROOT, "The command line on %,d distinct drafts of 2-5 sentences (own JVM: start, model"
                + " load, reading, scoring, writing; median of 3):%n", BATCH_DRAFTS);
        List<Example> drafts = corpus.distinctDrafts(BATCH_DRAFTS, 5, false);
        Path draftsFile = scratch.resolve("drafts.jsonl");
        CorpusFiles.writeJsonl(draftsFile, drafts);
        System.out.printf(Locale.ROOT, "  %s%n", throughput(drafts.size(), "score", "--jsonl", draftsFile.toString()));
        System.out.printf(Locale.ROOT, "  %s%n", throughput(drafts.size(), "batch", draftsFile.toString(), "--out",
                scratch.resolve("scores.csv").toString()));
        long start = System.nanoTime();
        drafts.forEach(example -> PronounRegexBaseline.verdict(example.text()));
        System.out.printf(Locale.ROOT, "  pronoun-count floor, 1 thread, in process: %,10.0f drafts/s%n",
                drafts.size() / ((System.nanoTime() - start) / 1e9));

        System.out.println();
        System.out.println("App cold start to an interactive, scored window (own JVM, headless):");
        System.out.println("  app           " + appStart(5));
        System.out.println("  bare JVM      " + bareJvmStart(5));

        System.out.println();
        System.out.println("Training the default settings on distinct drafts (own JVM, -Xmx1g, 'usthem train --data FILE"
                + " --out FILE'):");
        List<Example> withoutAxes = corpus.distinctDrafts(TRAINING_SIZES[TRAINING_SIZES.length - 1], 11, false);
        for (int size : TRAINING_SIZES) {
            Path file = scratch.resolve("train-" + size + ".jsonl");
            CorpusFiles.writeJsonl(file, withoutAxes.subList(0, size));
            System.out.printf(Locale.ROOT, "  %,7d drafts, no distinctions recorded, --folds 0: %s%n", size,
                    train(scratch, file, 0));
        }
        Path largest = scratch.resolve("train-" + withoutAxes.size() + ".jsonl");
        Path withAxes = scratch.resolve("train-axes.jsonl");
        CorpusFiles.writeJsonl(withAxes, corpus.distinctDrafts(withoutAxes.size(), 11, true));
        System.out.printf(Locale.ROOT, "  %,7d drafts, distinctions recorded (two models), --folds 0: %s%n",
                withoutAxes.size(), train(scratch, withAxes, 0));
        System.out.printf(Locale.ROOT, "  %,7d drafts, no distinctions recorded, --folds 5: %s%n", withoutAxes.size(),
                train(scratch, largest, 5));
        start = System.nanoTime();
        withoutAxes.forEach(example -> PronounRegexBaseline.verdict(example.text()));
        System.out.printf(Locale.ROOT, "  pronoun-count floor over the %,d drafts, 1 thread: %.2f s%n",
                withoutAxes.size(), (System.nanoTime() - start) / 1e9);
    }

    private static void warmUp(DoccatModel model, BenchCorpus corpus) {
        Classifier classifier = new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer());
        for (int i = 0; i < 200; i++) {
            classifier.score(corpus.draft(200, 10_000 + i));
        }
        asYouType(model, corpus.draft(5_000, 98), 300);
    }

    /** The edits a writer typing makes: one character at a time, at random places, from a fixed seed. */
    private static List<String> edits(String draft, int count) {
        Random random = new Random(3);
        List<String> versions = new ArrayList<>(count);
        StringBuilder text = new StringBuilder(draft);
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(text.length() - 1);
            if (i % 2 == 0) {
                text.insert(at, (char) ('a' + random.nextInt(26)));
            } else if (Character.isLetter(text.charAt(at))) {
                text.deleteCharAt(at);
            } else {
                text.insert(at, 'e');
            }
            versions.add(text.toString());
        }
        return versions;
    }

    /** Rescores after each edit as the app does: the verdict, each sentence's reasons and the profile. */
    private static Latencies asYouType(DoccatModel model, String draft, int edits) {
        ScoringEngine engine = engine(model);
        engine.score(draft);
        Latencies latencies = new Latencies(edits);
        for (String version : edits(draft, edits)) {
            long start = System.nanoTime();
            engine.score(version);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    private static Latencies pronounsAfterEdits(String draft, int edits) {
        Latencies latencies = new Latencies(edits);
        for (String version : edits(draft, edits)) {
            long start = System.nanoTime();
            PronounRegexBaseline.verdict(version);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    private static ScoringEngine engine(DoccatModel model) {
        return new ScoringEngine(new ModelStore.Loaded(new LoadedModel("benchmark", model, null), ModelStore.BUNDLED,
                List.of()), new Classifier(model, CompanyVocabulary.EMPTY, new TextAnalyzer()));
    }

    /** Drafts per second of a whole {@code java -jar usthem.jar COMMAND...} run, the median of three. */
    private static String throughput(int drafts, String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        arguments.addAll(List.of(command));
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(arguments).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            if (exit != 0) {
                return "FAILED: usthem " + String.join(" ", command) + " exited with " + exit;
            }
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        double median = seconds.stream().sorted().toList().get(1);
        return String.format(Locale.ROOT, "usthem %-6s %6.2f s  %,7.0f drafts/s", command[0], median, drafts / median);
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
        return median(millis);
    }

    /** The reference for the app's start: a JVM that starts and exits, the median of {@code runs}. */
    private static String bareJvmStart(int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return median(millis);
    }

    private static String median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %,5d ms, range %d-%d ms (n=%d)", sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Trains in a fresh JVM limited to 1 GB, as {@code usthem train} does; with folds, also checks
     * the time left the progress lines promised against the time it then took.
     */
    private static String train(Path scratch, Path data, int folds) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(javaBinary(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TrainingRun.class.getName(), "train", "--data", data.toString(), "--folds", Integer.toString(folds),
                "--out", scratch.resolve("trained.bin").toString()).redirectErrorStream(true).start();
        String result = null;
        List<long[]> promised = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long now = System.nanoTime();
                if (line.startsWith("train-result")) {
                    result = line.substring("train-result ".length());
                } else if (line.contains("Exception") || line.contains("Error")) {
                    result = "FAILED: " + line;
                } else if (line.contains(" left)")) {
                    promised.add(new long[] {now, TimeLeftWords.seconds(line)});
                }
            }
        }
        int exit = process.waitFor();
        long end = System.nanoTime();
        if (exit != 0 || result == null) {
            return "FAILED (exit " + exit + "): " + result;
        }
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "%.1f s whole process; %s",
                (end - start) / 1e9, result));
        if (folds > 0 && !promised.isEmpty()) {
            summary.append(System.lineSeparator()).append("      time left said / taken:");
            for (long[] line : promised) {
                summary.append(String.format(Locale.ROOT, " %d/%.0f s", line[1], (end - line[0]) / 1e9));
            }
        }
        return summary.toString();
    }
}
