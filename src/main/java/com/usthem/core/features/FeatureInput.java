package com.usthem.core.features;

import com.usthem.core.text.Sentence;
import com.usthem.core.text.SentenceAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What OpenNLP's categorizer is given for a text: all tokens in order, and the tagged sentences
 * and company vocabulary as extra information for UsThem's generators.
 */
public record FeatureInput(String[] tokens, Map<String, Object> extraInformation) {

    public static FeatureInput of(List<Sentence> sentences, CompanyVocabulary vocabulary) {
        List<SentenceAnalysis> analyses = new ArrayList<>(sentences.size());
        List<String> tokens = new ArrayList<>();
        for (Sentence sentence : sentences) {
            analyses.add(sentence.analysis());
            for (int i = 0; i < sentence.analysis().size(); i++) {
                tokens.add(sentence.analysis().token(i));
            }
        }
        Map<String, Object> extra = new HashMap<>();
        extra.put(SentenceFeatureGenerator.SENTENCES, List.copyOf(analyses));
        extra.put(SentenceFeatureGenerator.VOCABULARY, vocabulary);
        return new FeatureInput(tokens.toArray(String[]::new), extra);
    }
}
