package com.usthem.core.classify;

import com.usthem.core.Label;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.features.Cue;
import com.usthem.core.features.CueFamily;
import com.usthem.core.features.Cues;
import com.usthem.core.features.DocumentShapeFeatures;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Scores copy with a trained OpenNLP document categorizer.
 *
 * <p>Features are computed, resolved against the model and cached per sentence, then evaluated in
 * the order OpenNLP's own {@link DocumentCategorizerME} would produce them (generator by
 * generator, sentence by sentence), so the probabilities are exactly those of the reference path
 * while a one-word edit only re-analyses one sentence. Safe to call from several threads at once.
 */
public final class Classifier {

    static {
        // OpenNLP only instantiates feature generators named in a model from allowed packages.
        ExtensionLoader.registerAllowedPackage(SentenceFeatureGenerator.class.getPackageName() + ".");
    }

    private final DoccatModel model;
    private final FeatureGenerator[] generators;
    private final CompanyVocabulary vocabulary;
    private final TextAnalyzer analyzer;
    private final ModelEvaluation evaluation;
    private final int marketingIndex;
    private final int salesIndex;
    private final LruCache<SentenceEvidence> evidenceCache;
    private final AxisModel axes;
    private final Explainer explainer;
    /** Whether the model's own cue families find every cue as they read features (the default's do). */
    private final boolean cuesFromFeatures;

    /**
     * What one sentence contributes: its features per generator, all of them (as an unmodifiable
     * list), its own probabilities, its cues and its pronouns.
     */
    private record SentenceEvidence(List<ModelEvaluation.Resolved> byGenerator, List<String> features,
                                    double[] probabilities, List<Cue> cues, PronounCount pronouns) {
    }

    public Classifier(DoccatModel model, CompanyVocabulary vocabulary, TextAnalyzer analyzer) {
        this.model = model;
        MaxentModel maxent = model.getMaxentModel();
        this.generators = model.getFactory().getFeatureGenerators();
        this.vocabulary = vocabulary;
        this.analyzer = PartOfSpeechTags.analyzerFor(model, analyzer);
        this.evaluation = new ModelEvaluation(maxent);
        this.marketingIndex = outcomeIndex(maxent, Label.MARKETING);
        this.salesIndex = outcomeIndex(maxent, Label.SALES);
        this.evidenceCache = new LruCache<>(20_000);
        this.axes = AxisModel.of(model);
        this.explainer = new Explainer(model);
        this.cuesFromFeatures = Cues.foundBy(generators);
    }

    private static int outcomeIndex(MaxentModel maxent, Label label) {
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

    /** The model of the six distinctions the verdict model carries, or null when it carries none. */
    public AxisModel axes() {
        return axes;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The explainer of this model, which breaks its verdicts down into feature weights. */
    public Explainer explainer() {
        return explainer;
    }

    /** Scores a text; a text without a word gives the empty score ({@link TextScore#isEmpty()}). */
    public TextScore score(String text) {
        List<Sentence> sentences = analyzer.analyze(text);
        if (sentences.stream().allMatch(s -> s.analysis().size() == 0)) {
            return TextScore.NOTHING_TO_SCORE;
        }
        List<SentenceEvidence> evidence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            evidence.add(evidenceCache.computeIfAbsent(sentence.text(), t -> collectEvidence(sentence.analysis())));
        }
        List<ModelEvaluation.Resolved> inOpenNlpOrder = new ArrayList<>(generators.length * evidence.size());
        for (int g = 0; g < generators.length; g++) {
            if (generators[g] instanceof DocumentShapeFeatures document) {
                inOpenNlpOrder.add(evaluation.resolve(documentFeatures(document, sentences)));
                continue;
            }
            for (SentenceEvidence sentenceEvidence : evidence) {
                inOpenNlpOrder.add(sentenceEvidence.byGenerator().get(g));
            }
        }
        ResolvedFeatures features = new ResolvedFeatures(inOpenNlpOrder, evaluation.parameters());
        double[] probabilities = documentProbabilities(evaluation.eval(inOpenNlpOrder), features);

        List<SentenceScore> sentenceScores = new ArrayList<>(sentences.size());
        List<Cue> cues = new ArrayList<>();
        PronounCount pronouns = new PronounCount(0, 0);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            SentenceEvidence sentenceEvidence = evidence.get(i);
            double[] sentenceProbabilities = sentenceEvidence.probabilities();
            sentenceScores.add(new SentenceScore(sentence.start(), sentence.end(), sentence.text(),
                    sentenceProbabilities[marketingIndex], sentenceProbabilities[salesIndex],
                    sentenceEvidence.features()));
            for (Cue cue : sentenceEvidence.cues()) {
                cues.add(cue.shift(sentence.start()));
            }
            pronouns = pronouns.plus(sentenceEvidence.pronouns());
        }
        List<Boolean> message = sentences.stream().map(s -> !DocumentShapeFeatures.frames(s.analysis())).toList();
        return new TextScore(probabilities[marketingIndex], probabilities[salesIndex], sentenceScores, cues,
                pronouns, features, MixedReading.of(sentenceScores, message));
    }

    /**
     * P(sales) of a text whose features, in OpenNLP's order, are known already (cross-validation
     * computes them once for all folds): the same arithmetic as {@link #score}, so the same number.
     */
    public double sales(String[] features) {
        double[] outcomes = evaluation.eval(List.of(evaluation.resolve(features)));
        return documentProbabilities(outcomes, List.of(features))[salesIndex];
    }

    /**
     * OpenNLP exponentiates the summed weights, which over- or underflows to NaN once a long text
     * (a few thousand sentences) has piled up enough evidence; a linear model's verdict is then
     * taken from its log-odds, which stay finite.
     */
    private double[] documentProbabilities(double[] outcomes, List<String> features) {
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

    /**
     * The whole text's shape (how it opens and closes) is the one family not cached per sentence:
     * it depends on where each sentence stands, and it only reads a few of them.
     */
    private String[] documentFeatures(DocumentShapeFeatures document, List<Sentence> sentences) {
        List<String> features = new ArrayList<>();
        document.extract(sentences.stream().map(Sentence::analysis).toList(), vocabulary, features);
        return features.toArray(String[]::new);
    }

    /**
     * One sentence's features, probabilities, cues and pronouns. Its probabilities are the verdict
     * the sentence would get as a text of its own, so the document-shape family sees it as one.
     */
    private SentenceEvidence collectEvidence(SentenceAnalysis sentence) {
        Map<String, Object> extra = Map.of(
                SentenceFeatureGenerator.SENTENCES, List.of(sentence),
                SentenceFeatureGenerator.VOCABULARY, vocabulary);
        List<ModelEvaluation.Resolved> byGenerator = new ArrayList<>(generators.length);
        List<String> all = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (FeatureGenerator generator : generators) {
            found.clear();
            if (cuesFromFeatures && generator instanceof CueFamily family) {
                family.extractWithCues(sentence, vocabulary, found, cues);
            } else {
                found.addAll(generator.extractFeatures(sentence.tokens(), extra));
            }
            String[] features = found.toArray(String[]::new);
            byGenerator.add(evaluation.resolve(features));
            all.addAll(found);
        }
        if (cuesFromFeatures) {
            Cues.inTextOrder(cues);
        } else {
            cues = Cues.find(sentence, vocabulary);
        }
        double[] probabilities = evaluation.eval(List.of(evaluation.resolve(all.toArray(String[]::new))));
        return new SentenceEvidence(byGenerator, Collections.unmodifiableList(all), probabilities, cues,
                PronounCount.of(sentence, vocabulary));
    }

    /**
     * P(marketing), P(sales) as OpenNLP's own categorizer computes them from a fresh analysis:
     * the reference the cached path must match.
     */
    public double[] referenceProbabilities(String text) {
        TextAnalyzer fresh = PartOfSpeechTags.analyzerFor(model, new TextAnalyzer(0));
        FeatureInput input = FeatureInput.of(fresh.analyze(text), vocabulary);
        double[] outcomes = new DocumentCategorizerME(model).categorize(input.tokens(), input.extraInformation());
        return new double[] {outcomes[marketingIndex], outcomes[salesIndex]};
    }
}
