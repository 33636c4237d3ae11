package com.usthem.core.model;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.CrossValidator;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.ExampleFeatures;
import com.usthem.core.train.Folds;
import com.usthem.core.train.Trainer;
import com.usthem.core.train.TrainerSettings;
import com.usthem.core.train.UsThemLearner;
import opennlp.tools.doccat.DoccatModel;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a complete model: cross-validated metrics on the examples first, then the model trained
 * on all of them, with the metadata that describes both.
 */
public final class ModelBuilder {

    /** Folds are dealt with a fixed seed so the same corpus always gives the same metrics. */
    public static final long FOLD_SEED = 20_261_128L;

    private final TextAnalyzer analyzer;
    private final Clock clock;

    public ModelBuilder(TextAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** A trained model, its metadata, and the cross-validation behind the metadata's metrics (null if none). */
    public record Built(DoccatModel model, ModelMetadata metadata, Evaluation crossValidation) {
    }

    /**
     * Analyses the examples once, cross-validates on them, then trains the model on all of them;
     * the progress bar's parts are sized by their work, so it moves with the clock.
     *
     * @param folds cross-validation folds; 0 skips cross-validation
     */
    public Built build(List<Example> examples, TrainerSettings settings, CompanyVocabulary vocabulary, int folds,
                       ProgressListener listener, Cancellation cancellation) throws CancelledException {
        Trainer trainer = new Trainer(analyzer);
        UsThemLearner learner = new UsThemLearner(settings, vocabulary, analyzer);
        double analysis = Trainer.analysisWork(examples.size());
        double crossValidation = folds > 0 ? folds * learner.trainingWork(examples.size() * (folds - 1) / folds) : 0;
        double total = analysis + crossValidation + Trainer.fittingWork(examples, settings);
        ExampleFeatures features = trainer.features(examples, settings, vocabulary,
                listener.slice(0, analysis / total, ""), cancellation);
        Evaluation crossValidated = null;
        if (folds > 0) {
            crossValidated = CrossValidator.run(learner.over(features), examples,
                    new Folds.Stratified(folds, FOLD_SEED),
                    listener.slice(analysis / total, (analysis + crossValidation) / total, "cross-validation "),
                    cancellation).pooled();
        }
        DoccatModel model = trainer.train(features, settings,
                listener.slice((analysis + crossValidation) / total, 1, "final model "), cancellation);
        Map<Label, Integer> perLabel = new EnumMap<>(Label.class);
        for (Example example : examples) {
            perLabel.merge(example.label(), 1, Integer::sum);
        }
        ModelMetadata metadata = new ModelMetadata(clock.instant(), settings, examples.size(), perLabel,
                CorpusHash.of(examples), folds > 0 ? folds : null,
                crossValidated == null ? null : crossValidated.metrics(), null, vocabulary.names());
        return new Built(model, metadata, crossValidated);
    }
}
