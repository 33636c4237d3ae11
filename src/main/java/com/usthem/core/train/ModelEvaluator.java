package com.usthem.core.train;

import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.PronounCount;
import com.usthem.core.text.Sentence;
import com.usthem.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.List;

/** Held-out evaluation: how a model, or the pronoun-count baseline, does on labeled examples. */
public final class ModelEvaluator {

    private ModelEvaluator() {
    }

    public static List<Prediction> predict(Classifier classifier, List<Example> examples) {
        List<Prediction> predictions = new ArrayList<>(examples.size());
        for (Example example : examples) {
            TextScore score = classifier.score(example.text());
            predictions.add(new Prediction(example, score.label(), score.sales()));
        }
        return predictions;
    }

    public static Evaluation evaluate(Classifier classifier, List<Example> examples) {
        return Evaluation.of(predict(classifier, examples));
    }

    /** The floor: sales when you-words outnumber we-words, marketing otherwise. */
    public static Evaluation evaluatePronounBaseline(TextAnalyzer analyzer, List<Example> examples) {
        List<Prediction> predictions = new ArrayList<>(examples.size());
        for (Example example : examples) {
            PronounCount count = PronounCount.of(analyzer.analyze(example.text()).stream()
                    .map(Sentence::analysis).toList());
            predictions.add(new Prediction(example, count.verdict(), count.customerFocusPercent() / 100));
        }
        return Evaluation.of(predictions);
    }
}
