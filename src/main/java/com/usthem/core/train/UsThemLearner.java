package com.usthem.core.train;

import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.text.TextAnalyzer;

import java.util.List;

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
}
