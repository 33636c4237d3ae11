package com.usthem.cli;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.Cancellation;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.ModelBuilder;
import com.usthem.core.train.ModelEvaluator;
import com.usthem.core.train.TrainerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a model, cross-validates it, and saves it with its metadata.",
                "Without --out the model is added to the workspace and becomes the current model."})
public class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Mixin
    TrainerOptions trainerOptions;

    @Option(names = "--data", paramLabel = "FILE|DIR",
            description = "Labeled examples: a .jsonl file, or a folder of them (test.jsonl is left out). "
                    + "Default: ./training-data")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the model to FILE (.bin, plus .json metadata).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds; 0 skips (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--test", paramLabel = "FILE",
            description = "Held-out examples to measure the trained model on; the metrics go into its metadata.")
    Path test;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path source = data != null ? data : Path.of("training-data");
        if (data == null && !Files.isDirectory(source)) {
            throw new UserInputException("no --data given and no ./training-data folder here");
        }
        TrainerSettings settings = trainerOptions.settings();
        List<Example> examples = CorpusFiles.readTraining(source).examplesOrThrow();
        List<Example> testExamples = test == null ? List.of()
                : CorpusFiles.read(test, CorpusFormat.JSONL, "corpus").examplesOrThrow();
        err.printf("training %s on %d examples from %s%n", settings, examples.size(), source);
        TextAnalyzer analyzer = new TextAnalyzer();
        ModelBuilder.Built built = new ModelBuilder(analyzer, Clock.systemUTC()).build(examples, settings,
                CompanyVocabulary.EMPTY, folds, new StderrProgress(err), Cancellation.NEVER);
        ModelMetadata metadata = built.metadata();
        Evaluation testEvaluation = null;
        if (test != null) {
            testEvaluation = ModelEvaluator.evaluate(
                    new Classifier(built.model(), CompanyVocabulary.EMPTY, analyzer), testExamples);
            metadata = metadata.withTest(testEvaluation.metrics());
        }
        if (out != null) {
            ModelFiles.write(out, built.model(), metadata);
            stdout.println("model written to " + out + " (metadata " + ModelFiles.metadataPath(out) + ")");
        } else {
            var store = workspaceOption.workspace().models();
            String version = store.install(built.model(), metadata);
            stdout.println("model " + version + " is now the current model (" + store.binOf(version) + ")");
        }
        if (built.crossValidation() != null) {
            MetricsOutput.print(folds + "-fold cross-validation", built.crossValidation().metrics(), stdout);
        }
        if (testEvaluation != null) {
            MetricsOutput.print("held-out test " + test, testEvaluation.metrics(), stdout);
        }
        stdout.flush();
        return 0;
    }
}
