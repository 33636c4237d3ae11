package com.usthem.core.scoring;

import com.usthem.core.Label;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;

import java.util.List;

/**
 * A text with the model's verdict on it and the reasons, worked out together so that showing them
 * costs nothing: the features that pushed the whole verdict and those of each sentence, strongest
 * first. {@code explained} is false for a model that cannot be broken down into reasons (naive
 * Bayes); its reasons are then empty.
 *
 * @param sentenceReasons  the reasons of each sentence of the score, in the same order
 * @param profile          the verdict explained in the six distinctions
 * @param sentenceProfiles each sentence's own profile, in the same order
 */
public record ScoredText(String text, TextScore score, boolean explained, List<FeatureContribution> reasons,
                         List<List<FeatureContribution>> sentenceReasons, DistinctionProfile profile,
                         List<DistinctionProfile> sentenceProfiles) {

    public ScoredText {
        reasons = List.copyOf(reasons);
        sentenceReasons = List.copyOf(sentenceReasons);
        sentenceProfiles = List.copyOf(sentenceProfiles);
        if (sentenceReasons.size() != score.sentences().size() || sentenceProfiles.size() != score.sentences().size()) {
            throw new IllegalArgumentException("reasons and profiles for " + sentenceReasons.size() + " and "
                    + sentenceProfiles.size() + " sentences, but " + score.sentences().size() + " sentences scored");
        }
    }

    /** A text scored by a model without a model of the distinctions: profiles from the reasons alone. */
    public ScoredText(String text, TextScore score, boolean explained, List<FeatureContribution> reasons,
                      List<List<FeatureContribution>> sentenceReasons) {
        this(text, score, explained, reasons, sentenceReasons, DistinctionProfile.of(reasons, null),
                sentenceReasons.stream().map(r -> DistinctionProfile.of(r, null)).toList());
    }

    /** The profile of one sentence of this text. */
    public DistinctionProfile profileOf(SentenceScore sentence) {
        return sentenceProfiles.get(numberOf(sentence) - 1);
    }

    /** Whether the text had nothing to score (no word in it): then there is no verdict to show. */
    public boolean isEmpty() {
        return score.isEmpty();
    }

    /** The {@code limit} strongest of some contributions (strongest first) that pull toward {@code side}. */
    public static List<FeatureContribution> toward(List<FeatureContribution> contributions, Label side, int limit) {
        return contributions.stream().filter(c -> c.side() == side).limit(limit).toList();
    }

    /** The reasons of one sentence of this text. */
    public List<FeatureContribution> reasonsFor(SentenceScore sentence) {
        return sentenceReasons.get(numberOf(sentence) - 1);
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
