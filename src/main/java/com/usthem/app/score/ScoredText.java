package com.usthem.app.score;

import com.usthem.core.Label;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;

import java.util.List;

/**
 * A text with the model's verdict on it and the features that pushed the verdict, strongest
 * first (empty when the model cannot be explained).
 */
public record ScoredText(String text, TextScore score, List<FeatureContribution> reasons) {

    public ScoredText {
        reasons = List.copyOf(reasons);
    }

    /** The {@code limit} strongest of some contributions (strongest first) that pull toward {@code side}. */
    public static List<FeatureContribution> toward(List<FeatureContribution> contributions, Label side, int limit) {
        return contributions.stream().filter(c -> c.side() == side).limit(limit).toList();
    }

    /** The sentence containing (or ending at) the character offset, or null between sentences. */
    public SentenceScore sentenceAt(int offset) {
        List<SentenceScore> sentences = score.sentences();
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            SentenceScore sentence = sentences.get(middle);
            if (offset < sentence.start()) {
                high = middle - 1;
            } else if (offset > sentence.end()) {
                low = middle + 1;
            } else {
                return sentence;
            }
        }
        return null;
    }

    /** 1-based position of a sentence of this text. */
    public int numberOf(SentenceScore sentence) {
        return score.sentences().indexOf(sentence) + 1;
    }
}
