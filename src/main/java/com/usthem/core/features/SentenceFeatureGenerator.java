package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;
import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An OpenNLP feature generator that works sentence by sentence. UsThem passes the tagged
 * sentences in the extra information under {@link #SENTENCES}; a plain OpenNLP caller that only
 * has tokens gets the tokens treated as one untagged sentence, so a saved model still loads and
 * runs with OpenNLP's own {@code DocumentCategorizerME}.
 *
 * <p>Features never span two sentences, so the features of a text are the features of its
 * sentences in order: that is what lets the classifier cache them per sentence.
 */
public abstract class SentenceFeatureGenerator implements FeatureGenerator, FeatureDescriber {

    /** Extra-information key: {@code List<SentenceAnalysis>} of the document. */
    public static final String SENTENCES = "usthem.sentences";
    /** Extra-information key: the {@link CompanyVocabulary} to treat as "we" words. */
    public static final String VOCABULARY = "usthem.vocabulary";

    private final String prefix;
    private final Map<String, String> descriptions;
    private final Distinction distinction;

    /**
     * @param prefix       what every feature name of this family starts with, e.g. "time="
     * @param descriptions plain words for the family's features, by the name after the prefix
     * @param distinction  which of the six distinctions the family's features show, or null when
     *                     that depends on the feature (words: see {@link #distinction(String)})
     */
    protected SentenceFeatureGenerator(String prefix, Map<String, String> descriptions, Distinction distinction) {
        this.prefix = prefix;
        this.descriptions = descriptions;
        this.distinction = distinction;
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        CompanyVocabulary vocabulary = vocabulary(extraInformation);
        for (SentenceAnalysis sentence : sentences(text, extraInformation)) {
            extract(sentence, vocabulary, features);
        }
        return features;
    }

    /** Adds this family's features of one sentence. */
    public abstract void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features);

    @Override
    public final String describe(String feature) {
        return feature.startsWith(prefix) ? describeKind(feature.substring(prefix.length())) : null;
    }

    @Override
    public final Distinction distinction(String feature) {
        return feature.startsWith(prefix) ? distinctionOfKind(feature.substring(prefix.length())) : null;
    }

    /** The distinction a feature of this family shows, given its name without the prefix; null for none. */
    protected Distinction distinctionOfKind(String kind) {
        return distinction;
    }

    /** Plain words for a feature of this family, given its name without the prefix. */
    protected String describeKind(String kind) {
        return descriptions.getOrDefault(kind, kind);
    }

    /** The full feature name of one of this family's kinds. */
    protected final String feature(String kind) {
        return prefix + kind;
    }

    @SuppressWarnings("unchecked")
    static List<SentenceAnalysis> sentences(String[] text, Map<String, Object> extraInformation) {
        Object sentences = extraInformation == null ? null : extraInformation.get(SENTENCES);
        if (sentences instanceof List<?> list) {
            return (List<SentenceAnalysis>) list;
        }
        return List.of(SentenceAnalysis.ofTokens(text));
    }

    static CompanyVocabulary vocabulary(Map<String, Object> extraInformation) {
        Object vocabulary = extraInformation == null ? null : extraInformation.get(VOCABULARY);
        return vocabulary instanceof CompanyVocabulary v ? v : CompanyVocabulary.EMPTY;
    }

}
