package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Pairs of neighbouring words within a sentence, with sentence start and end as words of their
 * own: "sign today", "[start] discover", "rate [end]".
 */
public class BigramFeatures extends SentenceFeatureGenerator {

    static final String PREFIX = "bg=";
    private static final String START = "<s>";
    private static final String END = "</s>";

    public BigramFeatures() {
        super(PREFIX, Map.of(), null);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        String previous = START;
        for (int i = 0; i < sentence.size(); i++) {
            String word = WordFeatures.shape(sentence.lower(i));
            features.add(feature(previous + "_" + word));
            previous = word;
        }
        if (sentence.size() > 0) {
            features.add(feature(previous + "_" + END));
        }
    }

    /** A pair shows the distinction of its first word that shows one ("sign today": the last mile). */
    @Override
    protected Distinction distinctionOfKind(String pair) {
        int split = pair.indexOf('_', pair.startsWith(START) ? START.length() : 0);
        Distinction first = WordDistinctions.of(pair.substring(0, split));
        return first != null ? first : WordDistinctions.of(pair.substring(split + 1));
    }

    @Override
    protected String describeKind(String pair) {
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
