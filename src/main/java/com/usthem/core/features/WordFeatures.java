package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;

/**
 * Each word, lowercased, pronouns and stop words included (they carry most of the signal);
 * numbers collapse to one shape so "40 seats" and "12 seats" look alike.
 */
public class WordFeatures extends SentenceFeatureGenerator {

    static final String PREFIX = "w=";

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        for (int i = 0; i < sentence.size(); i++) {
            features.add(PREFIX + shape(sentence.lower(i)));
        }
    }

    static String shape(String lower) {
        return Lexicon.isNumber(lower) ? "<num>" : lower;
    }

    @Override
    public String describe(String feature) {
        String word = suffix(feature, PREFIX);
        return word == null ? null : word.equals("<num>") ? "a number" : "'" + word + "'";
    }
}
