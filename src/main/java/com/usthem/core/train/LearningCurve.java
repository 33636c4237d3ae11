package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Would more examples help?": a model trained on a quarter, a half, three quarters and all of the
 * examples, each measured on the same held-out examples. When accuracy still climbs from three
 * quarters to all, labeling more is likely to pay off; when it is flat, the model has learned
 * about what examples of this kind can teach it.
 *
 * @param points  the four models, smallest first
 * @param heldOut how many examples they were measured on
 * @param setAside whether those were set aside from the examples (none were given): then every
 *                 point trains on the rest
 */
public record LearningCurve(List<Point> points, int heldOut, boolean setAside) {

    /** One model of the curve: the share of the examples it learned from, how many, and how it did. */
    public record Point(double share, int examples, Metrics metrics) {
    }

    /** What the last step of the curve says about labeling more. */
    public enum Outlook { LIKELY_TO_HELP, MAY_HELP_A_LITTLE, UNLIKELY_TO_HELP }

    /** The shares of the examples each model learns from. */
    public static final int QUARTERS = 4;
    /** When no held-out examples are given, one in this many of each label is set aside to measure on. */
    static final int SET_ASIDE_EVERY = 5;
    /** A rise of at least this much accuracy over the last quarter is more than noise on a few hundred examples. */
    static final double CLEAR_GAIN = 0.01;

    public LearningCurve {
        points = List.copyOf(points);
    }

    /**
     * Trains and measures the four models. Each label's examples are taken in the order of their ids
     * (which are hashes of the copy, so the order is mixed and the same at every run) and dealt in
     * turn into four quarters, so every share keeps the labels' balance and each includes the smaller.
     *
     * @param heldOut examples to measure on; when empty, one in {@value #SET_ASIDE_EVERY} of each
     *                label is set aside from {@code examples}
     */
    public static LearningCurve measure(List<Example> examples, List<Example> heldOut, TrainerSettings settings,
                                        CompanyVocabulary vocabulary, TextAnalyzer analyzer,
                                        ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        boolean setAside = heldOut.isEmpty();
        List<Example> measuredOn = new ArrayList<>(heldOut);
        List<List<Example>> quarters = new ArrayList<>();
        for (int q = 0; q < QUARTERS; q++) {
            quarters.add(new ArrayList<>());
        }
        for (Label label : Label.values()) {
            List<Example> ofLabel = examples.stream().filter(e -> e.label() == label)
                    .sorted(Comparator.comparing(Example::id)).toList();
            int dealt = 0;
            for (int i = 0; i < ofLabel.size(); i++) {
                if (setAside && i % SET_ASIDE_EVERY == SET_ASIDE_EVERY - 1) {
                    measuredOn.add(ofLabel.get(i));
                } else {
                    quarters.get(dealt++ % QUARTERS).add(ofLabel.get(i));
                }
            }
        }
        Trainer trainer = new Trainer(analyzer);
        List<Point> points = new ArrayList<>();
        List<Example> training = new ArrayList<>();
        for (int q = 0; q < QUARTERS; q++) {
            training.addAll(quarters.get(q));
            ProgressListener step = listener.slice((double) q / QUARTERS, (q + 1.0) / QUARTERS,
                    (q + 1) * 100 / QUARTERS + "% of the examples: ");
            Classifier classifier = new Classifier(trainer.train(training, settings, vocabulary, step, cancellation),
                    vocabulary, analyzer);
            points.add(new Point((q + 1.0) / QUARTERS, training.size(),
                    Evaluation.of(ModelEvaluator.predict(classifier, measuredOn)).metrics()));
        }
        return new LearningCurve(points, measuredOn.size(), setAside);
    }

    /** Accuracy with all the examples minus accuracy with three quarters of them. */
    public double lastGain() {
        return points.get(points.size() - 1).metrics().accuracy() - points.get(points.size() - 2).metrics().accuracy();
    }

    /**
     * "from 75% to 100% of the examples accuracy rose 0.6 points: labeling more may help a little":
     * the last step of the curve and what it says about labeling more.
     */
    public String summary() {
        double gain = lastGain();
        return String.format(Locale.ROOT, "from 75%% to 100%% of the examples accuracy %s %.1f points: %s",
                gain < 0 ? "fell" : "rose", 100 * Math.abs(gain), switch (outlook()) {
                    case LIKELY_TO_HELP -> "labeling more examples is likely to help";
                    case MAY_HELP_A_LITTLE -> "labeling more may help a little";
                    case UNLIKELY_TO_HELP -> "more examples of the same kind are unlikely to help";
                });
    }

    public Outlook outlook() {
        double gain = lastGain();
        if (gain >= CLEAR_GAIN) {
            return Outlook.LIKELY_TO_HELP;
        }
        return gain > 0 ? Outlook.MAY_HELP_A_LITTLE : Outlook.UNLIKELY_TO_HELP;
    }
}
