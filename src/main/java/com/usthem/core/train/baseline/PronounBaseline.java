package com.usthem.core.train.baseline;

import com.usthem.core.corpus.Example;
import com.usthem.core.features.PronounCount;
import com.usthem.core.text.Sentence;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.job.Cancellation;
import com.usthem.core.train.Learner;
import com.usthem.core.train.Predictor;
import com.usthem.core.job.ProgressListener;

import java.util.List;

/** The floor: sales when you-words outnumber we-words, marketing otherwise. It learns nothing. */
public final class PronounBaseline implements Learner {

    private final TextAnalyzer analyzer;

    public PronounBaseline(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String description() {
        return "pronoun-count baseline";
    }

    @Override
    public Predictor train(List<Example> examples, ProgressListener listener, Cancellation cancellation) {
        // The customer-focus share is above one half exactly when you-words outnumber we-words.
        return text -> PronounCount.of(analyzer.analyze(text).stream().map(Sentence::analysis).toList())
                .customerFocusPercent() / 100;
    }
}
