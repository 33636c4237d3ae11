package com.usthem.core.features;

import com.usthem.core.Label;
import com.usthem.core.text.SentenceAnalysis;

import java.util.List;

/**
 * How often copy says we/our/us versus you/your: the customer-focus count copy editors use, and
 * the floor every model must beat.
 */
public record PronounCount(int we, int you) {

    public static PronounCount of(List<SentenceAnalysis> sentences) {
        int we = 0;
        int you = 0;
        for (SentenceAnalysis sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                String word = sentence.lower(i);
                if (Lexicon.WE_WORDS.contains(word)) {
                    we++;
                } else if (Lexicon.YOU_WORDS.contains(word)) {
                    you++;
                }
            }
        }
        return new PronounCount(we, you);
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
