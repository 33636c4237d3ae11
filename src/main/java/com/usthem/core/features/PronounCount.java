package com.usthem.core.features;

import com.usthem.core.Label;
import com.usthem.core.text.SentenceAnalysis;

import java.util.List;

/**
 * How often copy says we/our/us (or the company's own names) versus you/your: the customer-focus
 * count copy editors use, and the floor every model must beat. Counted from the same reading of
 * the sentence that gives the pronoun features and the we/you highlights.
 */
public record PronounCount(int we, int you) {

    private static final PronounFocusFeatures PRONOUNS = new PronounFocusFeatures();

    /** The count without company names, as the pronoun-count baseline reads copy. */
    public static PronounCount of(List<SentenceAnalysis> sentences) {
        PronounCount total = new PronounCount(0, 0);
        for (SentenceAnalysis sentence : sentences) {
            total = total.plus(of(sentence, CompanyVocabulary.EMPTY));
        }
        return total;
    }

    /** The count of one sentence, the company's names counted as we-words. */
    public static PronounCount of(SentenceAnalysis sentence, CompanyVocabulary vocabulary) {
        int[] weAndYou = new int[2];
        PRONOUNS.scan(sentence, vocabulary, new CueFamily.Findings() {
            @Override
            public void found(String kind) {
                // The sentence's focus: not a word to count.
            }

            @Override
            public void found(String kind, CueKind cue, int first, int last) {
                weAndYou[cue == CueKind.WE ? 0 : 1]++;
            }
        });
        return new PronounCount(weAndYou[0], weAndYou[1]);
    }

    public PronounCount plus(PronounCount other) {
        return new PronounCount(we + other.we, you + other.you);
    }

    /** Share of you-words among we- and you-words, 0..100; 50 when there are none. */
    public double customerFocusPercent() {
        int total = we + you;
        return total == 0 ? 50.0 : 100.0 * you / total;
    }

    /** The baseline's verdict: sales when you-words outnumber we-words, marketing otherwise. */
    public Label verdict() {
        return you > we ? Label.SALES : Label.MARKETING;
    }
}
