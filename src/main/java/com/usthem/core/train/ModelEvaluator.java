package com.usthem.core.train;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;

import java.util.List;

/** Held-out evaluation: how a trained model does on labeled examples it never saw. */
public final class ModelEvaluator {

    private ModelEvaluator() {
    }

    public static List<Prediction> predict(Classifier classifier, List<Example> examples) {
        return predict(text -> classifier.score(text).sales(), examples);
    }

    public static List<Prediction> predict(Predictor predictor, List<Example> examples) {
        return examples.stream().map(predictor::predict).toList();
    }

    public static Evaluation evaluate(Classifier classifier, List<Example> examples) {
        return Evaluation.of(predict(classifier, examples));
    }
}
