package com.usthem.cli;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.TimeLeft;
import com.usthem.core.model.ModelBuilder;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.Metrics;
import com.usthem.core.train.ModelEvaluator;
import com.usthem.core.train.TrainerSettings;
import com.usthem.core.workspace.RetrainReport;
import com.usthem.core.workspace.Retrainer;
import com.usthem.core.workspace.TrainingSet;
import com.usthem.core.workspace.VocabularyFile;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a model on the workspace corpus (or --data) and makes it the current model.",
                "It cross-validates the new model and prints the old and the new model's metrics. Earlier models "
                        + "are kept: see 'usthem models' and 'usthem rollback'.",
                "With --out the model is written to FILE and the workspace's models are left alone."})
public class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Mixin
    TrainerOptions trainerOptions;

    @Option(names = "--data", paramLabel = "FILE|DIR",
            description = "Labeled examples: a .jsonl file, or a folder of them (test.jsonl is held out). "
                    + "Default: the workspace corpus, with the workspace's company vocabulary.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the model to FILE (.bin, plus .json metadata).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds; 0 skips (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--test", paramLabel = "FILE",
            description = "Held-out examples to measure the new model on, recorded in its metadata "
                    + "(default: the test.jsonl of the data folder or of the workspace).")
    Path test;

    @Option(names = "--flips", paramLabel = "N",
            description = "Show up to N examples whose verdict changed (default: ${DEFAULT-VALUE}).")
    int flips = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrainerSettings settings = trainerOptions.settings();
        Workspace workspace = data == null || out == null ? workspaceOption.seeded() : null;
        List<Example> examples;
        List<Example> testExamples;
        List<LabeledCopy> disputed = List.of();
        List<String> notes = List.of();
        if (data == null) {
            TrainingSet corpus = new WorkspaceCorpus(workspace, Clock.systemUTC()).read().trainingSetOrThrow();
            examples = corpus.training();
            testExamples = corpus.test();
            disputed = corpus.disputed();
            notes = corpus.notes();
        } else {
            examples = TrainingFiles.read(data, err);
            Path testSplit = data.resolve(CorpusFiles.TEST_FILE);
            testExamples = Files.isDirectory(data) && Files.exists(testSplit)
                    ? CorpusFiles.read(testSplit, CorpusFormat.JSONL, "corpus").examplesOrThrow() : List.of();
        }
        if (test != null) {
            testExamples = CorpusFiles.read(test, CorpusFormat.JSONL, "corpus").examplesOrThrow();
        }
        notes.forEach(note -> err.println("usthem: " + note));
        err.printf("training %s on %d examples from %s%n", settings, examples.size(),
                data != null ? data : workspace.corpusDir());
        if (!disputed.isEmpty()) {
            stdout.printf("left out %d disputed examples (people label them differently and nobody settled them; "
                    + "'usthem agreement' lists them, 'usthem settle' settles one)%n", disputed.size());
        }
        TimeLeft progress = new TimeLeft(new StderrProgress(err));
        TextAnalyzer analyzer = new TextAnalyzer();
        if (out != null) {
            CompanyVocabulary vocabulary = workspace == null
                    ? CompanyVocabulary.EMPTY : VocabularyFile.read(workspace.vocabularyFile());
            ModelBuilder.Built built = new ModelBuilder(analyzer, Clock.systemUTC()).build(examples, settings,
                    vocabulary, folds, progress, Cancellation.NEVER);
            ModelMetadata metadata = built.metadata();
            Metrics testMetrics = null;
            if (!testExamples.isEmpty()) {
                testMetrics = ModelEvaluator.evaluate(new Classifier(built.model(), vocabulary, analyzer), testExamples)
                        .metrics();
                metadata = metadata.withTest(testMetrics);
            }
            ModelFiles.write(out, built.model(), metadata);
            stdout.println("model written to " + out + " (metadata " + ModelFiles.metadataPath(out) + ")");
            if (built.crossValidation() != null) {
                MetricsOutput.print(folds + "-fold cross-validation", built.crossValidation().metrics(), stdout);
            }
            if (testMetrics != null) {
                MetricsOutput.print("held-out test split", testMetrics, stdout);
            }
        } else {
            Retrainer retrainer = new Retrainer(workspace, analyzer, Clock.systemUTC());
            RetrainReport report = retrainer.retrain(new TrainingSet(examples, testExamples, disputed), settings, folds,
                    progress, Cancellation.NEVER);
            report.warnings().forEach(warning -> err.println("usthem: warning: " + warning));
            String version = retrainer.accept(report);
            MetricsOutput.printComparison(report, stdout);
            if (report.crossValidation() != null) {
                MetricsOutput.print(folds + "-fold cross-validation of the new model",
                        report.crossValidation().metrics(), stdout);
            }
            MetricsOutput.printFlips(report, flips, stdout);
            stdout.println("model " + version + " is now the current model (was " + report.oldVersion() + ")");
        }
        stdout.flush();
        err.flush();
        return 0;
    }
}
