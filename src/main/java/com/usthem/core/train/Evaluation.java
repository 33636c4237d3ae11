package com.usthem.core.train;

import java.util.List;

/** Metrics of a set of predictions, and the predictions that were wrong. */
public record Evaluation(Metrics metrics, List<Prediction> misclassified) {

    public static Evaluation of(List<Prediction> predictions) {
        ConfusionMatrix confusion = new ConfusionMatrix();
        for (Prediction prediction : predictions) {
            confusion.add(prediction.example().label(), prediction.predicted());
        }
        return new Evaluation(Metrics.of(confusion),
                predictions.stream().filter(p -> !p.correct()).toList());
    }
}
