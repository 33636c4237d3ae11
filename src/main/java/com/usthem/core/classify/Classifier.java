package com.usthem.core.classify;

import com.usthem.core.Label;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.features.Cue;
import com.usthem.core.features.Cues;
import com.usthem.core.features.FeatureInput;
import com.usthem.core.features.PronounCount;
import com.usthem.core.features.SentenceFeatureGenerator;
import com.usthem.core.text.LruCache;
import com.usthem.core.text.Sentence;
import com.usthem.core.text.SentenceAnalysis;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ext.ExtensionLoader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Scores copy with a trained OpenNLP document categorizer.
 *
 * <p>Features are computed and cached per sentence, then concatenated in the order OpenNLP's own
 * {@link DocumentCategorizerME} would produce them (generator by generator, sentence by sentence),
 * so the probabilities are exactly those of the reference path while a one-word edit only
 * re-analyses one sentence. Safe to call from several threads at once.
 */
public final class Classifier {

    static {
        // OpenNLP only instantiates feature generators named in a model from allowed packages.
        ExtensionLoader.registerAllowedPackage(SentenceFeatureGenerator.class.getPackageName() + ".");
    }

    private final DoccatModel model;
    private final MaxentModel maxent;
    private final FeatureGenerator[] generators;
    private final CompanyVocabulary vocabulary;
    private final TextAnalyzer analyzer;
    private final int marketingIndex;
    private final int salesIndex;
    private final LruCache<SentenceEvidence> evidenceCache;
    private final Explainer explainer;

    /** Features (per generator) and cues of one sentence. */
    private record SentenceEvidence(String[][] featuresByGenerator, String[] allFeatures, List<Cue> cues) {
    }

    public Classifier(DoccatModel model, CompanyVocabulary vocabulary, TextAnalyzer analyzer) {
        this.model = model;
        this.maxent = model.getMaxentModel();
        this.generators = model.getFactory().getFeatureGenerators();
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.marketingIndex = outcomeIndex(Label.MARKETING);
        this.salesIndex = outcomeIndex(Label.SALES);
        this.evidenceCache = new LruCache<>(20_000);
        this.explainer = new Explainer(model);
    }

    private int outcomeIndex(Label label) {
        int index = maxent.getIndex(label.id());
        if (index < 0) {
            throw new IllegalArgumentException("the model does not know the label '" + label.id() + "'");
        }
        return index;
    }

    public DoccatModel model() {
        return model;
    }

    public CompanyVocabulary vocabulary() {
        return vocabulary;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** Scores a text; throws IllegalArgumentException when it has nothing to score. */
    public TextScore score(String text) {
        List<Sentence> sentences = analyzer.analyze(text);
        if (sentences.isEmpty() || sentences.stream().allMatch(s -> s.analysis().size() == 0)) {
            throw new IllegalArgumentException("empty text: nothing to score");
        }
        List<SentenceEvidence> evidence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            evidence.add(evidenceCache.computeIfAbsent(sentence.text(), t -> collectEvidence(sentence.analysis())));
        }
        List<String> features = new ArrayList<>();
        for (int g = 0; g < generators.length; g++) {
            for (SentenceEvidence sentenceEvidence : evidence) {
                features.addAll(List.of(sentenceEvidence.featuresByGenerator()[g]));
            }
        }
        double[] probabilities = documentProbabilities(features);

        List<SentenceScore> sentenceScores = new ArrayList<>(sentences.size());
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            double[] sentenceProbabilities = maxent.eval(evidence.get(i).allFeatures());
            sentenceScores.add(new SentenceScore(sentence.start(), sentence.end(), sentence.text(),
                    sentenceProbabilities[marketingIndex], sentenceProbabilities[salesIndex],
                    List.of(evidence.get(i).allFeatures())));
            for (Cue cue : evidence.get(i).cues()) {
                cues.add(cue.shift(sentence.start()));
            }
        }
        PronounCount pronouns = PronounCount.of(sentences.stream().map(Sentence::analysis).toList());
        return new TextScore(probabilities[marketingIndex], probabilities[salesIndex], sentenceScores, cues,
                pronouns, features);
    }

    /**
     * OpenNLP exponentiates the summed weights, which over- or underflows to NaN once a long text
     * (a few thousand sentences) has piled up enough evidence; a linear model's verdict is then
     * taken from its log-odds, which stay finite.
     */
    private double[] documentProbabilities(List<String> features) {
        double[] outcomes = maxent.eval(features.toArray(String[]::new));
        if (Double.isFinite(outcomes[marketingIndex]) && Double.isFinite(outcomes[salesIndex])
                || !explainer.canExplain()) {
            return outcomes;
        }
        double sales = 1 / (1 + Math.exp(-explainer.logOdds(features)));
        double[] stable = new double[outcomes.length];
        stable[salesIndex] = sales;
        stable[marketingIndex] = 1 - sales;
        return stable;
    }

    private SentenceEvidence collectEvidence(SentenceAnalysis sentence) {
        Map<String, Object> extra = Map.of(
                SentenceFeatureGenerator.SENTENCES, List.of(sentence),
                SentenceFeatureGenerator.VOCABULARY, vocabulary);
        String[][] byGenerator = new String[generators.length][];
        List<String> all = new ArrayList<>();
        for (int g = 0; g < generators.length; g++) {
            Collection<String> features = generators[g].extractFeatures(sentence.tokens(), extra);
            byGenerator[g] = features.toArray(String[]::new);
            all.addAll(features);
        }
        return new SentenceEvidence(byGenerator, all.toArray(String[]::new), Cues.find(sentence, vocabulary));
    }

    /**
     * P(marketing), P(sales) as OpenNLP's own categorizer computes them from a fresh analysis:
     * the reference the cached path must match.
     */
    public double[] referenceProbabilities(String text) {
        TextAnalyzer fresh = new TextAnalyzer(0);
        FeatureInput input = FeatureInput.of(fresh.analyze(text), vocabulary);
        double[] outcomes = new DocumentCategorizerME(model).categorize(input.tokens(), input.extraInformation());
        return new double[] {outcomes[marketingIndex], outcomes[salesIndex]};
    }

    /** Forgets cached sentence features (the analyzer keeps its own cache). */
    public void clearCache() {
        evidenceCache.clear();
    }
}
