package com.usthem.core.train;

import com.usthem.core.Label;

import java.util.EnumMap;
import java.util.Map;

/** Accuracy, per-label precision/recall/F1, macro-F1 and the confusion matrix of a set of predictions. */
public record Metrics(int examples, double accuracy, double macroF1, Map<Label, LabelMetrics> perLabel,
                      ConfusionMatrix confusion) {

    public static Metrics of(ConfusionMatrix confusion) {
        Map<Label, LabelMetrics> perLabel = new EnumMap<>(Label.class);
        double f1Sum = 0;
        for (Label label : Label.values()) {
            int truePositives = confusion.count(label, label);
            int predicted = 0;
            int actual = 0;
            for (Label other : Label.values()) {
                predicted += confusion.count(other, label);
                actual += confusion.count(label, other);
            }
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = actual == 0 ? 0 : (double) truePositives / actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.put(label, new LabelMetrics(precision, recall, f1, actual));
            f1Sum += f1;
        }
        int total = confusion.total();
        double accuracy = total == 0 ? 0 : (double) confusion.correct() / total;
        return new Metrics(total, accuracy, f1Sum / Label.values().length, perLabel, confusion);
    }
}
