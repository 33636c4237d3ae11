package com.usthem.core.scoring;

/** Scores a text with its reasons; may be slow, so an app calls it off its UI thread. */
@FunctionalInterface
public interface Scorer {

    /** The verdict and its reasons; for a text without a word, the empty score ({@link ScoredText#isEmpty()}). */
    ScoredText score(String text);
}
