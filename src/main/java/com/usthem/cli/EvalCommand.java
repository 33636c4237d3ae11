package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.io.Json;
import com.usthem.core.job.Cancellation;
import com.usthem.core.model.ModelBuilder;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.CrossValidator;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.ModelEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures a model on labeled examples it did not train on, or, with --folds, "
                + "cross-validates training on those examples.")
public class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Mixin
    TrainerOptions trainerOptions;

    @Option(names = "--data", paramLabel = "FILE|DIR",
            description = "Labeled examples (.jsonl, or a folder of training .jsonl files); required but with --curve.")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "Model .bin to evaluate (default: the current model).")
    Path model;

    @Option(names = "--folds", paramLabel = "K",
            description = "Cross-validate training on the data with K folds instead of evaluating a model.")
    Integer folds;

    @Option(names = "--baseline", paramLabel = "pronoun",
            description = "Evaluate the pronoun-count baseline (you-words vs we-words) instead of a model.")
    String baseline;

    @Option(names = "--hard-only", description = "Only the examples marked \"hard\": true.")
    boolean hardOnly;

    @Option(names = "--json", description = "Print the metrics as one JSON object.")
    boolean json;

    @Option(names = "--errors", paramLabel = "N", description = "Show up to N misclassified examples (default: ${DEFAULT-VALUE}).")
    int errors = 10;

    @Option(names = "--curve", description = "The learning curve: accuracy after training on 25, 50, 75 and 100% "
            + "of the examples (without --data: the workspace's), to see whether labeling more would help.")
    boolean curve;

    @Override
    public Integer call() throws Exception {
        if (curve) {
            return CurveOutput.print(data, workspaceOption, trainerOptions.settings(), spec.commandLine());
        }
        if (data == null) {
            throw new UserInputException("give --data FILE|DIR (only --curve defaults to the workspace)");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Example> examples = CorpusFiles.readTraining(data).examplesOrThrow();
        if (hardOnly) {
            examples = examples.stream().filter(Example::hard).toList();
            if (examples.isEmpty()) {
                throw new UserInputException(data + ": no examples marked \"hard\": true");
            }
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        Evaluation evaluation;
        String title;
        String subset = hardOnly ? " (hard examples only)" : "";
        if (baseline != null) {
            if (!baseline.equals("pronoun") || folds != null || model != null) {
                throw new UserInputException("--baseline takes 'pronoun' and no --folds or --model");
            }
            evaluation = ModelEvaluator.evaluatePronounBaseline(analyzer, examples);
            title = "pronoun-count baseline on " + data + subset;
        } else if (folds != null) {
            evaluation = new CrossValidator(analyzer).run(examples, trainerOptions.settings(), CompanyVocabulary.EMPTY,
                    folds, ModelBuilder.FOLD_SEED, new StderrProgress(spec.commandLine().getErr()), Cancellation.NEVER);
            title = folds + "-fold cross-validation of " + trainerOptions.settings() + " on " + data + subset;
        } else {
            var loaded = CliModels.load(model, workspaceOption.workspace(), spec.commandLine().getErr());
            evaluation = ModelEvaluator.evaluate(loaded.classifier(analyzer), examples);
            title = loaded.origin() + " on " + data + subset;
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(MetricsOutput.toJson(evaluation)));
        } else {
            MetricsOutput.print(title, evaluation.metrics(), out);
            MetricsOutput.printMisclassified(evaluation, errors, out);
        }
        out.flush();
        return 0;
    }
}
