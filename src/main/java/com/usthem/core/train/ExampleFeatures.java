package com.usthem.core.train;

import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.features.FeatureInput;
import com.usthem.core.features.SentenceFeatureGenerator;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.text.LruCache;
import com.usthem.core.text.Sentence;
import com.usthem.core.text.SentenceAnalysis;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The features of every training example, computed once, on every core, in the order OpenNLP's
 * document categorizer computes them (generator by generator). Each feature is a number into one
 * dictionary, so a feature seen in 30,000 drafts is one string, not 30,000. The verdict model, the
 * model of the distinctions and every cross-validation fold are indexed from them: OpenNLP's event
 * stream would compute them again for each, one example at a time, and keep a string per
 * occurrence (more than a gigabyte for 100,000 drafts).
 */
public final class ExampleFeatures {

    private final List<Example> examples;
    private final int[][] features;
    private final String[] dictionary;

    private ExampleFeatures(List<Example> examples, int[][] features, String[] dictionary) {
        this.examples = examples;
        this.features = features;
        this.dictionary = dictionary;
    }

    /** Analyses every example and computes its features; progress goes from 0 to 1 as examples finish. */
    static ExampleFeatures extract(TextAnalyzer analyzer, List<Example> examples, FeatureGenerator[] generators,
                                   CompanyVocabulary vocabulary, ProgressListener listener,
                                   Cancellation cancellation) throws CancelledException {
        Numbering numbering = new Numbering(generators, vocabulary);
        AtomicInteger done = new AtomicInteger();
        int[] reported = {0};
        int step = Math.max(1, examples.size() / 200);
        int[][] features = IntStream.range(0, examples.size()).parallel().mapToObj(i -> {
            if (cancellation.isCancelled()) {
                return new int[0];
            }
            int[] numbered = numbering.of(analyzer.analyze(examples.get(i).text()));
            int finished = done.incrementAndGet();
            if (finished % step == 0) {
                synchronized (reported) {
                    // Threads finish out of order; a listener only ever sees progress move forward.
                    if (finished > reported[0]) {
                        reported[0] = finished;
                        listener.progress("analysing example " + finished + " of " + examples.size(),
                                (double) finished / examples.size());
                    }
                }
            }
            return numbered;
        }).toArray(int[][]::new);
        cancellation.throwIfCancelled();
        return new ExampleFeatures(List.copyOf(examples), features, numbering.dictionary());
    }

    /**
     * Numbers the features of texts. A sentence generator's features of a text are those of its
     * sentences in order (the classifier relies on it too), so they are numbered once per sentence
     * and a sentence met again in another draft costs a look-up; the other generators read the
     * whole text.
     */
    private static final class Numbering {
        /** Sentences whose features are kept: more than the shipped corpus has, a few megabytes. */
        private static final int CACHED_SENTENCES = 50_000;

        private final FeatureGenerator[] generators;
        private final CompanyVocabulary vocabulary;
        private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger nextId = new AtomicInteger();
        /** A sentence's feature numbers, per generator (null for the whole-text ones). */
        private final LruCache<int[][]> sentences = new LruCache<>(CACHED_SENTENCES);

        Numbering(FeatureGenerator[] generators, CompanyVocabulary vocabulary) {
            this.generators = generators;
            this.vocabulary = vocabulary;
        }

        int[] of(List<Sentence> text) {
            List<int[][]> bySentence = new ArrayList<>(text.size());
            for (Sentence sentence : text) {
                bySentence.add(sentences.computeIfAbsent(sentence.text(), t -> ofSentence(sentence.analysis())));
            }
            FeatureInput input = null;
            IntList numbered = new IntList();
            for (int g = 0; g < generators.length; g++) {
                if (generators[g] instanceof SentenceFeatureGenerator) {
                    for (int[][] sentence : bySentence) {
                        numbered.addAll(sentence[g]);
                    }
                } else {
                    input = input != null ? input : FeatureInput.of(text, vocabulary);
                    for (String feature : generators[g].extractFeatures(input.tokens(), input.extraInformation())) {
                        numbered.add(id(feature));
                    }
                }
            }
            return numbered.toArray();
        }

        private int[][] ofSentence(SentenceAnalysis sentence) {
            int[][] byGenerator = new int[generators.length][];
            List<String> features = new ArrayList<>();
            for (int g = 0; g < generators.length; g++) {
                if (generators[g] instanceof SentenceFeatureGenerator generator) {
                    features.clear();
                    generator.extract(sentence, vocabulary, features);
                    byGenerator[g] = features.stream().mapToInt(this::id).toArray();
                }
            }
            return byGenerator;
        }

        private int id(String feature) {
            Integer id = ids.get(feature);
            return id != null ? id : ids.computeIfAbsent(feature, f -> nextId.getAndIncrement());
        }

        String[] dictionary() {
            String[] dictionary = new String[ids.size()];
            ids.forEach((feature, id) -> dictionary[id] = feature);
            return dictionary;
        }
    }

    /** A growing array of ints, to collect a text's feature numbers without boxing them. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(int[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(size * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    List<Example> examples() {
        return examples;
    }

    int size() {
        return examples.size();
    }

    /** The feature numbers of example {@code i}, in OpenNLP's order; repeated features repeat. */
    int[] of(int i) {
        return features[i];
    }

    /** How many different features all the examples have. */
    int dictionarySize() {
        return dictionary.length;
    }

    String feature(int id) {
        return dictionary[id];
    }

    /** The features of example {@code i} as OpenNLP's categorizer computes them. */
    String[] strings(int i) {
        int[] numbered = features[i];
        String[] strings = new String[numbered.length];
        for (int f = 0; f < numbered.length; f++) {
            strings[f] = dictionary[numbered[f]];
        }
        return strings;
    }

    /** The examples at {@code subset} as OpenNLP events, each with its outcome, for learners other than GIS. */
    ObjectStream<Event> events(int[] subset, String[] outcomes) {
        List<Event> events = new ArrayList<>(subset.length);
        for (int k = 0; k < subset.length; k++) {
            events.add(new Event(outcomes[k], strings(subset[k])));
        }
        return ObjectStreamUtils.createObjectStream(events);
    }
}
