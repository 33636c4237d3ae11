package com.usthem.cli;

import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.io.Json;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.TimeLeft;
import com.usthem.core.train.CrossValidator;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.Folds;
import com.usthem.core.train.Learner;
import com.usthem.core.model.ModelBuilder;
import com.usthem.core.train.ModelEvaluator;
import com.usthem.core.train.UsThemLearner;
import com.usthem.core.train.baseline.FastTextStyleClassifier;
import com.usthem.core.train.baseline.PronounBaseline;
import com.usthem.core.train.baseline.TfidfLogisticRegression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures a model on labeled examples it did not train on; with --train, a learner trained "
                + "on other files; with --folds, k-fold cross-validation; with --group-by, leave-one-group-out "
                + "(every channel, industry or source held out in turn, so the model is tested on a kind of copy "
                + "it never saw)."})
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

    @Option(names = "--train", paramLabel = "FILE|DIR",
            description = "Train the learner on these examples, then measure it on --data.")
    Path train;

    @Option(names = "--folds", paramLabel = "K",
            description = "Cross-validate the learner on the data with K folds.")
    Integer folds;

    @Option(names = "--group-by", paramLabel = "FIELD",
            description = "Leave one group out: each value of this field (channel, industry, source, axis, or any "
                    + "field of your own) held out in turn.")
    String groupBy;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Measure a plain baseline instead of UsThem's model: pronoun (you-words vs we-words), "
                    + "tfidf (TF-IDF logistic regression) or fasttext (a fastText-style classifier).")
    String baseline;

    @Option(names = "--hard-only", description = "Only the examples marked \"hard\": true.")
    boolean hardOnly;

    @Option(names = "--json", description = "Print the metrics as one JSON object.")
    boolean json;

    @Option(names = "--errors", paramLabel = "N", description = "Show up to N misclassified examples (default: ${DEFAULT-VALUE}).")
    int errors = 10;

    @Option(names = "--distinctions", description = "How often the distinction the model's profile calls "
            + "strongest is the example's recorded axis (and how often it is among the first two).")
    boolean distinctions;

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
        checkOptions();
        List<Example> examples = read(data);
        if (distinctions) {
            return DistinctionsOutput.print(examples, data, ScoringEngine.of(CliModels.find(model,
                    workspaceOption.workspace(), spec.commandLine().getErr())), json, spec.commandLine());
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        Learner learner = learner(analyzer);
        String subset = hardOnly ? " (hard examples only)" : "";
        String title;
        Evaluation evaluation;
        CrossValidator.Result byFold = null;
        if (folds != null || groupBy != null) {
            Folds dealt = folds != null ? new Folds.Stratified(folds, ModelBuilder.FOLD_SEED) : new Folds.ByGroup(groupBy);
            byFold = CrossValidator.run(learner, examples, dealt,
                    new TimeLeft(new StderrProgress(spec.commandLine().getErr())),
                    Cancellation.NEVER);
            evaluation = byFold.pooled();
            title = (folds != null ? folds + "-fold cross-validation" : "leave-one-" + groupBy + "-out")
                    + " of " + learner.description() + " on " + data + subset;
        } else if (train != null || baseline != null) {
            List<Example> training = train == null ? List.of() : TrainingFiles.read(train, spec.commandLine().getErr());
            var predictor = learner.train(training, new StderrProgress(spec.commandLine().getErr()), Cancellation.NEVER);
            evaluation = Evaluation.of(ModelEvaluator.predict(predictor, examples));
            title = learner.description() + (train == null ? "" : " trained on " + train) + ", on " + data + subset;
        } else {
            var loaded = CliModels.load(model, workspaceOption.workspace(), spec.commandLine().getErr());
            evaluation = ModelEvaluator.evaluate(loaded.classifier(analyzer), examples);
            title = loaded.origin() + " on " + data + subset;
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(MetricsOutput.toJson(evaluation, byFold)));
        } else {
            MetricsOutput.print(title, evaluation.metrics(), out);
            if (groupBy != null) {
                MetricsOutput.printFolds(groupBy, byFold, out);
            }
            MetricsOutput.printMisclassified(evaluation, errors, out);
        }
        out.flush();
        return 0;
    }

    private void checkOptions() throws UserInputException {
        int modes = (folds != null ? 1 : 0) + (groupBy != null ? 1 : 0) + (train != null ? 1 : 0) + (model != null ? 1 : 0);
        if (distinctions && (modes > (model != null ? 1 : 0) || baseline != null)) {
            throw new UserInputException("--distinctions measures a model's profiles: give at most --model");
        }
        if (modes > 1) {
            throw new UserInputException("choose one of --model, --train, --folds and --group-by");
        }
        if (baseline != null && model != null) {
            throw new UserInputException("--baseline measures a baseline, not a model: leave out --model");
        }
        if (baseline != null && !Set.of("pronoun", "tfidf", "fasttext").contains(baseline)) {
            throw new UserInputException("unknown baseline '" + baseline + "' (expected pronoun, tfidf or fasttext)");
        }
        if (baseline != null && !baseline.equals("pronoun") && folds == null && groupBy == null && train == null) {
            throw new UserInputException("the " + baseline + " baseline learns: give --train, --folds or --group-by");
        }
    }

    private List<Example> read(Path path) throws Exception {
        List<Example> examples = TrainingFiles.read(path, spec.commandLine().getErr());
        if (hardOnly) {
            examples = examples.stream().filter(Example::hard).toList();
            if (examples.isEmpty()) {
                throw new UserInputException(path + ": no examples marked \"hard\": true");
            }
        }
        return examples;
    }

    private Learner learner(TextAnalyzer analyzer) {
        if (baseline == null) {
            return new UsThemLearner(trainerOptions.settings(), CompanyVocabulary.EMPTY, analyzer);
        }
        return switch (baseline) {
            case "pronoun" -> new PronounBaseline(analyzer);
            case "tfidf" -> new TfidfLogisticRegression(analyzer);
            default -> new FastTextStyleClassifier(analyzer);
        };
    }
}
