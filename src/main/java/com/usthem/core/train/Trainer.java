package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
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
        ProgressListener trainingListener = listener.slice(ANALYSIS_SHARE, 1.0, "training: ");
        MaxentModel model;
        DocumentCategorizerEventStream events = new DocumentCategorizerEventStream(
                ObjectStreamUtils.createObjectStream(samples), generators);
        if (settings.quasiNewton()) {
            model = RegularisedMaxent.train(events, settings, trainingListener, cancellation);
        } else {
            TrainingParameters parameters = settings.toParameters();
            TrainingConfiguration configuration = new TrainingConfiguration(
                    new IterationMonitor(trainingListener, settings.iterations()),
                    new CancellableStopCriteria(convergence(settings, parameters), cancellation));
            EventTrainer eventTrainer = TrainerFactory.getEventTrainer(parameters, report, configuration);
            try {
                model = eventTrainer.train(events);
            } catch (IOException e) {
                throw new UncheckedIOException("training read from memory and cannot fail on I/O", e);
            }
        }
        cancellation.throwIfCancelled();
        listener.progress("done", 1.0);
        PartOfSpeechTags.record(report, tagged);
        return new DoccatModel("en", model, report, new DoccatFactory(generators));
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
