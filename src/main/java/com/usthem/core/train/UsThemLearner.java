package com.usthem.core.train;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.PartOfSpeechTags;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** UsThem's own model as a {@link Learner}: an OpenNLP document categorizer with the chosen settings. */
public final class UsThemLearner implements Learner {

    private final TrainerSettings settings;
    private final CompanyVocabulary vocabulary;
    private final TextAnalyzer analyzer;

    public UsThemLearner(TrainerSettings settings, CompanyVocabulary vocabulary, TextAnalyzer analyzer) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
    }

    @Override
    public String description() {
        return settings.toString();
    }

    @Override
    public Predictor train(List<Example> examples, ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        Classifier classifier = new Classifier(new Trainer(analyzer).train(examples, settings, vocabulary, listener,
                cancellation), vocabulary, analyzer);
        return text -> classifier.score(text).sales();
    }

    /** The verdict model alone: a fold's predictions need no model of the distinctions. */
    @Override
    public double trainingWork(int examples) {
        return TrainingWork.fit(examples, settings.iterations(), 2);
    }

    @Override
    public double preparationWork(int examples) {
        return TrainingWork.analysis(examples);
    }

    /** Analyses the examples once for every fold. */
    @Override
    public Learner over(List<Example> examples, ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        return over(new Trainer(analyzer).features(examples, settings, vocabulary, listener, cancellation));
    }

    /** This learner over examples already analysed (which the final model is then trained from too). */
    public Learner over(ExampleFeatures features) {
        return new Analysed(features);
    }

    /**
     * Trains on some of the analysed examples without analysing them again, and predicts the others
     * from their features with the classifier's own arithmetic, so each prediction is the one
     * {@link Classifier#score} would give the text.
     */
    private final class Analysed implements Learner {
        private final ExampleFeatures features;
        private final Map<Example, Integer> position = new IdentityHashMap<>();

        Analysed(ExampleFeatures features) {
            this.features = features;
            for (int i = 0; i < features.size(); i++) {
                position.put(features.examples().get(i), i);
            }
        }

        @Override
        public String description() {
            return UsThemLearner.this.description();
        }

        @Override
        public double trainingWork(int examples) {
            return UsThemLearner.this.trainingWork(examples);
        }

        @Override
        public Predictor train(List<Example> examples, ProgressListener listener, Cancellation cancellation)
                throws CancelledException {
            int[] subset = examples.stream().mapToInt(this::positionOf).toArray();
            Map<String, String> manifest = new HashMap<>();
            PartOfSpeechTags.record(manifest, settings.features().tagged());
            DoccatModel model = new DoccatModel("en", new Trainer(analyzer).verdictModel(features, subset, settings,
                    listener, cancellation), manifest, new DoccatFactory(settings.features().create()));
            Classifier classifier = new Classifier(model, vocabulary, analyzer);
            return new Predictor() {
                @Override
                public double sales(String text) {
                    return classifier.score(text).sales();
                }

                @Override
                public Prediction predict(Example example) {
                    Integer at = position.get(example);
                    return at == null ? Predictor.super.predict(example)
                            : Prediction.of(example, classifier.sales(features.strings(at)));
                }
            };
        }

        private int positionOf(Example example) {
            Integer at = position.get(example);
            if (at == null) {
                throw new IllegalArgumentException("example " + example.id() + " was not analysed for these folds");
            }
            return at;
        }
    }
}
