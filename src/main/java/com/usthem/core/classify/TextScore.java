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

    public TextScore {
        sentences = List.copyOf(sentences);
        cues = List.copyOf(cues);
    }

    /** A verdict whose sentences are not read for a split (a summary built elsewhere, a test). */
    public TextScore(double marketing, double sales, List<SentenceScore> sentences, List<Cue> cues,
                     PronounCount pronouns, List<String> features) {
        this(marketing, sales, sentences, cues, pronouns, features, Optional.empty());
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
