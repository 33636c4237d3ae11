package com.usthem.core.train.baseline;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.job.Cancellation;
import com.usthem.core.train.Learner;
import com.usthem.core.train.Predictor;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain baseline people reach for first: TF-IDF over words and word pairs (sublinear term
 * frequency, smoothed inverse document frequency, each text's vector scaled to unit length) and an
 * L2-regularised logistic regression, trained with OpenNLP's L-BFGS learner. The settings are the
 * common defaults (scikit-learn's TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2)) with
 * LogisticRegression(C=1)), not tuned on UsThem's data.
 */
public final class TfidfLogisticRegression implements Learner {

    /** OpenNLP adds {@code l2 * |w|^2} to the summed log-loss: 0.5 is C=1 in scikit-learn's terms. */
    private static final double L2_COST = 0.5;

    private final TextAnalyzer analyzer;

    public TfidfLogisticRegression(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String description() {
        return "TF-IDF logistic regression (words and word pairs, sublinear tf, L2)";
    }

    @Override
    public Predictor train(List<Example> examples, ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        List<List<String>> documents = new ArrayList<>(examples.size());
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Example example : examples) {
            cancellation.throwIfCancelled();
            List<String> terms = BaselineTokens.unigramsAndBigrams(analyzer, example.text());
            documents.add(terms);
            terms.stream().distinct().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        listener.progress("features counted", 0.2);
        Map<String, Double> idf = new HashMap<>(documentFrequency.size() * 2);
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((1.0 + examples.size()) / (1.0 + df)) + 1));
        List<Event> events = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            events.add(event(examples.get(i).label().id(), documents.get(i), idf));
        }
        MaxentModel model = fit(events);
        cancellation.throwIfCancelled();
        listener.progress("done", 1.0);
        int salesIndex = model.getIndex(Label.SALES.id());
        return text -> {
            Event event = event("?", BaselineTokens.unigramsAndBigrams(analyzer, text), idf);
            return model.eval(event.getContext(), event.getValues())[salesIndex];
        };
    }

    /**
     * A text as a unit-length TF-IDF vector; terms never seen in training are left out, as in
     * scikit-learn. OpenNLP's events need an outcome; a text to score gets a placeholder.
     */
    private static Event event(String outcome, List<String> terms, Map<String, Double> idf) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String term : terms) {
            if (idf.containsKey(term)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        String[] context = new String[counts.size()];
        double[] weights = new double[counts.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            context[i] = entry.getKey();
            weights[i] = (1 + Math.log(entry.getValue())) * idf.get(entry.getKey());
            norm += weights[i] * weights[i];
            i++;
        }
        float[] values = new float[weights.length];
        double length = Math.sqrt(norm);
        for (int j = 0; j < weights.length; j++) {
            values[j] = (float) (weights[j] / length);
        }
        return new Event(outcome, context, values);
    }

    private static MaxentModel fit(List<Event> events) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        parameters.put(TrainingParameters.THREADS_PARAM, 2);
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training reads from memory and cannot fail on I/O", e);
        }
    }
}
