package com.usthem.core.train;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.classify.AxisModel;
import com.usthem.core.classify.PartOfSpeechTags;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.IterDeltaAccuracyUnderTolerance;
import opennlp.tools.monitoring.LogLikelihoodThresholdBreached;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Trains OpenNLP document categorizer models from labeled examples: each example is analysed once
 * ({@link ExampleFeatures}), then the verdict model and, when the examples record their
 * distinctions, the model of the distinctions are fitted to the same features. Maxent is fitted by
 * {@link GisFitter}, which gives OpenNLP's weights bit for bit; the other learners are OpenNLP's own.
 */
public final class Trainer {

    private static final String TRAINER_TYPE = "TrainerType";

    private final TextAnalyzer analyzer;

    public Trainer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public DoccatModel train(List<Example> examples, TrainerSettings settings, CompanyVocabulary vocabulary,
                             ProgressListener listener, Cancellation cancellation) throws CancelledException {
        double analysed = TrainingWork.analysis(examples.size())
                / (TrainingWork.analysis(examples.size()) + fittingWork(examples, settings));
        ExampleFeatures features = features(examples, settings, vocabulary, listener.slice(0, analysed, ""),
                cancellation);
        return train(features, settings, listener.slice(analysed, 1, ""), cancellation);
    }

    /**
     * How long fitting the models of these examples takes, in the units of their analysis
     * ({@link #analysisWork}): for a progress bar that moves with the clock.
     */
    public static double fittingWork(List<Example> examples, TrainerSettings settings) {
        return verdictWork(examples.size(), settings) + distinctionsWork(examples, settings);
    }

    /** How long analysing these many examples takes, in the units of {@link #fittingWork}. */
    public static double analysisWork(int examples) {
        return TrainingWork.analysis(examples);
    }

    private static double verdictWork(int examples, TrainerSettings settings) {
        return TrainingWork.fit(examples, settings.iterations(), Label.values().length);
    }

    private static double distinctionsWork(List<Example> examples, TrainerSettings settings) {
        return TrainingWork.fit(byAxis(examples).length, settings.forDistinctions().iterations(),
                Distinction.values().length);
    }

    /**
     * Analyses the examples and computes their features with the settings' feature set, on every
     * core: once for the final model and every cross-validation fold.
     */
    public ExampleFeatures features(List<Example> examples, TrainerSettings settings, CompanyVocabulary vocabulary,
                                    ProgressListener listener, Cancellation cancellation) throws CancelledException {
        requireBothLabels(examples);
        TextAnalyzer reader = settings.features().tagged() ? analyzer : analyzer.withoutTags();
        return ExampleFeatures.extract(reader, examples, settings.features().create(), vocabulary, listener,
                cancellation);
    }

    /** The model of all the analysed examples, with the model of the distinctions when they record them. */
    public DoccatModel train(ExampleFeatures features, TrainerSettings settings, ProgressListener listener,
                             Cancellation cancellation) throws CancelledException {
        List<Example> examples = features.examples();
        int[] all = IntStream.range(0, examples.size()).toArray();
        String[] labels = examples.stream().map(e -> e.label().id()).toArray(String[]::new);
        Map<String, String> report = new HashMap<>();
        int[] byAxis = byAxis(examples);
        double verdict = verdictWork(examples.size(), settings);
        double verdictEnd = verdict / (verdict + distinctionsWork(examples, settings));
        MaxentModel model = fit(features, all, labels, settings, report,
                listener.slice(0, verdictEnd, "training: "), cancellation);
        if (settings.algorithm().equals(TrainerSettings.MAXENT)) {
            // What OpenNLP's trainer records of its events, so the manifest is the same as ever.
            report.put(EventHash.MANIFEST_ENTRY, String.valueOf(EventHash.of(features, all, labels)));
            report.put(TRAINER_TYPE, EventTrainer.EVENT_VALUE);
        }
        PartOfSpeechTags.record(report, settings.features().tagged());
        DoccatFactory factory = new DoccatFactory(settings.features().create());
        DoccatModel trained;
        if (byAxis.length == 0) {
            trained = new DoccatModel("en", model, report, factory);
        } else {
            String[] axes = Arrays.stream(byAxis).mapToObj(i -> examples.get(i).attribute("axis"))
                    .toArray(String[]::new);
            MaxentModel distinctions = fit(features, byAxis, axes, settings.forDistinctions(), new HashMap<>(),
                    listener.slice(verdictEnd, 1.0, "training the distinctions: "), cancellation);
            trained = AxisModel.combine(model, report, factory, distinctions);
        }
        cancellation.throwIfCancelled();
        listener.progress("done", 1.0);
        return trained;
    }

    /** The verdict model of some of the analysed examples alone: a cross-validation fold's. */
    MaxentModel verdictModel(ExampleFeatures features, int[] subset, TrainerSettings settings,
                             ProgressListener listener, Cancellation cancellation) throws CancelledException {
        String[] labels = Arrays.stream(subset).mapToObj(i -> features.examples().get(i).label().id())
                .toArray(String[]::new);
        return fit(features, subset, labels, settings, new HashMap<>(), listener, cancellation);
    }

    /**
     * The positions of the examples that record a distinction: what the model of the distinctions
     * learns from. Empty when fewer than two distinctions are recorded (a team's own examples often
     * record none), so that no model of one class is trained.
     */
    private static int[] byAxis(List<Example> examples) {
        Set<Distinction> seen = EnumSet.noneOf(Distinction.class);
        int[] recorded = IntStream.range(0, examples.size()).filter(i -> {
            Distinction distinction = Distinction.ofAxis(examples.get(i).attribute("axis"));
            if (distinction != null) {
                seen.add(distinction);
            }
            return distinction != null;
        }).toArray();
        return seen.size() >= 2 ? recorded : new int[0];
    }

    private static MaxentModel fit(ExampleFeatures features, int[] subset, String[] outcomes,
                                   TrainerSettings settings, Map<String, String> report, ProgressListener listener,
                                   Cancellation cancellation) throws CancelledException {
        TrainingParameters parameters = settings.toParameters();
        IterationMonitor monitor = new IterationMonitor(listener, settings.iterations());
        StopCriteria<Double> stop = new CancellableStopCriteria(convergence(settings, parameters), cancellation);
        MaxentModel model;
        if (settings.algorithm().equals(TrainerSettings.MAXENT)) {
            model = GisFitter.fit(new IndexedEvents(features, subset, outcomes, settings.cutoff()),
                    settings.iterations(), parameters.getIntParameter(TrainingParameters.THREADS_PARAM, 1), monitor,
                    stop);
        } else if (settings.quasiNewton()) {
            model = RegularisedMaxent.train(features.events(subset, outcomes), settings, listener, cancellation);
        } else {
            EventTrainer eventTrainer = TrainerFactory.getEventTrainer(parameters, report,
                    new TrainingConfiguration(monitor, stop));
            try {
                model = eventTrainer.train(features.events(subset, outcomes));
            } catch (IOException e) {
                throw new UncheckedIOException("training read from memory and cannot fail on I/O", e);
            }
        }
        cancellation.throwIfCancelled();
        return model;
    }

    private static StopCriteria<Double> convergence(TrainerSettings settings, TrainingParameters parameters) {
        return settings.algorithm().equals(TrainerSettings.PERCEPTRON)
                ? new IterDeltaAccuracyUnderTolerance(parameters)
                : new LogLikelihoodThresholdBreached(parameters);
    }

    private static void requireBothLabels(List<Example> examples) {
        Set<Label> labels = EnumSet.noneOf(Label.class);
        examples.forEach(e -> labels.add(e.label()));
        if (labels.size() < Label.values().length) {
            throw new IllegalArgumentException("training needs examples of both labels (marketing and sales); found "
                    + (labels.isEmpty() ? "none" : "only " + labels.iterator().next().id()));
        }
    }
}
