package com.usthem.core.train;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.classify.AxisModel;
import com.usthem.core.classify.PartOfSpeechTags;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.features.FeatureInput;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.IterDeltaAccuracyUnderTolerance;
import opennlp.tools.monitoring.LogLikelihoodThresholdBreached;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Trains OpenNLP document categorizer models from labeled examples. */
public final class Trainer {

    private static final double ANALYSIS_SHARE = 0.3;
    /** Where the verdict model's training ends and the model of the distinctions' begins, of the whole job. */
    private static final double VERDICT_END = 0.8;
    private final TextAnalyzer analyzer;

    public Trainer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public DoccatModel train(List<Example> examples, TrainerSettings settings, CompanyVocabulary vocabulary,
                             ProgressListener listener, Cancellation cancellation) throws CancelledException {
        requireBothLabels(examples);
        boolean tagged = settings.features().tagged();
        List<DocumentSample> samples = analyze(tagged ? analyzer : analyzer.withoutTags(), examples, vocabulary,
                listener, cancellation);
        FeatureGenerator[] generators = settings.features().create();
        Map<String, String> report = new HashMap<>();
        List<DocumentSample> byAxis = byAxis(samples, examples);
        double verdictEnd = byAxis.isEmpty() ? 1.0 : VERDICT_END;
        MaxentModel model = fit(samples, generators, settings, report,
                listener.slice(ANALYSIS_SHARE, verdictEnd, "training: "), cancellation);
        PartOfSpeechTags.record(report, tagged);
        DoccatFactory factory = new DoccatFactory(generators);
        DoccatModel trained;
        if (byAxis.isEmpty()) {
            trained = new DoccatModel("en", model, report, factory);
        } else {
            MaxentModel axes = fit(byAxis, generators, settings.forDistinctions(), new HashMap<>(),
                    listener.slice(verdictEnd, 1.0, "training the distinctions: "), cancellation);
            trained = AxisModel.combine(model, report, factory, axes);
        }
        cancellation.throwIfCancelled();
        listener.progress("done", 1.0);
        return trained;
    }

    /**
     * The samples again, each with its example's recorded axis as the outcome: what the model of the
     * distinctions learns from. Empty when fewer than two distinctions are recorded (a team's own
     * examples often record none), so that no model of one class is trained.
     */
    private static List<DocumentSample> byAxis(List<DocumentSample> samples, List<Example> examples) {
        List<DocumentSample> byAxis = new ArrayList<>();
        Set<Distinction> seen = EnumSet.noneOf(Distinction.class);
        for (int i = 0; i < samples.size(); i++) {
            Distinction distinction = Distinction.ofAxis(examples.get(i).attribute("axis"));
            if (distinction != null) {
                seen.add(distinction);
                DocumentSample sample = samples.get(i);
                byAxis.add(new DocumentSample(distinction.axis(), sample.getText(), sample.getExtraInformation()));
            }
        }
        return seen.size() >= 2 ? byAxis : List.of();
    }

    private static MaxentModel fit(List<DocumentSample> samples, FeatureGenerator[] generators,
                                   TrainerSettings settings, Map<String, String> report, ProgressListener listener,
                                   Cancellation cancellation) throws CancelledException {
        DocumentCategorizerEventStream events = new DocumentCategorizerEventStream(
                ObjectStreamUtils.createObjectStream(samples), generators);
        if (settings.quasiNewton()) {
            return RegularisedMaxent.train(events, settings, listener, cancellation);
        }
        TrainingParameters parameters = settings.toParameters();
        TrainingConfiguration configuration = new TrainingConfiguration(
                new IterationMonitor(listener, settings.iterations()),
                new CancellableStopCriteria(convergence(settings, parameters), cancellation));
        EventTrainer eventTrainer = TrainerFactory.getEventTrainer(parameters, report, configuration);
        try {
            MaxentModel model = eventTrainer.train(events);
            cancellation.throwIfCancelled();
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("training read from memory and cannot fail on I/O", e);
        }
    }

    /** Tags every example, on every core; the samples keep the examples' order, so training is reproducible. */
    private static List<DocumentSample> analyze(TextAnalyzer analyzer, List<Example> examples,
                                                CompanyVocabulary vocabulary, ProgressListener listener,
                                         Cancellation cancellation) throws CancelledException {
        AtomicInteger done = new AtomicInteger();
        int[] reported = {0};
        List<DocumentSample> samples = IntStream.range(0, examples.size()).parallel().mapToObj(i -> {
            if (cancellation.isCancelled()) {
                return null;
            }
            Example example = examples.get(i);
            FeatureInput input = FeatureInput.of(analyzer.analyze(example.text()), vocabulary);
            int finished = done.incrementAndGet();
            if (finished % 50 == 0) {
                synchronized (reported) {
                    // Threads finish out of order; a listener only ever sees progress move forward.
                    if (finished > reported[0]) {
                        reported[0] = finished;
                        listener.progress("analysing example " + finished + " of " + examples.size(),
                                ANALYSIS_SHARE * finished / examples.size());
                    }
                }
            }
            return new DocumentSample(example.label().id(), input.tokens(), input.extraInformation());
        }).toList();
        cancellation.throwIfCancelled();
        return samples;
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
