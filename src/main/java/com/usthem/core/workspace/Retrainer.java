package com.usthem.core.workspace;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.io.UnreadableFileException;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelBuilder;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.LearningCurve;
import com.usthem.core.train.Metrics;
import com.usthem.core.train.ModelEvaluator;
import com.usthem.core.train.Prediction;
import com.usthem.core.train.TrainerSettings;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Retrains the workspace's model on the workspace corpus, with its company vocabulary, and
 * compares the result with the model in use. Nothing is written until {@link #accept}: the
 * model in use stays current (and keeps scoring) while training runs, and discarding a report is
 * simply not accepting it.
 */
public final class Retrainer {

    /** Share of the progress bar for building the model; the rest is the comparison. */
    private static final double BUILD_SHARE = 0.85;

    private final Workspace workspace;
    private final TextAnalyzer analyzer;
    private final Clock clock;

    public Retrainer(Workspace workspace, TextAnalyzer analyzer, Clock clock) {
        this.workspace = workspace;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** The trainer settings of the model in use, so a retrain changes the data and nothing else. */
    public TrainerSettings currentSettings() throws ModelLoadException {
        ModelMetadata metadata = workspace.models().loadCurrentOrBundled().model().metadata();
        return metadata == null || metadata.trainer() == null ? TrainerSettings.DEFAULT : metadata.trainer();
    }

    /**
     * Trains on the workspace's {@link TrainingSet} (disputed copy left out, the held-out test split
     * kept apart) and measures on the test split.
     */
    public RetrainReport retrain(TrainerSettings settings, int folds, ProgressListener listener,
                                 Cancellation cancellation)
            throws IOException, CorpusException, UnreadableFileException, ModelLoadException,
            CancelledException {
        return retrain(new WorkspaceCorpus(workspace, clock).read().trainingSetOrThrow(), settings, folds, listener,
                cancellation);
    }

    /** Trains on the set's training examples; its test examples may be empty. */
    public RetrainReport retrain(TrainingSet data, TrainerSettings settings, int folds, ProgressListener listener,
                                 Cancellation cancellation)
            throws UnreadableFileException, ModelLoadException, CancelledException {
        List<Example> training = data.training();
        List<Example> test = data.test();
        CompanyVocabulary vocabulary = VocabularyFile.read(workspace.vocabularyFile());
        ModelStore.Loaded inUse = workspace.models().loadCurrentOrBundled();
        ModelBuilder.Built built = new ModelBuilder(analyzer, clock).build(training, settings, vocabulary, folds,
                listener.slice(0, BUILD_SHARE, ""), cancellation);
        Classifier oldClassifier = inUse.model().classifier(analyzer);
        Classifier newClassifier = new Classifier(built.model(), vocabulary, analyzer);
        ProgressListener comparing = listener.slice(BUILD_SHARE, 1, "comparing with " + inUse.version() + ": ");

        List<Prediction> oldPredictions = predict(oldClassifier, training, test, comparing.slice(0, 0.5, ""),
                cancellation);
        List<Prediction> newPredictions = predict(newClassifier, training, test, comparing.slice(0.5, 1, ""),
                cancellation);
        List<FlippedPrediction> flips = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            Prediction before = oldPredictions.get(i);
            Prediction after = newPredictions.get(i);
            if (before.predicted() != after.predicted()) {
                flips.add(new FlippedPrediction(training.get(i), before.sales(), after.sales()));
            }
        }
        Metrics oldTest = testMetrics(oldPredictions, training.size());
        Metrics newTest = testMetrics(newPredictions, training.size());
        LoadedModel candidate = new LoadedModel("new model", built.model(),
                newTest == null ? built.metadata() : built.metadata().withTest(newTest));
        return new RetrainReport(inUse.version(), inUse.model().metadata(), oldTest, candidate,
                built.crossValidation(), newTest, flips, data.disputed(), data.notes(), inUse.warnings());
    }

    /**
     * The learning curve of the workspace's training set with these settings and its company
     * vocabulary, measured on its held-out test split (or on a fifth set aside when it has none):
     * whether labeling more would help.
     */
    public LearningCurve learningCurve(TrainerSettings settings, ProgressListener listener, Cancellation cancellation)
            throws IOException, CorpusException, UnreadableFileException, CancelledException {
        TrainingSet data = new WorkspaceCorpus(workspace, clock).read().trainingSetOrThrow();
        return LearningCurve.measure(data.training(), data.test(), settings,
                VocabularyFile.read(workspace.vocabularyFile()), analyzer, listener, cancellation);
    }

    /** Installs the report's model as the next version and makes it current; returns the version. */
    public String accept(RetrainReport report) throws IOException {
        return workspace.models().install(report.candidate().model(), report.candidateMetadata());
    }

    /** Predictions for the training examples, then the test examples. */
    private static List<Prediction> predict(Classifier classifier, List<Example> training, List<Example> test,
                                            ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        List<Example> all = new ArrayList<>(training);
        all.addAll(test);
        List<Prediction> predictions = new ArrayList<>(all.size());
        for (Example example : all) {
            cancellation.throwIfCancelled();
            predictions.addAll(ModelEvaluator.predict(classifier, List.of(example)));
            listener.progress("example " + predictions.size() + " of " + all.size(),
                    (double) predictions.size() / all.size());
        }
        return predictions;
    }

    private static Metrics testMetrics(List<Prediction> predictions, int trainingCount) {
        return predictions.size() == trainingCount ? null
                : Evaluation.of(predictions.subList(trainingCount, predictions.size())).metrics();
    }
}
