package com.usthem.core.classify;

import com.usthem.core.Label;
import com.usthem.core.features.Cue;
import com.usthem.core.features.PronounCount;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on a text: probabilities of each label, the reading of each sentence, the cues
 * found, the we/you counts, the features the verdict was computed from (an unmodifiable list,
 * not copied: a long draft has tens of thousands), and how the sentences split when they do.
 */
public record TextScore(double marketing, double sales, List<SentenceScore> sentences, List<Cue> cues,
                        PronounCount pronouns, List<String> features, Optional<MixedReading> mixed) {

    /**
     * The score of a text without a word (blank, or only characters that are no words): an even
     * verdict with nothing behind it. A normal outcome of typing, so it is a value and not an error.
     */
    public static final TextScore NOTHING_TO_SCORE = new TextScore(0.5, 0.5, List.of(), List.of(),
            new PronounCount(0, 0), List.of());

    public TextScore {
        sentences = List.copyOf(sentences);
        cues = List.copyOf(cues);
    }

    /** A verdict whose sentences are not read for a split (a summary built elsewhere, a test). */
    public TextScore(double marketing, double sales, List<SentenceScore> sentences, List<Cue> cues,
                     PronounCount pronouns, List<String> features) {
        this(marketing, sales, sentences, cues, pronouns, features, Optional.empty());
    }

    /** Whether the text had nothing to score: then there are no sentences, and the verdict means nothing. */
    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    public Label label() {
        return sales > marketing ? Label.SALES : Label.MARKETING;
    }

    public double probability(Label label) {
        return label == Label.SALES ? sales : marketing;
    }

    /** Whether the we/you count alone would give the other verdict: where the model earns its keep. */
    public boolean disagreesWithPronounCount() {
        return pronouns.we() + pronouns.you() > 0 && pronouns.verdict() != label();
    }
}
