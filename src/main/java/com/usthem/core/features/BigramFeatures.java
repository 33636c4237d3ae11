package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;

/**
 * Pairs of neighbouring words within a sentence, with sentence start and end as words of their
 * own: "sign today", "[start] discover", "rate [end]".
 */
public class BigramFeatures extends SentenceFeatureGenerator {

    static final String PREFIX = "bg=";
    private static final String START = "<s>";
    private static final String END = "</s>";

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        String previous = START;
        for (int i = 0; i < sentence.size(); i++) {
            String word = WordFeatures.shape(sentence.lower(i));
            features.add(PREFIX + previous + "_" + word);
            previous = word;
        }
        if (sentence.size() > 0) {
            features.add(PREFIX + previous + "_" + END);
        }
    }

    @Override
    public String describe(String feature) {
        String pair = suffix(feature, PREFIX);
        if (pair == null) {
            return null;
        }
        int split = pair.indexOf('_', pair.startsWith(START) ? START.length() : 0);
        String first = pair.substring(0, split);
        String second = pair.substring(split + 1);
        if (first.equals(START)) {
            return "sentence starts with '" + second + "'";
        }
        if (second.equals(END)) {
            return "sentence ends with '" + first + "'";
        }
        return "'" + first + " " + second + "'";
    }
}
