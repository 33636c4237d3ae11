package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.LearningCurve;
import com.usthem.core.train.TrainerSettings;
import com.usthem.core.workspace.Retrainer;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** {@code usthem eval --curve}: measures the learning curve and prints it with what it says about labeling more. */
final class CurveOutput {

    private CurveOutput() {
    }

    /**
     * The curve of {@code data} (measured on its folder's test.jsonl, or on a fifth set aside), or of
     * the workspace's training set when {@code data} is null.
     */
    static int print(Path data, WorkspaceOption workspace, TrainerSettings settings, CommandLine commandLine)
            throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        StderrProgress progress = new StderrProgress(commandLine.getErr());
        LearningCurve curve;
        if (data == null) {
            curve = new Retrainer(workspace.seeded(), analyzer, Clock.systemUTC())
                    .learningCurve(settings, progress, Cancellation.NEVER);
        } else {
            Path testSplit = data.resolve(CorpusFiles.TEST_FILE);
            List<Example> heldOut = Files.isDirectory(data) && Files.exists(testSplit)
                    ? CorpusFiles.read(testSplit, CorpusFormat.JSONL, "corpus").examplesOrThrow() : List.of();
            curve = LearningCurve.measure(TrainingFiles.read(data, commandLine.getErr()), heldOut, settings,
                    CompanyVocabulary.EMPTY, analyzer, progress, Cancellation.NEVER);
        }
        PrintWriter out = commandLine.getOut();
        out.printf("learning curve of %s on %s, measured on %d %s%n", settings,
                data == null ? "the workspace corpus" : data, curve.heldOut(),
                curve.setAside() ? "examples set aside from them (one in five of each label)"
                        : "held-out test examples");
        out.printf("  %6s %9s %9s %9s%n", "share", "examples", "accuracy", "macro-F1");
        for (LearningCurve.Point point : curve.points()) {
            out.printf(Locale.ROOT, "  %5.0f%% %9d %9.3f %9.3f%n", 100 * point.share(), point.examples(),
                    point.metrics().accuracy(), point.metrics().macroF1());
        }
        out.println(curve.summary());
        out.flush();
        return 0;
    }
}
