package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Each word, lowercased, pronouns and stop words included (they carry most of the signal);
 * numbers collapse to one shape so "40 seats" and "12 seats" look alike.
 */
public class WordFeatures extends SentenceFeatureGenerator {

    static final String PREFIX = "w=";

    public WordFeatures() {
        super(PREFIX, Map.of("<num>", "a number"), null);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        for (int i = 0; i < sentence.size(); i++) {
            features.add(feature(shape(sentence.lower(i))));
        }
    }

    static String shape(String lower) {
        return Lexicon.isNumber(lower) ? "<num>" : lower;
    }

    @Override
    protected Distinction distinctionOfKind(String word) {
        return WordDistinctions.of(word);
    }

    @Override
    protected String describeKind(String word) {
        return word.equals("<num>") ? super.describeKind(word) : "'" + word + "'";
    }
}
