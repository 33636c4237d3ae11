package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation, stratified by label: each example is predicted by a model that never
 * saw it, and the predictions of all folds are pooled into one set of metrics.
 */
public final class CrossValidator {

    private final Trainer trainer;
    private final TextAnalyzer analyzer;

    public CrossValidator(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.trainer = new Trainer(analyzer);
    }

    public Evaluation run(List<Example> examples, TrainerSettings settings, CompanyVocabulary vocabulary, int folds,
                          long seed, ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        if (examples.size() < folds) {
            throw new IllegalArgumentException("cannot make " + folds + " folds from " + examples.size() + " examples");
        }
        int[] foldOf = assignFolds(examples, folds, seed);
        List<Prediction> predictions = new ArrayList<>(examples.size());
        for (int fold = 0; fold < folds; fold++) {
            List<Example> training = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (foldOf[i] == fold ? held : training).add(examples.get(i));
            }
            ProgressListener foldListener = listener.slice((double) fold / folds, (fold + 1.0) / folds,
                    "fold " + (fold + 1) + " of " + folds + ": ");
            DoccatModel model = trainer.train(training, settings, vocabulary, foldListener, cancellation);
            predictions.addAll(ModelEvaluator.predict(new Classifier(model, vocabulary, analyzer), held));
        }
        return Evaluation.of(predictions);
    }

    /** Deals each label's examples, shuffled with {@code seed}, round-robin into the folds. */
    static int[] assignFolds(List<Example> examples, int folds, long seed) {
        int[] foldOf = new int[examples.size()];
        Random random = new Random(seed);
        for (Label label : Label.values()) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).label() == label) {
                    indices.add(i);
                }
            }
            indices.sort(Comparator.comparing(i -> examples.get(i).id()));
            java.util.Collections.shuffle(indices, random);
            for (int k = 0; k < indices.size(); k++) {
                foldOf[indices.get(k)] = k % folds;
            }
        }
        return foldOf;
    }
}
